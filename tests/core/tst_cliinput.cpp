// Input from outside through hubstate-cli: JSON that is not strictly RFC 8259 and input beyond
// its size limit are refused with the file, line and column, and nothing changes.
#include "clirunner.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Tests;

namespace {

const QByteArray goodMessage =
    R"({"conversationId":"c1","agentId":"scout","role":"user","content":"ok","timestamp":"2026-01-01T10:00:00Z"})";

QByteArray configDocument(const QByteArray &timeout, const QByteArray &mode)
{
    return "{\n  \"agents\": {\"timeout\": " + timeout
        + "},\n  \"preferences\": {\"theme\": " + "{\"mode\": " + mode + "}}\n}\n";
}

bool hasRawControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void configImportRefusesWhatIsNotJson_data();
    void configImportRefusesWhatIsNotJson();
    void configTopLevelScalarIsNotAnObject();
    void configImportRefusesOversizeInput();
    void configImportBoundsUnknownKeys();
    void configMessagesEscapeControlCharacters();
    void layoutImportRefusesWhatIsNotJson_data();
    void layoutImportRefusesWhatIsNotJson();
    void layoutImportRefusesOversizeInput();
    void historyImportRefusesWhatIsNotJson_data();
    void historyImportRefusesWhatIsNotJson();
    void historyImportReadsValidJsonQtWouldNot();
    void historyImportRefusesLongLines();
    void historyMessagesEscapeControlCharacters();

private:
    CliRun run(const QStringList &arguments) { return runCli(m_profile, m_policy, arguments); }
    QString settingsFile() const { return m_profile + QStringLiteral("/config/hubstate.ini"); }
    QString messageCount()
    {
        const CliRun stats =
            run({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("stats")});
        return QString::number(
            QJsonDocument::fromJson(stats.out.toUtf8())[QStringLiteral("messages")].toInt(-1));
    }
    QStringList layoutIds()
    {
        QStringList ids;
        const CliRun list =
            run({QStringLiteral("--json"), QStringLiteral("layout"), QStringLiteral("list")});
        for (const QJsonValue &layout : QJsonDocument::fromJson(list.out.toUtf8()).array())
            ids.append(layout[QStringLiteral("id")].toString());
        return ids;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_policy;
};

void TestCliInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
}

void TestCliInput::configImportRefusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("where");

    const QByteArray dark = "\"dark\"";
    QTest::newRow(".5e5") << configDocument(".5e5", dark) << "2:25";
    QTest::newRow("1.") << configDocument("60000.", dark) << "2:31";
    QTest::newRow("-.123") << configDocument("-.123", dark) << "2:26";
    QTest::newRow("6.e4") << configDocument("6.e4", dark) << "2:27";
    QTest::newRow("leading zero") << configDocument("060000", dark) << "2:30";
    QTest::newRow("NaN") << configDocument("NaN", dark) << "2:25";
    QTest::newRow("\\a") << configDocument("60000", "\"d\\ark\"") << "3:40";
    QTest::newRow("\\x00") << configDocument("60000", "\"d\\x00ark\"") << "3:40";
    QTest::newRow("raw control character") << configDocument("60000",
                                                             "\"d\x01"
                                                             "ark\"")
                                           << "3:39";
    QTest::newRow("lone surrogate") << configDocument("60000", "\"\\ud800\"") << "3:44";
    QTest::newRow("trailing comma") << configDocument("60000,", dark) << "2:31";
    QTest::newRow("comment") << configDocument("60000 /* ms */", dark) << "2:31";
    QTest::newRow("duplicate name") << configDocument("60000, \"timeout\": 5000", dark) << "2:32";
    QTest::newRow("too deep") << configDocument(QByteArray(70, '[') + QByteArray(70, ']'), dark)
                              << "2:87";
}

