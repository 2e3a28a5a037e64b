// The strict JSON reader: RFC 8259 and nothing more, with the place of the first error.
#include "core/common/strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatRfc8259Refuses_data();
    void refusesWhatRfc8259Refuses();
    void readsValidJson_data();
    void readsValidJson();
    void namesLineAndColumnInCharacters();
    void duplicateNamesAreRefused_data();
    void duplicateNamesAreRefused();
    void nestingIsBounded();
    void byteOrderMarkOnlyAtTheStartOfAFile();
    void sizeLimitIsEnforced();
    void topLevelMustBeAnObjectWhenAsked();
    void messagesEscapeControlCharacters();
    void readFileRefusesLargeFilesUnread();
};

void TestStrictJson::refusesWhatRfc8259Refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where"); // line:column of the first error

    // Numbers Qt's parser accepts.
    QTest::newRow("1.") << QByteArray("1.") << "1:3";
    QTest::newRow(".5e5") << QByteArray("{\"timeout\": .5e5}") << "1:13";
    QTest::newRow("-.123") << QByteArray("[-.123]") << "1:3";
    QTest::newRow("2.e3") << QByteArray("[2.e3]") << "1:4";
    QTest::newRow("1.5e") << QByteArray("[1.5e]") << "1:6";
    QTest::newRow("leading zero") << QByteArray("[01]") << "1:3";
    QTest::newRow("negative leading zero") << QByteArray("[-01]") << "1:4";
    QTest::newRow("plus sign") << QByteArray("[+1]") << "1:2";
    QTest::newRow("hexadecimal") << QByteArray("[0x10]") << "1:3";
    QTest::newRow("NaN") << QByteArray("[NaN]") << "1:2";
    QTest::newRow("Infinity") << QByteArray("[Infinity]") << "1:2";
    QTest::newRow("-Infinity") << QByteArray("[-Infinity]") << "1:3";
    QTest::newRow("too large for a double") << QByteArray("[1e400]") << "1:6";
    // Escapes and characters in strings.
    QTest::newRow("\\a") << QByteArray(R"(["\a"])") << "1:4";
    QTest::newRow("\\x00") << QByteArray(R"(["\x00"])") << "1:4";
    QTest::newRow("\\q") << QByteArray(R"({"content": "a\qb"})") << "1:16";
    QTest::newRow("\\U0041") << QByteArray(R"(["\U0041"])") << "1:4";
    QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << "1:7";
    QTest::newRow("raw control character") << QByteArray("[\"a\x01b\"]") << "1:4";
    QTest::newRow("raw tab") << QByteArray("[\"a\tb\"]") << "1:4";
    QTest::newRow("raw newline") << QByteArray("[\"a\nb\"]") << "1:4";
    QTest::newRow("raw NUL") << QByteArray("[\"a\0b\"]", 7) << "1:4";
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])") << "1:9";
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << "1:8";
    QTest::newRow("high surrogate then a letter") << QByteArray(R"(["\ud800\u0041"])") << "1:14";
    QTest::newRow("single quotes") << QByteArray("['a']") << "1:2";
    // UTF-8.
    QTest::newRow("invalid byte") << QByteArray("[\"\xff\"]") << "1:3";
    QTest::newRow("truncated sequence") << QByteArray("[\"\xc3\"]") << "1:4";
    QTest::newRow("overlong encoding") << QByteArray("[\"\xc0\xaf\"]") << "1:3";
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << "1:4";
    QTest::newRow("byte outside a string") << QByteArray("[\xc3\xa9]") << "1:2";
    // Structure.
    QTest::newRow("trailing comma in an array") << QByteArray("[1,]") << "1:4";
    QTest::newRow("trailing comma in an object") << QByteArray("{\"a\": 1,\n}") << "2:1";
    QTest::newRow("line comment") << QByteArray("// note\n{}") << "1:1";
    QTest::newRow("block comment") << QByteArray("{\"a\": 1 /* note */}") << "1:9";
    QTest::newRow("unquoted name") << QByteArray("{a: 1}") << "1:2";
    QTest::newRow("missing comma") << QByteArray("[true false]") << "1:11";
    QTest::newRow("misspelt literal") << QByteArray("[tru]") << "1:5";
    QTest::newRow("capital literal") << QByteArray("[True]") << "1:2";
    QTest::newRow("empty") << QByteArray("") << "1:1";
    QTest::newRow("only blanks") << QByteArray(" \n ") << "2:2";
    QTest::newRow("two values") << QByteArray("{} {}") << "1:4";
    QTest::newRow("text after the value") << QByteArray("{}x") << "1:3";
    QTest::newRow("unterminated object") << QByteArray("{\"a\": 1\n") << "2:1";
}

