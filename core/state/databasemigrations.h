#pragma once

#include <QList>
#include <QStringList>

namespace Hubstate::Core {

// The database ladder: the statements that take version N to N + 1, each step run in one
// transaction. Step 0 creates a database from nothing.
struct DatabaseMigration
{
    int fromVersion = 0;
    QStringList statements;
};

QList<DatabaseMigration> databaseMigrations();

// The trigger that indexes each new message; bulk imports lift it and index in one statement.
QString messagesFtsInsertTrigger();

} // namespace Hubstate::Core