void TestCliInput::configImportRefusesWhatIsNotJson()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, where);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("agents.timeout"),
                  QStringLiteral("45000")})
                 .exitCode,
             0);
    const QByteArray before = readFile(settingsFile());
    const QString file = m_dir->filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(file, document));

    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("import")}) {
        const CliRun refused = run({QStringLiteral("config"), command, file});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(file + u':' + where + QStringLiteral(": malformed JSON: ")),
                 qPrintable(refused.err));
        QVERIFY2(!hasRawControlCharacter(refused.err), qPrintable(refused.err));
    }
    QCOMPARE(readFile(settingsFile()), before);
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("agents.timeout")})
            .out.trimmed(),
        QStringLiteral("45000"));
}

void TestCliInput::configTopLevelScalarIsNotAnObject()
{
    // Valid JSON, so not "malformed": the documented rule instead.
    const QString file = m_dir->filePath(QStringLiteral("config.json"));
    for (const QByteArray &document : {QByteArray("42\n"), QByteArray("\"x\"\n")}) {
        QVERIFY(writeFile(file, document));
        const CliRun refused = run({QStringLiteral("config"), QStringLiteral("import"), file});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(
                     file + QStringLiteral(": the configuration document must be a JSON object")),
                 qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("malformed")), qPrintable(refused.err));
    }
}

void TestCliInput::configImportRefusesOversizeInput()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("agents.timeout"),
                  QStringLiteral("45000")})
                 .exitCode,
             0);
    const QByteArray before = readFile(settingsFile());
    const QString file = m_dir->filePath(QStringLiteral("big.json"));
    QVERIFY(writeFile(file,
                      "{\"notes\": {\"huge\": \"" + QByteArray(2 * 1024 * 1024, 'x')
                          + "\"}, \"agents\": {\"timeout\": 60000}}"));
    const CliRun refused = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(
                 file + QStringLiteral(": too large (2097205 bytes); the limit is 1 MiB")),
             qPrintable(refused.err));
    QVERIFY(refused.err.size() < 1000);
    QCOMPARE(readFile(settingsFile()), before);
}

void TestCliInput::configImportBoundsUnknownKeys()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("agents.timeout"),
                  QStringLiteral("45000")})
                 .exitCode,
             0);
    const QByteArray before = readFile(settingsFile());
    const QString file = m_dir->filePath(QStringLiteral("config.json"));

    // A value too long to keep.
    QVERIFY(writeFile(file, "{\"notes\": {\"long\": \"" + QByteArray(5000, 'x') + "\"}}"));
    CliRun refused = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral(
                 "notes.long: unknown key with a value of 5000 characters; at most 4096 are kept")),
             qPrintable(refused.err));
    QVERIFY(refused.err.size() < 1000);

    // Too many unknown keys.
    QByteArray many = "{\"notes\": {";
    for (int i = 0; i < 101; ++i)
        many += (i ? ", " : "") + QByteArray("\"k") + QByteArray::number(i) + "\": 1";
    QVERIFY(writeFile(file, many + "}}"));
    refused = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("unknown key beyond the first 100")),
             qPrintable(refused.err));

    // A name too long.
    QVERIFY(writeFile(file, "{\"notes\": {\"" + QByteArray(200, 'n') + "\": 1}}"));
    refused = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("a name of 200 characters; the limit is 128")),
             qPrintable(refused.err));
    QCOMPARE(readFile(settingsFile()), before);

    // Within the limits, unknown keys are kept as before.
    QVERIFY(writeFile(file, "{\"notes\": {\"a\": 1, \"b\": \"" + QByteArray(4096, 'y') + "\"}}"));
    const CliRun kept = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(kept.exitCode, 0);
    QVERIFY(readFile(settingsFile()).contains(QByteArray(4096, 'y')));
}

