// The encrypted container: round trips, golden files, passwords, and a tamper matrix in which
// every kind of damage and forgery is refused with the right class of error.
#include "core/crypto/containerformat.h"
#include "core/crypto/containerreader.h"
#include "core/crypto/containerwriter.h"
#include "core/crypto/primitives.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Hubstate::Core;
namespace Format = Hubstate::Core::ContainerFormat;

namespace {

constexpr qsizetype kHeader = Format::headerSize;
constexpr qsizetype kInnerChunk = Format::chunkPrefixSize + Format::chunkSize + 16;
const QString kGoldenPassword = QStringLiteral("correct horse battery staple");

QByteArray payload(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 7) & 0xff);
    return data;
}

// A forger's finishing touch: fix the unkeyed hashes so that only the keyed checks remain.
QByteArray rehash(QByteArray bytes)
{
    bytes.replace(Format::hashedHeaderSize, 32,
                  Crypto::sha256(bytes.left(Format::hashedHeaderSize)));
    bytes.replace(bytes.size() - 32, 32, Crypto::sha256(bytes.left(bytes.size() - 32)));
    return bytes;
}

QByteArray withTrailerCounts(QByteArray bytes, quint64 chunks, quint64 payloadSize)
{
    QByteArray counts;
    Format::appendUint(counts, chunks, 8);
    Format::appendUint(counts, payloadSize, 8);
    bytes.replace(bytes.size() - 48, 16, counts);
    return bytes;
}

} // namespace

Q_DECLARE_METATYPE(Hubstate::Core::KdfParameters)

class TestContainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrips_data();
    void roundTrips();
    void passwordOpensOnAnotherMachine();
    void wrongEmptyAndNormalisedPasswords();
    void anotherMasterKeyIsRefused();
    void goldenFiles_data();
    void goldenFiles();
    void flippedBitIsDamage_data();
    void flippedBitIsDamage();
    void forgeriesAreTampering_data();
    void forgeriesAreTampering();
    void truncationIsRefused();
    void notAContainerAndNewerFormat();
    void hostileParametersAreRefusedBeforeAnyWork();
    void structureVerifiesWithoutKey();
    void streamsAreNeverReadForever();
    void fuzzSeedsOpenWithTheFuzzKey();

private:
    QByteArray encrypt(const QByteArray &data, const MasterKey &key,
                       const MasterKeyEnvelope &envelope, qsizetype pieces = 4096) const;
    Result<QByteArray> decrypt(const QByteArray &file, const MasterKey &key) const;
    MasterKey m_key;
    MasterKeyEnvelope m_envelope;
    QByteArray m_threeChunks; // 2 inner chunks and a final one
};

void TestContainer::initTestCase()
{
    m_key = MasterKey::generate();
    Result<MasterKeyEnvelope> envelope = MasterKeyEnvelope::seal(
        m_key, QStringLiteral("s3cret pass"), KdfParameters::pbkdf2(600000));
    QVERIFY(envelope);
    m_envelope = *envelope;
    m_threeChunks = encrypt(payload(2 * Format::chunkSize + 1000), m_key, m_envelope);
    QCOMPARE(m_threeChunks.size(), kHeader + 2 * kInnerChunk + 5 + 1000 + 16 + Format::trailerSize);
}

QByteArray TestContainer::encrypt(const QByteArray &data, const MasterKey &key,
                                  const MasterKeyEnvelope &envelope, qsizetype pieces) const
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ContainerWriter writer(&out, key, envelope);
    if (!writer.begin())
        return {};
    for (qsizetype offset = 0; offset < data.size(); offset += pieces) {
        if (!writer.write(data.mid(offset, pieces)))
            return {};
    }
    if (!writer.finish())
        return {};
    return out.data();
}

Result<QByteArray> TestContainer::decrypt(const QByteArray &file, const MasterKey &key) const
{
    QBuffer in;
    in.setData(file);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ContainerReader reader(&in);
    if (Status header = reader.readHeader(); !header)
        return header.error();
    if (Status unlocked = reader.unlock(key); !unlocked)
        return unlocked.error();
    if (Status decrypted = reader.decryptTo(&out); !decrypted)
        return decrypted.error();
    return out.data();
}

