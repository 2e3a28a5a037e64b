// Known-answer tests of the primitives, from their standards.
#include "core/crypto/passwordkey.h"
#include "core/crypto/primitives.h"

#include <QTest>

using namespace Hubstate::Core;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}
} // namespace

Q_DECLARE_METATYPE(Hubstate::Core::KdfParameters)

class TestCryptoPrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aesGcm_data();
    void aesGcm();
    void aesGcmRefusesAnyChange();
    void hkdfRfc5869();
    void pbkdf2Rfc7914_data();
    void pbkdf2Rfc7914();
    void argon2idRfc9106();
    void passwordsAreNfcNormalised();
    void calibrationMeetsTheFloor();
    void kdfBounds_data();
    void kdfBounds();
};

void TestCryptoPrimitives::aesGcm_data()
{
    // The GCM specification's test cases 13, 14 and 16 (AES-256).
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("case 13") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray()
                             << QByteArray() << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("case 14")
        << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray() << QByteArray(16, '\0')
        << hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("case 16")
        << hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
        << hex("cafebabefacedbaddecaf888") << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fc"
               "f0e24"
               "49a6b525b16aedf5aa0de657ba637b39")
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b"
               "08b10"
               "56828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCryptoPrimitives::aesGcm()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, expected);
    Result<QByteArray> sealed = Crypto::aesGcmEncrypt(key, nonce, aad, plaintext);
    QVERIFY(sealed);
    QCOMPARE(sealed->toHex(), expected.toHex());
    Result<QByteArray> opened = Crypto::aesGcmDecrypt(key, nonce, aad, expected);
    QVERIFY(opened);
    QCOMPARE(*opened, plaintext);
}

void TestCryptoPrimitives::aesGcmRefusesAnyChange()
{
    const QByteArray key(32, 'k');
    const QByteArray nonce(12, 'n');
    const QByteArray sealed = *Crypto::aesGcmEncrypt(key, nonce, "aad", "attack at dawn");
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray changed = sealed;
        changed[i] = char(changed.at(i) ^ 0x01);
        QVERIFY2(!Crypto::aesGcmDecrypt(key, nonce, "aad", changed),
                 qPrintable(QString::number(i)));
    }
    QVERIFY(!Crypto::aesGcmDecrypt(key, nonce, "aae", sealed));
    QVERIFY(!Crypto::aesGcmDecrypt(key, QByteArray(12, 'm'), "aad", sealed));
    QVERIFY(!Crypto::aesGcmDecrypt(key, nonce, "aad", sealed.left(sealed.size() - 1)));
}

void TestCryptoPrimitives::hkdfRfc5869()
{
    // RFC 5869, A.1.
    Result<QByteArray> okm = Crypto::hkdfSha256(
        QByteArray(22, 0x0b), hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
    QVERIFY(okm);
    QCOMPARE(okm->toHex(),
             QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                        "34007208d5b887185865"));
}

void TestCryptoPrimitives::pbkdf2Rfc7914_data()
{
    // RFC 7914, section 11.
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("1 iteration")
        << QByteArray("passwd") << QByteArray("salt") << 1u
        << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                      "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("80000 iterations")
        << QByteArray("Password") << QByteArray("NaCl") << 80000u
        << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                      "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void TestCryptoPrimitives::pbkdf2Rfc7914()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint32, iterations);
    QFETCH(QByteArray, expected);
    Result<QByteArray> key = Crypto::pbkdf2Sha256(password, salt, iterations, 64);
    QVERIFY(key);
    QCOMPARE(key->toHex(), expected);
}

void TestCryptoPrimitives::argon2idRfc9106()
{
    // RFC 9106, 5.3: Argon2id with secret and associated data.
    Result<QByteArray> tag = Crypto::argon2id(QByteArray(32, 0x01), QByteArray(16, 0x02), 32, 3, 4,
                                              32, QByteArray(8, 0x03), QByteArray(12, 0x04));
    QVERIFY2(tag, tag ? "" : qPrintable(tag.error().message));
    QCOMPARE(tag->toHex(),
             QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
}

void TestCryptoPrimitives::passwordsAreNfcNormalised()
{
    const KdfParameters kdf = KdfParameters::pbkdf2(100000);
    const QByteArray salt(32, 's');
    const QString composed = QStringLiteral("caf\u00e9 \u00c5ngstr\u00f6m");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    QCOMPARE(*PasswordKey::derive(composed, salt, kdf),
             *PasswordKey::derive(decomposed, salt, kdf));
    QVERIFY(*PasswordKey::derive(composed, salt, kdf)
            != *PasswordKey::derive(QStringLiteral("cafe"), salt, kdf));
}

void TestCryptoPrimitives::calibrationMeetsTheFloor()
{
    const KdfParameters quick = PasswordKey::calibrate(1);
    const KdfParameters slow = PasswordKey::calibrate(60000);
    QCOMPARE(quick.algorithm, KdfParameters::Algorithm::Argon2id);
    // Never below the floor, however fast the machine; more passes for a longer target.
    QCOMPARE(quick.p1, 64u * 1024);
    QCOMPARE(quick.p2, 3u);
    QVERIFY(slow.p2 > quick.p2);
    QVERIFY(slow.p2 <= 20);
    QVERIFY(PasswordKey::checkForWriting(quick));
}

void TestCryptoPrimitives::kdfBounds_data()
{
    QTest::addColumn<KdfParameters>("kdf");
    QTest::addColumn<bool>("writable");
    QTest::addColumn<bool>("readable");
    QTest::newRow("argon2id floor") << KdfParameters::argon2id(65536, 3) << true << true;
    QTest::newRow("argon2id 32 MiB") << KdfParameters::argon2id(32768, 3) << false << true;
    QTest::newRow("argon2id 2 passes") << KdfParameters::argon2id(65536, 2) << false << true;
    QTest::newRow("argon2id 4 GiB")
        << KdfParameters::argon2id(4u * 1024 * 1024, 3) << false << false;
    QTest::newRow("argon2id 1000 passes") << KdfParameters::argon2id(65536, 1000) << false << false;
    QTest::newRow("argon2id 255 lanes") << KdfParameters::argon2id(65536, 3, 255) << false << false;
    QTest::newRow("pbkdf2 600k") << KdfParameters::pbkdf2(600000) << true << true;
    QTest::newRow("pbkdf2 100k") << KdfParameters::pbkdf2(100000) << false << true;
    QTest::newRow("pbkdf2 99999") << KdfParameters::pbkdf2(99999) << false << false;
    QTest::newRow("pbkdf2 4 billion") << KdfParameters::pbkdf2(4000000000u) << false << false;
    KdfParameters unknown;
    unknown.algorithm = KdfParameters::Algorithm(7);
    QTest::newRow("unknown algorithm") << unknown << false << false;
}

void TestCryptoPrimitives::kdfBounds()
{
    QFETCH(KdfParameters, kdf);
    QFETCH(bool, writable);
    QFETCH(bool, readable);
    QCOMPARE(bool(PasswordKey::checkForWriting(kdf)), writable);
    const Status read = PasswordKey::checkForReading(kdf);
    QCOMPARE(bool(read), readable);
    if (!readable)
        QCOMPARE(read.error().detail, QStringLiteral("hostile-parameters"));
}

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_cryptoprimitives.moc"
