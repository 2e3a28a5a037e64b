// Text from outside shown in a message: one line, what the input really holds, bounded.
#include "core/common/printable.h"

#include <QTest>

using namespace Hubstate::Core;

class TestPrintable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesControlCharacters_data();
    void escapesControlCharacters();
    void cutsLongText();
    void isIdempotent();
};

void TestPrintable::escapesControlCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << QStringLiteral("dark") << QStringLiteral("dark");
    QTest::newRow("non-ASCII kept") << QString::fromUtf8("h\xc3\xa9 \xf0\x9f\x98\x80")
                                    << QString::fromUtf8("h\xc3\xa9 \xf0\x9f\x98\x80");
    QTest::newRow("newline, tab, return")
        << QStringLiteral("a\nb\tc\rd") << QStringLiteral("a\\nb\\tc\\rd");
    QTest::newRow("NUL") << QString::fromUtf16(u"a\0b", 3) << QStringLiteral("a\\0b");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
    QTest::newRow("C1 control") << QString(QChar(0x85)) << QStringLiteral("\\u0085");
    QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
    QTest::newRow("right-to-left override") << QStringLiteral("abc") + QChar(0x202e)
            + QStringLiteral("txt.exe") << QStringLiteral("abc\\u202etxt.exe");
    QTest::newRow("byte order mark") << QString(QChar(0xfeff)) << QStringLiteral("\\ufeff");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("\\ud800");
    QTest::newRow("backslash kept") << QStringLiteral("C:\\n") << QStringLiteral("C:\\n");
}

void TestPrintable::escapesControlCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(printable(text), shown);
}

void TestPrintable::cutsLongText()
{
    const QString long_ = QString(300, u'x');
    const QString cut = printable(long_, 10);
    QCOMPARE(cut, QString(9, u'x') + QChar(0x2026));
    QCOMPARE(printable(QString(10, u'x'), 10), QString(10, u'x'));
    QCOMPARE(printable(long_, -1), long_);
    QCOMPARE(printable(long_).size(), 200);
    // An escape is never cut in half, nor a surrogate pair.
    QCOMPARE(printable(QStringLiteral("abcdefgh\n12345"), 10),
             QStringLiteral("abcdefgh") + QChar(0x2026));
    const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
    QCOMPARE(printable(QString(QStringLiteral("abcdefgh") + emoji + QStringLiteral("zz")), 10),
             QStringLiteral("abcdefgh") + QChar(0x2026));
}

void TestPrintable::isIdempotent()
{
    const QString once = printable(QString(QStringLiteral("a\nb") + QString(400, u'y')), 50);
    QCOMPARE(printable(once, 50), once);
    QCOMPARE(once.size(), 50);
}

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