void TestContainer::roundTrips_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("pieces");
    for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(65535), qsizetype(65536),
                           qsizetype(65537), qsizetype(10 * 65536 + 7)}) {
        QTest::addRow("%lld bytes", qlonglong(size)) << size << qsizetype(4096);
    }
    QTest::newRow("odd pieces") << qsizetype(3 * 65536 + 11) << qsizetype(65537);
    QTest::newRow("one piece") << qsizetype(200000) << qsizetype(200000);
}

void TestContainer::roundTrips()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, pieces);
    const QByteArray data = payload(size);
    const QByteArray file = encrypt(data, m_key, m_envelope, pieces);
    QVERIFY(file.startsWith(Format::magic));
    QVERIFY(!file.contains(data.left(64)) || size < 64); // no plaintext in the file
    Result<QByteArray> back = decrypt(file, m_key);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->size(), data.size());
    QVERIFY(*back == data);
    // Two encryptions of the same data differ: fresh file key, file id and nonces.
    QVERIFY(encrypt(data, m_key, m_envelope, pieces) != file);
}

void TestContainer::passwordOpensOnAnotherMachine()
{
    QBuffer in;
    in.setData(m_threeChunks);
    in.open(QIODevice::ReadOnly);
    ContainerReader reader(&in);
    QVERIFY(reader.readHeader());
    QVERIFY(reader.unlock(QStringLiteral("s3cret pass"))); // no master key at hand
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(reader.decryptTo(&out));
    QCOMPARE(out.data(), payload(2 * Format::chunkSize + 1000));
}

void TestContainer::wrongEmptyAndNormalisedPasswords()
{
    const QString composed = QStringLiteral("Gr\u00fc\u00dfe, Ren\u00e9e");
    MasterKey key = MasterKey::generate();
    Result<MasterKeyEnvelope> envelope =
        MasterKeyEnvelope::seal(key, composed, KdfParameters::argon2id(65536, 3));
    QVERIFY(envelope);
    const QByteArray file = encrypt("payload", key, *envelope);
    const auto openWith = [&file](const QString &password) {
        QBuffer in;
        in.setData(file);
        in.open(QIODevice::ReadOnly);
        ContainerReader reader(&in);
        if (Status header = reader.readHeader(); !header)
            return header;
        return reader.unlock(password);
    };
    QVERIFY(openWith(composed));
    QVERIFY(openWith(composed.normalized(QString::NormalizationForm_D))); // NFD typed elsewhere
    for (const QString &wrong :
         QStringList{QStringLiteral("Grusse, Renee"), QString(), composed + u' '}) {
        const Status refused = openWith(wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::WrongPassword);
        QCOMPARE(refused.error().detail, Format::wrongPassword);
    }
    QVERIFY(!MasterKeyEnvelope::seal(key, QString(), KdfParameters::argon2id(65536, 3)));
}

void TestContainer::anotherMasterKeyIsRefused()
{
    const Result<QByteArray> refused = decrypt(m_threeChunks, MasterKey::generate());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::WrongPassword);
}

void TestContainer::goldenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<KdfParameters>("kdf");
    QTest::newRow("argon2id") << QStringLiteral("golden-v1-argon2id.hsbk")
                              << KdfParameters::argon2id(65536, 3);
    QTest::newRow("pbkdf2") << QStringLiteral("golden-v1-pbkdf2.hsbk")
                            << KdfParameters::pbkdf2(600000);
}

void TestContainer::goldenFiles()
{
    QFETCH(QString, name);
    QFETCH(KdfParameters, kdf);
    // Files of format version 1 written once and kept forever: every later build must open them.
    const QString path = QStringLiteral(HUBSTATE_TEST_DATA "/container/") + name;
    const QByteArray expected =
        QByteArray("Hubstate golden payload, format version 1.\n").repeated(3000);
    if (qEnvironmentVariableIsSet("HUBSTATE_WRITE_GOLDEN") && !QFile::exists(path)) {
        MasterKey key = MasterKey::generate();
        Result<MasterKeyEnvelope> envelope = MasterKeyEnvelope::seal(key, kGoldenPassword, kdf);
        QVERIFY(envelope);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encrypt(expected, key, *envelope));
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    ContainerReader reader(&file);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.envelope().kdf.algorithm, kdf.algorithm);
    QVERIFY(reader.unlock(kGoldenPassword));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(reader.decryptTo(&out));
    QCOMPARE(out.data(), expected);
}