void TestStrictJson::refusesWhatRfc8259Refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    StrictJson reader(QStringLiteral("in.json"), 1024);
    const Result<QJsonValue> value = reader.read(json);
    QVERIFY2(!value,
             qPrintable(QJsonDocument(QJsonArray{value.ok() ? *value : QJsonValue()})
                            .toJson(QJsonDocument::Compact)));
    QCOMPARE(value.error().code, ErrorCode::InvalidInput);
    QCOMPARE(reader.problem().location, QStringLiteral("in.json:") + where);
    QVERIFY2(reader.problem().rule.startsWith(QStringLiteral("malformed JSON: ")),
             qPrintable(reader.problem().rule));
    QCOMPARE(value.error().message,
             reader.problem().location + QStringLiteral(": ") + reader.problem().rule);
}

void TestStrictJson::readsValidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("empty object") << QByteArray("{}") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QByteArray(" [ ] ") << QJsonValue(QJsonArray());
    QTest::newRow("top-level number") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("top-level string") << QByteArray("\"x\"") << QJsonValue(QStringLiteral("x"));
    QTest::newRow("top-level true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("top-level null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("numbers") << QByteArray("[0, -0, 1e5, 1E+5, -1.5e-3, 0.25]")
                             << QJsonValue(QJsonArray{0, 0, 100000, 100000, -0.0015, 0.25});
    QTest::newRow("largest integer") << QByteArray("[9223372036854775807]")
                                     << QJsonValue(QJsonArray{qint64(9223372036854775807)});
    QTest::newRow("every escape") << QByteArray(R"({"s": "\"\\\/\b\f\n\r\t\u0041"})")
                                  << QJsonValue(QJsonObject{{QStringLiteral("s"),
                                                             QStringLiteral("\"\\/\b\f\n\r\tA")}});
    QTest::newRow("escaped NUL") << QByteArray(R"(["a\u0000b"])")
                                 << QJsonValue(QJsonArray{QString::fromUtf16(u"a\0b", 3)});
    QTest::newRow("surrogate pair")
        << QByteArray(R"(["\ud83d\ude00"])")
        << QJsonValue(QJsonArray{QString::fromUtf8("\xf0\x9f\x98\x80")});
    QTest::newRow("UTF-8") << QByteArray("[\"h\xc3\xa9\xe2\x82\xac\"]")
                           << QJsonValue(QJsonArray{QString::fromUtf8("h\xc3\xa9\xe2\x82\xac")});
    QTest::newRow("DEL is not a control character to RFC 8259")
        << QByteArray("[\"\x7f\"]") << QJsonValue(QJsonArray{QStringLiteral("\x7f")});
    QTest::newRow("names differing in case")
        << QByteArray(R"({"a": 1, "A": 2})")
        << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("A"), 2}});
    QTest::newRow("empty name") << QByteArray(R"({"": 1})")
                                << QJsonValue(QJsonObject{{QString(), 1}});
    QTest::newRow("byte order mark at the start")
        << QByteArray("\xEF\xBB\xBF{\"a\": true}")
        << QJsonValue(QJsonObject{{QStringLiteral("a"), true}});
    QTest::newRow("blanks around") << QByteArray(" \t\r\n{}\n") << QJsonValue(QJsonObject());
}

