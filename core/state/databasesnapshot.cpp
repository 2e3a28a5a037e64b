#include "databasesnapshot.h"

#include "core/common/privatefiles.h"

#include <QFile>
#include <memory>
#include <sqlite3.h>
#include <thread>

namespace Hubstate::Core::DatabaseSnapshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hubstate::Core::DatabaseSnapshot", text);
}

struct Closer
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Result<Handle> openFile(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Handle handle(raw);
    if (rc != SQLITE_OK) {
        return Error::operationFailed(
            tr("Cannot open the database %1: %2")
                .arg(path, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))));
    }
    sqlite3_busy_timeout(raw, 10000);
    return handle;
}

} // namespace

Status take(const QString &livePath, const QString &snapshotPath)
{
    QFile::remove(snapshotPath);
    // The copy holds the whole history: 0600 before SQLite writes a page into it.
    if (Status created = PrivateFiles::createFile(snapshotPath); !created)
        return created;
    Result<Handle> source = openFile(livePath, SQLITE_OPEN_READONLY);
    if (!source)
        return source.error();
    Result<Handle> target = openFile(snapshotPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!target)
        return target.error();
    // The copy is a file on its own: no WAL beside it, and nothing to sync until it is read.
    sqlite3_exec(target->get(), "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF", nullptr, nullptr,
                 nullptr);
    sqlite3_backup *backup = sqlite3_backup_init(target->get(), "main", source->get(), "main");
    if (!backup) {
        return Error::operationFailed(
            tr("Cannot snapshot the database %1: %2")
                .arg(livePath, QString::fromUtf8(sqlite3_errmsg(target->get()))));
    }
    // All pages in one step: one read transaction, hence one consistent state.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        return Error::operationFailed(tr("Cannot snapshot the database %1: %2")
                                          .arg(livePath,
                                               QString::fromUtf8(sqlite3_errstr(
                                                   stepped != SQLITE_DONE ? stepped : finished))));
    }
    return {};
}

Result<QStringList> verify(const QString &path)
{
    // Each check on its own connection: integrity_check is the long one.
    const auto lines = [&path](const char *sql, QStringList *out) -> Status {
        Result<Handle> handle = openFile(path, SQLITE_OPEN_READONLY);
        if (!handle)
            return handle.error();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle->get(), sql, -1, &statement, nullptr) != SQLITE_OK) {
            out->append(path + QStringLiteral(": ")
                        + QString::fromUtf8(sqlite3_errmsg(handle->get())));
            return {};
        }
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const QString first = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (sqlite3_column_count(statement) == 1) {
                if (first != QLatin1String("ok"))
                    out->append(path + QStringLiteral(": ") + first);
            } else {
                out->append(tr("%1: row %2 of table %3 refers to a missing row of %4")
                                .arg(path, QString::number(sqlite3_column_int64(statement, 1)),
                                     first,
                                     QString::fromUtf8(reinterpret_cast<const char *>(
                                         sqlite3_column_text(statement, 2)))));
            }
        }
        if (rc != SQLITE_DONE)
            out->append(path + QStringLiteral(": ")
                        + QString::fromUtf8(sqlite3_errmsg(handle->get())));
        sqlite3_finalize(statement);
        return {};
    };
    QStringList integrity;
    QStringList foreignKeys;
    Status integrityRun;
    std::thread worker([&] { integrityRun = lines("PRAGMA integrity_check", &integrity); });
    const Status foreignKeysRun = lines("PRAGMA foreign_key_check", &foreignKeys);
    worker.join();
    if (!integrityRun)
        return integrityRun.error();
    if (!foreignKeysRun)
        return foreignKeysRun.error();
    return integrity + foreignKeys;
}

Result<Facts> inspect(const QString &path)
{
    Result<Handle> handle = openFile(path, SQLITE_OPEN_READONLY);
    if (!handle)
        return handle.error();
    const auto integer = [&](const char *sql) -> qint64 {
        sqlite3_stmt *statement = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(handle->get(), sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
        return value;
    };
    Facts facts;
    facts.schemaVersion = int(integer("PRAGMA user_version"));
    if (facts.schemaVersion < 0) {
        return Error::damaged(tr("%1 is not a readable database: %2")
                                  .arg(path, QString::fromUtf8(sqlite3_errmsg(handle->get()))));
    }
    const std::pair<const char *, const char *> tables[] = {
        {"layouts", "SELECT count(*) FROM layouts"},
        {"agents", "SELECT count(*) FROM agents"},
        {"conversations", "SELECT count(*) FROM conversations"},
        {"messages", "SELECT count(*) FROM messages"},
        {"secrets", "SELECT count(*) FROM secret_index"},
    };
    for (const auto &[name, sql] : tables) {
        const qint64 count = integer(sql);
        if (count >= 0)
            facts.counts.insert(QString::fromLatin1(name), count);
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle->get(), "SELECT name FROM secret_index ORDER BY name", -1,
                           &statement, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            facts.secretNames.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        }
    }
    sqlite3_finalize(statement);
    return facts;
}

} // namespace Hubstate::Core::DatabaseSnapshot