void TestContainer::flippedBitIsDamage_data()
{
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("fault");
    const qsizetype chunk1 = kHeader + kInnerChunk;
    const qsizetype last = kHeader + 2 * kInnerChunk;
    const qsizetype trailer = m_threeChunks.size() - Format::trailerSize;
    QTest::newRow("magic") << qsizetype(3) << Format::notAContainer;
    QTest::newRow("format version") << qsizetype(9) << Format::newerFormat;
    QTest::newRow("body length") << qsizetype(11) << Format::damaged;
    QTest::newRow("kdf parameters") << qsizetype(15) << Format::damaged;
    QTest::newRow("kdf salt") << qsizetype(40) << Format::damaged;
    QTest::newRow("master key id") << qsizetype(60) << Format::damaged;
    QTest::newRow("envelope") << qsizetype(100) << Format::damaged;
    QTest::newRow("file id") << qsizetype(140) << Format::damaged;
    QTest::newRow("wrapped file key") << qsizetype(200) << Format::damaged;
    QTest::newRow("reserved") << qsizetype(230) << Format::damaged;
    QTest::newRow("header hash") << qsizetype(250) << Format::damaged;
    QTest::newRow("header mac") << qsizetype(280) << Format::damaged;
    QTest::newRow("key commitment") << qsizetype(310) << Format::damaged;
    QTest::newRow("chunk 0 flags") << kHeader << Format::damaged;
    QTest::newRow("chunk 0 length") << kHeader + 3 << Format::damaged;
    QTest::newRow("chunk 0 ciphertext") << kHeader + 5000 << Format::damaged;
    QTest::newRow("chunk 0 tag") << chunk1 - 3 << Format::damaged;
    QTest::newRow("chunk 1 ciphertext") << chunk1 + 77 << Format::damaged;
    QTest::newRow("final chunk flags") << last << Format::damaged;
    QTest::newRow("final chunk ciphertext") << last + 10 << Format::damaged;
    QTest::newRow("trailer magic") << trailer + 2 << Format::damaged;
    QTest::newRow("trailer chunk count") << trailer + 15 << Format::damaged;
    QTest::newRow("trailer payload length") << trailer + 23 << Format::damaged;
    QTest::newRow("trailer file hash") << trailer + 40 << Format::damaged;
}

void TestContainer::flippedBitIsDamage()
{
    QFETCH(qsizetype, offset);
    QFETCH(QString, fault);
    QByteArray file = m_threeChunks;
    file[offset] = char(file.at(offset) ^ (offset == 9 ? 0x02 : 0x10));
    const Result<QByteArray> refused = decrypt(file, m_key);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, fault);
    QCOMPARE(refused.error().code, ErrorCode::Damaged);
}

