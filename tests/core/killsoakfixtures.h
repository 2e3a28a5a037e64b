#pragma once

// What the kill loops of tst_killsoak write and read back: the versions of the layout they
// save, the history files they import, SQL reads of the database, and their tallies.
#include "testfiles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Hubstate::Tests {

inline const QString kTargetLayout = QStringLiteral("5a0c7e2e-0000-4000-8000-00000000a001");
inline const QString kWriterLayout = QStringLiteral("5a0c7e2e-0000-4000-8000-00000000a002");
inline const QString kWriterSetting = QStringLiteral("agents.timeout");
// The history writer's conversations are "w-N"; history imports killed are "t-ROUND-a/b".
inline const QString kWriterConversations = QStringLiteral("w");
inline constexpr int kImportedMessages = 600;

inline QVariant sqlValue(const QString &database, const QString &sql)
{
    const QString name =
        QStringLiteral("soak-") + QString::number(QRandomGenerator::global()->generate());
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

inline qint64 sqlCount(const QString &database, const QString &sql)
{
    const QVariant value = sqlValue(database, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

// Runs `statements` with foreign keys on (the deletes cascade); false when one fails.
inline bool sqlExecute(const QString &database, const QStringList &statements)
{
    const QString name =
        QStringLiteral("soak-") + QString::number(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Layout version N: 1 to 3 panes in a row, its own name, titles and tags.
inline QJsonObject targetLayout(int version)
{
    const int panes = 1 + version % 3;
    QJsonArray paneArray;
    for (int c = 0; c < panes; ++c) {
        paneArray.append(
            QJsonObject{{QStringLiteral("title"), QStringLiteral("t%1-%2").arg(version).arg(c)},
                        {QStringLiteral("cell"),
                         QJsonObject{{QStringLiteral("column"), c}, {QStringLiteral("row"), 0}}}});
    }
    QJsonArray tags{QStringLiteral("soak"), QStringLiteral("v%1").arg(version)};
    if (version % 2)
        tags.append(QStringLiteral("odd"));
    return QJsonObject{
        {QStringLiteral("id"), kTargetLayout},
        {QStringLiteral("name"), QStringLiteral("target %1").arg(version)},
        {QStringLiteral("type"), QStringLiteral("custom")},
        {QStringLiteral("grid"),
         QJsonObject{{QStringLiteral("columns"), panes}, {QStringLiteral("rows"), 1}}},
        {QStringLiteral("panes"), paneArray},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("showHeaders"), version % 2 == 0}}},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("createdAt"), QStringLiteral("2026-03-01T10:00:00Z")},
                     {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00Z")},
                     {QStringLiteral("tags"), tags}}}};
}

inline QStringList sortedTags(const QJsonObject &layout)
{
    QStringList tags;
    for (const QJsonValue &tag :
         layout[QStringLiteral("metadata")][QStringLiteral("tags")].toArray())
        tags.append(tag.toString());
    tags.sort();
    return tags;
}

// What tells one version of the target layout from another, whole: name, grid, panes, tags.
inline QString layoutSignature(const QJsonObject &layout)
{
    QStringList titles;
    for (const QJsonValue &pane : layout[QStringLiteral("panes")].toArray())
        titles.append(pane[QStringLiteral("title")].toString());
    return layout[QStringLiteral("name")].toString() + u'|'
        + QString::number(layout[QStringLiteral("grid")][QStringLiteral("columns")].toInt()) + u'|'
        + titles.join(u',') + u'|' + sortedTags(layout).join(u',') + u'|'
        + (layout[QStringLiteral("settings")][QStringLiteral("showHeaders")].toBool()
               ? QStringLiteral("headers")
               : QStringLiteral("plain"));
}

// Messages of two conversations "t-ROUND-a" and "t-ROUND-b", each carrying the word
// "soakmarkROUND" for the full-text index.
inline QByteArray historyFile(int round)
{
    QByteArray lines;
    for (int n = 0; n < kImportedMessages; ++n) {
        lines += QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("conversationId"),
                          QStringLiteral("t-%1-%2").arg(round).arg(n % 2 ? u'b' : u'a')},
                         {QStringLiteral("agentId"), QStringLiteral("scout")},
                         {QStringLiteral("role"),
                          n % 2 ? QStringLiteral("assistant") : QStringLiteral("user")},
                         {QStringLiteral("content"),
                          QStringLiteral("soakmark%1 line %2 of the zeppelin").arg(round).arg(n)},
                         {QStringLiteral("timestamp"),
                          QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC)
                              .addSecs(n)
                              .toString(Qt::ISODate)}})
                     .toJson(QJsonDocument::Compact)
            + '\n';
    }
    return lines;
}

// A stable hash of a test function's name, so that one seed gives each path its own choices.
inline quint32 nameHash(const char *name)
{
    quint32 hash = 2166136261u;
    for (; *name; ++name)
        hash = (hash ^ quint8(*name)) * 16777619u;
    return hash;
}

struct Checks
{
    QString context;
    QStringList problems;
    void expect(bool ok, const QString &problem)
    {
        if (!ok)
            problems.append(problem);
    }
};

struct Tally
{
    int rounds = 0;
    int killed = 0; // SIGKILL ended the command
    int finished = 0; // it finished by itself before the kill
    int refused = 0; // it failed by itself before the kill, with a known fault
    int refusedNew = 0; // of those, the ones whose change was there all the same
    int sawOld = 0; // afterwards the change was wholly absent
    int sawNew = 0; // afterwards the change was wholly there
    int partial = 0; // prune only: some of the old backups gone (each removal is a change)
    int writerAcks = 0;
    int writerFailures = 0;
    int writerKnownFailures = 0;
    int staleTemporaries = 0; // commands that met a temporary file left with their PID
    int failures = 0;
    QStringList problems;
    QStringList known; // the first few messages of known faults
};

} // namespace Hubstate::Tests
