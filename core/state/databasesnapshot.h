#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Hubstate::Core {

// A consistent copy of a live database through SQLite's online backup API: one read
// transaction, so writers in other connections and processes go on (WAL) and the copy holds
// exactly the transactions committed before it started. Never a file copy, which could catch
// a half-written page or miss the WAL.
namespace DatabaseSnapshot {

[[nodiscard]] Status take(const QString &livePath, const QString &snapshotPath);

struct Facts
{
    int schemaVersion = 0;
    QMap<QString, qint64> counts; // layouts, agents, conversations, messages, secrets
    QStringList secretNames; // the secret index (names only)
};
// integrity_check and foreign_key_check of a database no one else has open, on two cores at
// once; one line per problem, each naming the file. Used to validate a restore's staging copy.
[[nodiscard]] Result<QStringList> verify(const QString &path);

// Reads a snapshot (or any database file) without changing it.
[[nodiscard]] Result<Facts> inspect(const QString &path);

} // namespace DatabaseSnapshot

} // namespace Hubstate::Core