void TestContainer::forgeriesAreTampering_data()
{
    QTest::addColumn<QByteArray>("file");
    const QByteArray &f = m_threeChunks;
    const QByteArray header = f.left(kHeader);
    const QByteArray chunk0 = f.mid(kHeader, kInnerChunk);
    const QByteArray chunk1 = f.mid(kHeader + kInnerChunk, kInnerChunk);
    const QByteArray last = f.mid(kHeader + 2 * kInnerChunk, 5 + 1000 + 16);
    const QByteArray trailer = f.right(Format::trailerSize);
    const quint64 size = 2 * Format::chunkSize + 1000;

    QTest::newRow("chunks swapped") << rehash(header + chunk1 + chunk0 + last + trailer);
    QTest::newRow("chunk dropped")
        << rehash(withTrailerCounts(header + chunk0 + last + trailer, 2, size - Format::chunkSize));
    QTest::newRow("chunk duplicated") << rehash(withTrailerCounts(
        header + chunk0 + chunk0 + chunk1 + last + trailer, 4, size + Format::chunkSize));
    QTest::newRow("final chunk dropped")
        << rehash(withTrailerCounts(header + chunk0 + chunk1 + trailer, 2, size - 1000));
    QTest::newRow("second final chunk") << rehash(header + chunk0 + chunk1 + last + last + trailer);
    QTest::newRow("inner chunk marked final") << [&] {
        QByteArray forged = header + chunk0 + chunk1 + last + trailer;
        forged[kHeader + kInnerChunk] = 1;
        return rehash(forged);
    }();
    const QByteArray other = encrypt(payload(size), m_key, m_envelope);
    QTest::newRow("chunk spliced from another file")
        << rehash(header + chunk0 + other.mid(kHeader + kInnerChunk, kInnerChunk) + last + trailer);
    QTest::newRow("header from another file")
        << rehash(other.left(kHeader) + chunk0 + chunk1 + last + trailer);
    QTest::newRow("header field changed") << [&] {
        QByteArray forged = f;
        forged[140] = char(forged.at(140) ^ 0x01); // file id
        return rehash(forged);
    }();
    QTest::newRow("header mac changed") << [&] {
        QByteArray forged = f;
        forged[280] = char(forged.at(280) ^ 0x01);
        return rehash(forged);
    }();
    QTest::newRow("key commitment changed") << [&] {
        QByteArray forged = f;
        forged[310] = char(forged.at(310) ^ 0x01);
        return rehash(forged);
    }();
    // Truncation dressed up: the last kept chunk claims to be final, the trailer agrees.
    QTest::newRow("truncated with chunk 1 marked final") << [&] {
        QByteArray forgedChunk1 = chunk1;
        forgedChunk1[0] = 1;
        return rehash(
            withTrailerCounts(header + chunk0 + forgedChunk1 + trailer, 2, 2 * Format::chunkSize));
    }();
    QTest::newRow("ciphertext changed") << [&] {
        QByteArray forged = f;
        forged[kHeader + 100] = char(forged.at(kHeader + 100) ^ 0x01);
        return rehash(forged);
    }();
}

void TestContainer::forgeriesAreTampering()
{
    QFETCH(QByteArray, file);
    const Result<QByteArray> refused = decrypt(file, m_key);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, Format::tampered);
    QCOMPARE(refused.error().code, ErrorCode::Damaged);
}

void TestContainer::truncationIsRefused()
{
    QList<qsizetype> cuts{1,
                          7,
                          11,
                          100,
                          kHeader - 1,
                          kHeader,
                          kHeader + 3,
                          kHeader + kInnerChunk,
                          kHeader + 2 * kInnerChunk,
                          m_threeChunks.size() - Format::trailerSize,
                          m_threeChunks.size() - 40,
                          m_threeChunks.size() - 1};
    for (qsizetype cut : cuts) {
        const Result<QByteArray> refused = decrypt(m_threeChunks.left(cut), m_key);
        QVERIFY2(!refused, qPrintable(QString::number(cut)));
        QCOMPARE(refused.error().code, ErrorCode::Damaged);
        QVERIFY2(refused.error().detail == Format::damaged
                     || refused.error().detail == Format::notAContainer,
                 qPrintable(refused.error().detail));
    }
    const Result<QByteArray> extra = decrypt(m_threeChunks + "x", m_key);
    QVERIFY(!extra);
    QCOMPARE(extra.error().detail, Format::damaged);
}

void TestContainer::notAContainerAndNewerFormat()
{
    QCOMPARE(decrypt(QByteArray(), m_key).error().detail, Format::notAContainer);
    QCOMPARE(decrypt("PK\x03\x04 a zip file", m_key).error().detail, Format::notAContainer);
    QByteArray newer = m_threeChunks;
    newer[9] = 2;
    const Result<QByteArray> refused = decrypt(newer, m_key);
    QCOMPARE(refused.error().detail, Format::newerFormat);
    QVERIFY(refused.error().message.contains(QStringLiteral("newer")));
}