void TestCliInput::configMessagesEscapeControlCharacters()
{
    const QString file = m_dir->filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(file, R"({"preferences": {"theme": {"mode": "dark\u001b[31m\nX\u0000"}},
                                "notes\u001b[2J": {"k\u0007": true}})"));
    const CliRun refused = run({QStringLiteral("config"), QStringLiteral("validate"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(!hasRawControlCharacter(refused.err), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("(value: \"dark\\x1b[31m\\nX\\0\")")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("notes\\x1b[2J.k\\x07: unknown key")),
             qPrintable(refused.err));
}

void TestCliInput::layoutImportRefusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("where");

    QTest::newRow("1920.") << QByteArray("\"width\": 1920,") << QByteArray("\"width\": 1920.,")
                           << "6:37";
    QTest::newRow("\\q") << QByteArray("Wide left") << QByteArray("Wide\\qleft") << "3:19";
    QTest::newRow("duplicate name") << QByteArray("\"type\": \"custom\",")
                                    << QByteArray("\"type\": \"custom\", \"type\": 1,") << "4:23";
    QTest::newRow("raw tab") << QByteArray("\"Main\"") << QByteArray("\"Ma\tin\"") << "8:22";
    QTest::newRow("trailing comma")
        << QByteArray("\"row\": 1}}\n") << QByteArray("\"row\": 1}},\n") << "11:5";
}

void TestCliInput::layoutImportRefusesWhatIsNotJson()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, where);
    const QStringList idsBefore = layoutIds();
    QByteArray document = readFile(QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json"));
    QVERIFY(document.contains(from));
    document.replace(from, to);
    const QString file = m_dir->filePath(QStringLiteral("layout.json"));
    QVERIFY(writeFile(file, document));

    const CliRun refused = run({QStringLiteral("layout"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(file + u':' + where + QStringLiteral(": malformed JSON: ")),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("not imported; nothing was changed")));
    QCOMPARE(layoutIds(), idsBefore);
}

void TestCliInput::layoutImportRefusesOversizeInput()
{
    const QStringList idsBefore = layoutIds();
    QByteArray document = readFile(QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json"));
    document.replace("\"work\"", QByteArray("\"work\", \"" + QByteArray(300 * 1024, 't') + "\""));
    const QString file = m_dir->filePath(QStringLiteral("layout.json"));
    QVERIFY(writeFile(file, document));
    const CliRun refused = run({QStringLiteral("layout"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(file + QStringLiteral(": too large; the limit is 256 KiB")),
             qPrintable(refused.err));
    QVERIFY(refused.err.size() < 1000);
    QCOMPARE(layoutIds(), idsBefore);

    // A top-level value that is not an object gets the documented rule.
    QVERIFY(writeFile(file, "42"));
    const CliRun scalar = run({QStringLiteral("layout"), QStringLiteral("validate"), file});
    QCOMPARE(scalar.exitCode, 3);
    QVERIFY2(scalar.err.contains(file + QStringLiteral(": a layout must be a JSON object")),
             qPrintable(scalar.err));
}

void TestCliInput::historyImportRefusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("where"); // after FILE:

    const QByteArray start = R"({"conversationId":"c2","agentId":"scout","role":"user",)";
    const QByteArray end = R"(,"timestamp":"2026-01-01T10:00:01Z"})";
    QTest::newRow("\\q") << start + R"("content":"a\qb")" + end << "2:69: malformed JSON: ";
    QTest::newRow("\\x00") << start + R"("content":"a\x00b")" + end << "2:69: malformed JSON: ";
    QTest::newRow("raw tab") << start + "\"content\":\"a\tb\"" + end << "2:68: malformed JSON: ";
    QTest::newRow("lone surrogate")
        << start + R"("content":"\udc00")" + end << "2:72: malformed JSON: ";
    QTest::newRow(".5e5") << start + R"("content":"x","n":.5e5)" + end << "2:74: malformed JSON: ";
    QTest::newRow("duplicate content")
        << start + R"("content":"x","content":"y")" + end << "2:70: malformed JSON: ";
    QTest::newRow("duplicate in a nested object")
        << start + R"("content":"x","meta":{"a":1,"a":2})" + end << "2:84: malformed JSON: ";
    QTest::newRow("trailing comma") << start + R"("content":"x",)" + R"(})"
                                    << "2:70: malformed JSON: ";
    QTest::newRow("byte order mark past the first line")
        << "\xEF\xBB\xBF" + start + R"("content":"x")" + end << "2:1: malformed JSON: ";
    QTest::newRow("number") << QByteArray("42") << "2: each line must be a JSON object";
    QTest::newRow("text") << QByteArray("\"x\"") << "2: each line must be a JSON object";
}

void TestCliInput::historyImportRefusesWhatIsNotJson()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, where);
    const QString first = m_dir->filePath(QStringLiteral("first.jsonl"));
    QVERIFY(writeFile(first, goodMessage + '\n'));
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("import"), first}).exitCode, 0);
    QCOMPARE(messageCount(), QStringLiteral("1"));

    const QString file = m_dir->filePath(QStringLiteral("h.jsonl"));
    QVERIFY(writeFile(file,
                      QByteArray(goodMessage).replace("\"ok\"", "\"fine\"") + '\n' + line + '\n'));
    const CliRun refused = run({QStringLiteral("history"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(file + u':' + where), qPrintable(refused.err));
    QVERIFY2(!hasRawControlCharacter(refused.err), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(messageCount(), QStringLiteral("1"));
}

void TestCliInput::historyImportReadsValidJsonQtWouldNot()
{
    // Valid to RFC 8259: a byte order mark at the start of the file, an integer beyond 64 bits
    // in a member Hubstate ignores, escapes of every kind.
    const QString file = m_dir->filePath(QStringLiteral("h.jsonl"));
    QVERIFY(writeFile(
        file,
        "\xEF\xBB\xBF" + goodMessage + '\n'
            + R"({"conversationId":"c1","agentId":"scout","role":"assistant","n":18446744073709551616,"content":"tab\there \u00e9 \ud83d\ude00","timestamp":"2026-01-01T10:00:01Z"})"
            + '\n'));
    const CliRun imported = run({QStringLiteral("history"), QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(messageCount(), QStringLiteral("2"));
    const CliRun search =
        run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("here")});
    QCOMPARE(search.out, QString::fromUtf8("tab\t[here] \xc3\xa9 \xf0\x9f\x98\x80\n"));
}

void TestCliInput::historyImportRefusesLongLines()
{
    const QByteArray start =
        R"({"conversationId":"c1","agentId":"scout","role":"user","content":")";
    const QByteArray end = R"(","timestamp":"2026-01-01T10:00:01Z"})";
    const qsizetype limit = 1024 * 1024;
    const QByteArray longest = start + QByteArray(limit - start.size() - end.size(), 'w') + end;
    QCOMPARE(longest.size(), limit);

    // One byte over the limit on line 2 is refused, and reading goes on after it: the bad
    // line 3 is reported with its own number.
    const QString file = m_dir->filePath(QStringLiteral("h.jsonl"));
    QVERIFY(writeFile(
        file, goodMessage + '\n' + start + 'w' + longest.mid(start.size()) + '\n' + "{,}\n"));
    const CliRun refused = run({QStringLiteral("history"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(
                 file
                 + QStringLiteral(":2: the line is longer than 1 MiB, the limit for one "
                                  "message")),
             qPrintable(refused.err.left(2000)));
    QVERIFY2(refused.err.contains(file + QStringLiteral(":3:2: malformed JSON")),
             qPrintable(refused.err.left(2000)));
    QVERIFY(refused.err.size() < 2000);
    QCOMPARE(messageCount(), QStringLiteral("0"));

    // A line exactly at the limit is read, with or without a newline at the end.
    const QByteArray second = QByteArray(longest).replace("10:00:01", "10:00:02");
    QVERIFY(writeFile(file, longest + '\n' + second));
    const CliRun imported = run({QStringLiteral("history"), QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.left(2000)));
    QCOMPARE(messageCount(), QStringLiteral("2"));
}

void TestCliInput::historyMessagesEscapeControlCharacters()
{
    const QString file = m_dir->filePath(QStringLiteral("h.jsonl"));
    QVERIFY(writeFile(
        file,
        R"({"conversationId":"c1","agentId":"scout","role":"user\u001b[2J","content":"x","timestamp":"soon\nlater"})"
        "\n"));
    const CliRun refused = run({QStringLiteral("history"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(!hasRawControlCharacter(refused.err), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("(value: user\\x1b[2J)")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("(value: soon\\nlater)")),
             qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"
