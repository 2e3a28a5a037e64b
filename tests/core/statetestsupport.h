#pragma once

// Helpers shared by the state tests: a database in a temporary profile.
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Hubstate::Tests {

// Builds a database from an SQL fixture whose statements end with ";" at a line's end.
inline bool buildFromSql(const QString &databasePath, const QString &sqlPath)
{
    const QString name = QStringLiteral("fixture-") + databasePath;
    bool ok = true;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(databasePath);
        ok = database.open();
        QString statement;
        const QStringList lines = QString::fromUtf8(readFile(sqlPath)).split(u'\n');
        for (const QString &line : lines) {
            if (!ok || line.startsWith(QLatin1String("--")))
                continue;
            statement += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                QSqlQuery query(database);
                if (!query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                }
                statement.clear();
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Hubstate::Tests