void TestStrictJson::readsValidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonValue, expected);
    StrictJson reader(QStringLiteral("in.json"), 1024);
    const Result<QJsonValue> value = reader.read(json);
    QVERIFY2(value.ok(), value.ok() ? "" : qPrintable(value.error().message));
    QCOMPARE(*value, expected);
}

void TestStrictJson::namesLineAndColumnInCharacters()
{
    // Columns count characters as an editor shows them, not bytes.
    StrictJson reader(QStringLiteral("doc.json"), 1024);
    const Result<QJsonValue> value =
        reader.read("{\n  \"name\": \"h\xc3\xa9\xc3\xa9\",\n  \"agents\": {\"timeout\": .5e5}\n}");
    QVERIFY(!value);
    QCOMPARE(reader.problem().location, QStringLiteral("doc.json:3:25"));
    QVERIFY2(value.error().message.startsWith(QStringLiteral("doc.json:3:25: malformed JSON: ")),
             qPrintable(value.error().message));

    // A line of a JSON Lines file is numbered as in the file.
    StrictJson line(QStringLiteral("history.jsonl"), 1024);
    line.setFirstLine(7);
    QVERIFY(!line.read(R"({"content": "a\qb"})"));
    QCOMPARE(line.problem().location, QStringLiteral("history.jsonl:7:16"));
}

void TestStrictJson::duplicateNamesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("name");

    QTest::newRow("top level") << QByteArray(R"({"a": 1, "a": 2})") << "1:10"
                               << "a";
    QTest::newRow("nested") << QByteArray("{\"x\": {\n  \"b\": 1,\n  \"b\": {}}}") << "3:3"
                            << "b";
    QTest::newRow("name with an escaped quote") << QByteArray(R"({"a\"b": 1, "a\"b": 2})") << "1:13"
                                                << "a\"b";
    QTest::newRow("long name of escaped quotes and backslashes")
        << "{\"" + QByteArray(200000, '\\') + "\": 1, \"" + QByteArray(200000, '\\') + "\": 2}"
        << "1:200009" << QString(79, u'\\') + QChar(0x2026);
    QTest::newRow("same name, one escaped") << QByteArray(R"({"a": 1, "\u0061": 2})") << "1:10"
                                            << "a";
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    const QString column = QString::number(many.size() + 1);
    many += "\"k\\\"3\": 1, \"k31\": 0}";
    QTest::newRow("in a large object")
        << many << QStringLiteral("1:%1").arg(column.toInt() + 11) << "k31";
}

void TestStrictJson::duplicateNamesAreRefused()
{
    // RFC 8259 says names SHOULD be unique and leaves the rest to readers, which disagree
    // (first wins, last wins, error): Hubstate refuses them.
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, name);
    StrictJson reader(QStringLiteral("in.json"), 1 << 20);
    const Result<QJsonValue> value = reader.read(json);
    QVERIFY(!value);
    QCOMPARE(reader.problem().location, QStringLiteral("in.json:") + where);
    QCOMPARE(
        reader.problem().rule,
        QStringLiteral("malformed JSON: the name \"%1\" appears twice in one object").arg(name));
}

void TestStrictJson::nestingIsBounded()
{
    const QByteArray deepest =
        QByteArray(StrictJson::maxDepth, '[') + QByteArray(StrictJson::maxDepth, ']');
    StrictJson reader(QStringLiteral("in.json"), 1 << 20);
    QVERIFY(reader.read(deepest).ok());

    const QByteArray deeper = "{\"a\":" + QByteArray(StrictJson::maxDepth, '[')
        + QByteArray(StrictJson::maxDepth, ']') + "}";
    const Result<QJsonValue> refused = reader.read(deeper);
    QVERIFY(!refused);
    QCOMPARE(reader.problem().location,
             QStringLiteral("in.json:1:%1").arg(5 + StrictJson::maxDepth));
    QCOMPARE(reader.problem().rule, QStringLiteral("malformed JSON: nested deeper than 64 levels"));

    // Far deeper input is refused as quickly, without exhausting the stack.
    const QByteArray bomb = QByteArray(500000, '[') + QByteArray(500000, ']');
    QVERIFY(!reader.read(bomb));
}

