#include "layoutrepository.h"

#include "layoutcodec.h"
#include "layouttemplates.h"
#include "statedatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Hubstate::Core {

LayoutRepository::LayoutRepository(StateDatabase &database, LayoutRules rules)
    : m_database(database)
    , m_rules(rules)
{
}

Status LayoutRepository::ensureTemplates()
{
    Result<int> existing = count();
    if (!existing)
        return existing.error();
    if (*existing > 0 || m_database.isReadOnly())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Layout &layout : LayoutTemplates::all(now)) {
        // An admin's stricter rules (say gridSize 2) leave out the templates they forbid.
        if (hasErrors(m_rules.check(layout)))
            continue;
        if (Status saved = save(layout); !saved)
            return saved;
    }
    return {};
}

Result<int> LayoutRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM layouts")) || !query.next())
        return sqlError(tr("Cannot count layouts"), query.lastError());
    return query.value(0).toInt();
}

Result<QList<LayoutSummary>> LayoutRepository::list(const QString &tag) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, name, type, json_array_length(document, '$.panes'), updated_at, user_id, "
        "(SELECT group_concat(tag, char(31)) FROM layout_tags WHERE layout_id = layouts.id) "
        "FROM layouts WHERE (:tag = '' OR id IN (SELECT layout_id FROM layout_tags WHERE tag = "
        ":tag)) "
        "ORDER BY name COLLATE NOCASE, id"));
    query.bindValue(QStringLiteral(":tag"), tag.isNull() ? QStringLiteral("") : tag);
    if (!query.exec())
        return sqlError(tr("Cannot list layouts"), query.lastError());
    QList<LayoutSummary> summaries;
    while (query.next()) {
        LayoutSummary summary;
        summary.id = query.value(0).toString();
        summary.name = query.value(1).toString();
        summary.type = query.value(2).toString();
        summary.paneCount = query.value(3).toInt();
        summary.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        summary.userId = query.value(5).toString();
        const QString tags = query.value(6).toString();
        summary.tags = tags.isEmpty() ? QStringList() : tags.split(QChar(31));
        summary.tags.sort();
        summaries.append(summary);
    }
    return summaries;
}

Result<std::optional<Layout>> LayoutRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT document FROM layouts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot read layout %1").arg(id), query.lastError());
    if (!query.next())
        return std::optional<Layout>();
    Violations problems;
    const Layout layout = LayoutCodec::parse(query.value(0).toByteArray(), id, &problems);
    if (hasErrors(problems)) {
        return Error::damaged(tr("Layout %1 in %2 is damaged: %3")
                                  .arg(id, m_database.path(), problems.first().toString()));
    }
    return std::optional<Layout>(layout);
}

Status LayoutRepository::save(const Layout &layout)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    const Violations problems = m_rules.check(layout);
    if (hasErrors(problems)) {
        QStringList lines;
        for (const Violation &problem : problems) {
            if (problem.isError())
                lines.append(problem.toString());
        }
        return Error::invalidInput(lines.join(u'\n'));
    }
    QSqlDatabase database = m_database.connection();
    Transaction transaction(database);
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "INSERT INTO layouts (id, name, type, user_id, created_at, updated_at, document) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "type = excluded.type, user_id = excluded.user_id, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, document = excluded.document"));
    query.addBindValue(layout.id);
    query.addBindValue(layout.name);
    query.addBindValue(layout.type);
    query.addBindValue(layout.userId.isEmpty() ? QVariant() : QVariant(layout.userId));
    query.addBindValue(layout.createdAt.toMSecsSinceEpoch());
    query.addBindValue(layout.updatedAt.toMSecsSinceEpoch());
    query.addBindValue(QJsonDocument(LayoutCodec::toJson(layout)).toJson(QJsonDocument::Compact));
    if (!query.exec())
        return sqlError(tr("Cannot save layout %1").arg(layout.id), query.lastError());
    query.prepare(QStringLiteral("DELETE FROM layout_tags WHERE layout_id = ?"));
    query.addBindValue(layout.id);
    if (!query.exec())
        return sqlError(tr("Cannot save layout %1").arg(layout.id), query.lastError());
    for (const QString &tag : layout.tags) {
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO layout_tags (layout_id, tag) VALUES (?, ?)"));
        query.addBindValue(layout.id);
        query.addBindValue(tag);
        if (!query.exec())
            return sqlError(tr("Cannot save layout %1").arg(layout.id), query.lastError());
    }
    return transaction.commit();
}

Status LayoutRepository::remove(const QString &id)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    // A transaction, as every write: its commit tells other processes (ChangeAnnouncer).
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM layouts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot delete layout %1").arg(id), query.lastError());
    if (query.numRowsAffected() == 0)
        return Error::invalidInput(tr("No layout with id %1").arg(id));
    return transaction.commit();
}

Result<Violations> LayoutRepository::checkAll() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, document FROM layouts ORDER BY id")))
        return sqlError(tr("Cannot read layouts"), query.lastError());
    Violations all;
    while (query.next()) {
        const QString id = query.value(0).toString();
        Violations problems;
        const Layout layout = LayoutCodec::parse(query.value(1).toByteArray(), id, &problems);
        if (!hasErrors(problems))
            problems += m_rules.check(layout);
        if (!hasErrors(problems) && layout.id != id)
            problems.append({QStringLiteral("id"), tr("differs from the row's id %1").arg(id),
                             layout.id, Violation::Severity::Error, true});
        for (Violation &problem : problems) {
            problem.path = tr("layout %1: %2").arg(id, problem.path);
            all.append(problem);
        }
    }
    return all;
}

} // namespace Hubstate::Core
