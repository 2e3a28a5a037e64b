// Numbers and times in files that no C++ type holds, as the fuzzers found them: refused with
// their path, never cast (a cast of 1e300 to an integer is undefined behaviour) and never
// accepted in a form that cannot be written back.
#include "core/backup/backupcatalog.h"
#include "core/backup/manifest.h"
#include "core/common/timestamps.h"
#include "core/state/layoutcodec.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

namespace {

QByteArray manifestWith(const QByteArray &counts, const QByteArray &size,
                        const QByteArray &createdAt = "2026-01-31T12:00:00Z")
{
    return R"({"format": "hubstate-backup", "formatVersion": 1, "createdAt": ")" + createdAt
        + R"(", "databaseVersion": 3, "settingsVersion": 2, "counts": )" + counts
        + R"(, "entries": [{"name": "database.sqlite", "size": )" + size + R"(, "sha256": ")"
        + QByteArray(64, '0') + R"("}]})";
}

QByteArray catalogWith(const QByteArray &size, const QByteArray &createdAt)
{
    return R"({"version": 1, "backups": [{"file": "hubstate-20260131T120000Z.tar.zst",
        "destination": "/backups", "createdAt": ")"
        + createdAt + R"(", "size": )" + size + R"(, "state": "verified"}]})";
}

} // namespace

class TestInputRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsThatCannotBeWrittenBack_data();
    void timestampsThatCannotBeWrittenBack();
    void manifestNumbers_data();
    void manifestNumbers();
    void catalogRecordsThatCannotBeKeptAreDropped_data();
    void catalogRecordsThatCannotBeKeptAreDropped();
    void layoutIntegersBeyondInt();
};

void TestInputRanges::timestampsThatCannotBeWrittenBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << "2026-01-31T12:00:00Z" << true;
    QTest::newRow("last second") << "9999-12-31T23:59:59Z" << true;
    QTest::newRow("first second") << "0001-01-01T00:00:00Z" << true;
    QTest::newRow("offset past 9999") << "9999-12-31T23:59:59-14:00" << false;
    QTest::newRow("offset before year 1") << "0001-01-01T00:00:00+14:00" << false;
}

void TestInputRanges::timestampsThatCannotBeWrittenBack()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const QDateTime parsed = parseTimestamp(text);
    QCOMPARE(parsed.isValid(), accepted);
    if (accepted)
        QCOMPARE(parseTimestamp(parsed.toString(Qt::ISODateWithMs)), parsed);
}

void TestInputRanges::manifestNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("whole numbers") << manifestWith(R"({"messages": 20})", "122880") << QString();
    QTest::newRow("largest exact size") << manifestWith("{}", "9007199254740992") << QString();
    QTest::newRow("huge size") << manifestWith("{}", "1e300") << "entries[0].size";
    QTest::newRow("fractional size") << manifestWith("{}", "1.5") << "entries[0].size";
    QTest::newRow("huge count") << manifestWith(R"({"messages": 1e300})", "1") << "counts.messages";
    QTest::newRow("negative count") << manifestWith(R"({"layouts": -1})", "1") << "counts.layouts";
    QTest::newRow("count as text") << manifestWith(R"({"agents": "2"})", "1") << "counts.agents";
    QTest::newRow("time past 9999")
        << manifestWith("{}", "1", "9999-12-31T23:59:59-05:00") << "createdAt";
}

void TestInputRanges::manifestNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const Result<BackupManifest> manifest =
        BackupManifest::fromJson(json, QStringLiteral("x.tar.zst"));
    if (problem.isEmpty()) {
        QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().message));
        // What is accepted is written back and read again unchanged.
        const Result<BackupManifest> again =
            BackupManifest::fromJson(manifest->toJson(), QStringLiteral("again"));
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), manifest->toJson());
        return;
    }
    QVERIFY(!manifest.ok());
    QCOMPARE(manifest.error().code, ErrorCode::Damaged);
    QVERIFY2(manifest.error().message.contains(problem), qPrintable(manifest.error().message));
}

void TestInputRanges::catalogRecordsThatCannotBeKeptAreDropped_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("kept");
    QTest::newRow("good") << catalogWith("9997", "2026-01-31T12:00:00Z") << true;
    QTest::newRow("huge size") << catalogWith("1e300", "2026-01-31T12:00:00Z") << false;
    QTest::newRow("negative size") << catalogWith("-5", "2026-01-31T12:00:00Z") << false;
    QTest::newRow("time past 9999") << catalogWith("9997", "9999-12-31T23:59:59-05:00") << false;
}

void TestInputRanges::catalogRecordsThatCannotBeKeptAreDropped()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, kept);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("backups.json"));
    QVERIFY(Hubstate::Tests::writeFile(path, json));
    BackupCatalog catalog(path);
    QVERIFY(catalog.load().ok());
    QCOMPARE(catalog.records().size(), kept ? 1 : 0);
    QCOMPARE(catalog.notices().isEmpty(), kept); // a dropped record is reported
    if (!kept)
        return;
    // A record that loads survives a save and a load.
    QVERIFY(catalog.save().ok());
    BackupCatalog again(path);
    QVERIFY(again.load().ok());
    QVERIFY(again.notices().isEmpty());
    QCOMPARE(again.records().size(), 1);
    QCOMPARE(again.records().first().toJson(), catalog.records().first().toJson());
}

void TestInputRanges::layoutIntegersBeyondInt()
{
    QByteArray json = Hubstate::Tests::readFile(QStringLiteral(HUBSTATE_TEST_DATA)
                                                + QStringLiteral("/layouts/custom-valid.json"));
    json.replace(R"("rows": 2)", R"("rows": 2e23)");
    QVERIFY(json.contains("2e23"));
    Violations problems;
    (void)LayoutCodec::parse(json, QStringLiteral("wide.json"), &problems);
    QStringList errors;
    for (const Violation &problem : std::as_const(problems)) {
        if (problem.isError())
            errors.append(problem.toString());
    }
    QCOMPARE(errors, QStringList{QStringLiteral("grid.rows: must be a whole number")});
}

QTEST_GUILESS_MAIN(TestInputRanges)
#include "tst_inputranges.moc"