void TestContainer::hostileParametersAreRefusedBeforeAnyWork()
{
    // A header claiming 4 GiB of Argon2id memory, with a correct header hash.
    QByteArray hostile = m_threeChunks;
    hostile[12] = 1;
    QByteArray parameters;
    Format::appendUint(parameters, 4u * 1024 * 1024, 4);
    Format::appendUint(parameters, 3, 4);
    Format::appendUint(parameters, 1, 4);
    hostile.replace(13, 12, parameters);
    hostile = rehash(hostile);
    QBuffer in;
    in.setData(hostile);
    in.open(QIODevice::ReadOnly);
    ContainerReader reader(&in);
    const Status refused = reader.readHeader();
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, Format::hostileParameters);
    // Even asked to, the reader derives nothing with these parameters.
    const Status unlocked = reader.unlock(QStringLiteral("anything"));
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().detail, Format::hostileParameters);
}

void TestContainer::structureVerifiesWithoutKey()
{
    const auto verify = [](const QByteArray &file) {
        QBuffer in;
        in.setData(file);
        in.open(QIODevice::ReadOnly);
        return ContainerReader(&in).verifyStructure();
    };
    QVERIFY(verify(m_threeChunks));
    QByteArray damaged = m_threeChunks;
    damaged[kHeader + 1234] = char(damaged.at(kHeader + 1234) ^ 0x40);
    const Status refused = verify(damaged);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, Format::damaged);
    QVERIFY(!verify(m_threeChunks.left(m_threeChunks.size() - 10)));
}

// A pipe-like device: sequential, so the reader cannot read to its end to classify a fault.
class Stream : public QIODevice
{
public:
    explicit Stream(QByteArray data)
        : m_data(std::move(data))
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 size = std::min<qint64>(maxSize, m_data.size() - m_offset);
        memcpy(data, m_data.constData() + m_offset, size_t(size));
        m_offset += size;
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

void TestContainer::streamsAreNeverReadForever()
{
    QByteArray damaged = m_threeChunks;
    damaged[kHeader + 100] = char(damaged.at(kHeader + 100) ^ 0x01);
    Stream in(damaged);
    in.open(QIODevice::ReadOnly);
    ContainerReader reader(&in);
    const Status header = reader.readHeader();
    QVERIFY2(header, header ? "" : qPrintable(header.error().message));
    QVERIFY(reader.unlock(m_key));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Status refused = reader.decryptTo(&out);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, Format::damaged);
    QVERIFY(in.bytesAvailable() > 0); // it stopped at the bad chunk instead of draining the stream
    QCOMPARE(out.data().size(), 0); // nothing of the bad chunk was released
}

void TestContainer::fuzzSeedsOpenWithTheFuzzKey()
{
    // tests/fuzz/corpus/container holds containers written with the fuzz target's key
    // ('F' x 32), so the fuzzer reaches the chunk reader. HUBSTATE_WRITE_FUZZ_SEEDS=1 writes
    // them afresh.
    const MasterKey fuzzKey{QByteArray(32, 'F')};
    const QString corpus = QStringLiteral(HUBSTATE_TEST_DATA "/../fuzz/corpus/container/");
    if (qEnvironmentVariableIsSet("HUBSTATE_WRITE_FUZZ_SEEDS")) {
        Result<MasterKeyEnvelope> envelope =
            MasterKeyEnvelope::seal(fuzzKey, QStringLiteral("fuzz"), KdfParameters::pbkdf2(600000));
        QVERIFY(envelope);
        for (qsizetype size : {qsizetype(0), qsizetype(100), qsizetype(70000)}) {
            QFile seed(corpus + QStringLiteral("seed-%1.hsbk").arg(size));
            QVERIFY(seed.open(QIODevice::WriteOnly));
            seed.write(encrypt(payload(size), fuzzKey, *envelope));
        }
    }
    for (qsizetype size : {qsizetype(0), qsizetype(100), qsizetype(70000)}) {
        QFile seed(corpus + QStringLiteral("seed-%1.hsbk").arg(size));
        QVERIFY2(seed.open(QIODevice::ReadOnly), qPrintable(seed.fileName()));
        Result<QByteArray> opened = decrypt(seed.readAll(), fuzzKey);
        QVERIFY(opened);
        QCOMPARE(*opened, payload(size));
    }
}

QTEST_GUILESS_MAIN(TestContainer)
#include "tst_container.moc"