void TestStrictJson::byteOrderMarkOnlyAtTheStartOfAFile()
{
    StrictJson reader(QStringLiteral("in.json"), 1024);
    QVERIFY(reader.read("\xEF\xBB\xBF[1]").ok());
    QVERIFY(!reader.read("\xEF\xBB\xBF\xEF\xBB\xBF[1]"));
    QCOMPARE(reader.problem().location, QStringLiteral("in.json:1:1"));
    QVERIFY(!reader.read("[1]\xEF\xBB\xBF"));

    // A line after the first of a JSON Lines file is not the start of the file.
    reader.setFirstLine(2);
    QVERIFY(!reader.read("\xEF\xBB\xBF[1]"));
    QCOMPARE(reader.problem().location, QStringLiteral("in.json:2:1"));
    QVERIFY(reader.problem().rule.contains(QStringLiteral("byte order mark")));
}

void TestStrictJson::sizeLimitIsEnforced()
{
    StrictJson reader(QStringLiteral("big.json"), 16);
    QVERIFY(reader.read("[\"0123456789ab\"]").ok()); // 16 bytes
    const Result<QJsonValue> refused = reader.read("[\"0123456789abc\"]");
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, QStringLiteral("big.json: too large; the limit is 16 bytes"));
    QCOMPARE(StrictJson::sizeText(1024 * 1024), QStringLiteral("1 MiB"));
    QCOMPARE(StrictJson::sizeText(256 * 1024), QStringLiteral("256 KiB"));
}

void TestStrictJson::topLevelMustBeAnObjectWhenAsked()
{
    // Valid JSON that is not an object gets the caller's rule, not "malformed JSON".
    for (const QByteArray &json :
         {QByteArray("42"), QByteArray("\"x\""), QByteArray("[1, 2]"), QByteArray("null")}) {
        StrictJson reader(QStringLiteral("doc.json"), 1024);
        const Result<QJsonObject> object =
            reader.readObject(json, QStringLiteral("the document must be a JSON object"));
        QVERIFY(!object);
        QCOMPARE(object.error().message,
                 QStringLiteral("doc.json: the document must be a JSON object"));
    }
    StrictJson reader(QStringLiteral("doc.json"), 1024, ErrorCode::Damaged);
    const Result<QJsonObject> object = reader.readObject("{\"a\": 1}", QString());
    QVERIFY(object.ok());
    QCOMPARE(object->value(QStringLiteral("a")).toInt(), 1);
    QCOMPARE(reader.readObject("{", QString()).error().code, ErrorCode::Damaged);
}

void TestStrictJson::messagesEscapeControlCharacters()
{
    StrictJson reader(QStringLiteral("in.json"), 1024);
    const Result<QJsonValue> duplicate = reader.read("{\"a\\u0000\\n\\u001b[2J\": 1, "
                                                     "\"a\\u0000\\n\\u001b[2J\": 2}");
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().message.contains(QStringLiteral("\"a\\0\\n\\x1b[2J\"")),
             qPrintable(duplicate.error().message));
    const Result<QJsonValue> control = reader.read("[\"\x1b[2J\"]");
    QVERIFY(!control);
    for (const QChar c : control.error().message)
        QVERIFY2(c.unicode() >= 0x20, qPrintable(control.error().message));
}

void TestStrictJson::readFileRefusesLargeFilesUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(2048, ' ')) == 2048);
    file.close();
    const Result<QByteArray> big = StrictJson::readFile(path, 1024);
    QVERIFY(!big);
    QCOMPARE(big.error().code, ErrorCode::InvalidInput);
    QCOMPARE(big.error().message,
             path + QStringLiteral(": too large (2048 bytes); the limit is 1 KiB"));
    const Result<QByteArray> fits = StrictJson::readFile(path, 2048);
    QVERIFY(fits.ok());
    QCOMPARE(fits->size(), 2048);
    QCOMPARE(StrictJson::readFile(dir.filePath(QStringLiteral("none.json")), 1024).error().code,
             ErrorCode::OperationFailed);
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
