// Passwords held in a QString are overwritten in place (Crypto::wipe), over the whole buffer,
// by the last holder; literals are never written to.
#include "core/crypto/primitives.h"

#include <QTest>

using namespace Hubstate::Core;

class TestPasswordWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipeOverwritesAStringInPlace();
    void wipeLeavesASharedStringToItsLastHolder();
};

void TestPasswordWipe::wipeOverwritesAStringInPlace()
{
    QString password = QStringLiteral("correct horse ");
    password += QStringLiteral("battery staple"); // a heap buffer of its own
    password.remove(0, 8); // leaves "correct " in the free space before the text
    QVERIFY(password.isDetached());
    QStringPrivate &d = password.data_ptr();
    const char16_t *allocation = d.data() - d.freeSpaceAtBegin();
    const qsizetype capacity = d.constAllocatedCapacity();
    QVERIFY(capacity >= 22);

    Crypto::wipe(password);
    QVERIFY(password.isEmpty());
    // The same buffer, still owned by the string, holds nothing but zeros now.
    QStringPrivate &after = password.data_ptr();
    QCOMPARE(after.data() - after.freeSpaceAtBegin(), allocation);
    for (qsizetype i = 0; i < capacity; ++i)
        QCOMPARE(int(allocation[i]), 0);
}

void TestPasswordWipe::wipeLeavesASharedStringToItsLastHolder()
{
    QString first = QString::fromUtf8("hunter2-hunter2");
    QString second = first; // shares the buffer
    Crypto::wipe(second);
    QVERIFY(second.isEmpty());
    QCOMPARE(first, QStringLiteral("hunter2-hunter2")); // not wiped under its holder's feet
    const char16_t *buffer = first.data_ptr().data();
    Crypto::wipe(first); // the last holder wipes
    QCOMPARE(first.data_ptr().data(), buffer);
    QCOMPARE(int(buffer[0]), 0);

    QString literal = QStringLiteral("never written to"); // read-only data: left alone
    Crypto::wipe(literal);
    QVERIFY(literal.isEmpty());
}

QTEST_GUILESS_MAIN(TestPasswordWipe)
#include "tst_passwordwipe.moc"
