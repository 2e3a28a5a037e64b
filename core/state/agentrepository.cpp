#include "agentrepository.h"

#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "statedatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Hubstate::Core {

namespace {

Violation problem(const QString &path, const QString &message, const QString &value = {})
{
    return Violation{path, message, value, Violation::Severity::Error, !value.isNull()};
}

AgentConfig fromRow(const QSqlQuery &query)
{
    AgentConfig agent;
    agent.id = query.value(0).toString();
    agent.name = query.value(1).toString();
    agent.kind = query.value(2).toString();
    agent.endpoint = query.value(3).toString();
    agent.model = query.value(4).toString();
    agent.timeoutMs = query.value(5).toInt();
    agent.retryAttempts = query.value(6).toInt();
    agent.enabled = query.value(7).toBool();
    agent.secretName = query.value(8).toString();
    return agent;
}

const QString kColumns = QStringLiteral(
    "id, name, kind, endpoint, model, timeout_ms, retry_attempts, enabled, secret_name");

} // namespace

AgentRules AgentRules::fromSettings(const PreferencesStore &settings)
{
    AgentRules rules;
    rules.maxAgents = int(settings.value(QStringLiteral("agents.maxAgents")).toLongLong());
    rules.requireTls = settings.value(QStringLiteral("security.requireTls")).toBool();
    return rules;
}

AgentRepository::AgentRepository(StateDatabase &database, AgentRules rules)
    : m_database(database)
    , m_rules(rules)
{
}

Violations AgentRepository::check(const AgentConfig &agent) const
{
    Violations problems;
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!identifier.match(agent.id).hasMatch())
        problems.append(problem(QStringLiteral("id"),
                                tr("must be 1 to 64 letters, digits, '.', '_' or '-'"), agent.id));
    if (agent.name.trimmed().isEmpty())
        problems.append(problem(QStringLiteral("name"), tr("must not be empty")));
    if (agent.kind.trimmed().isEmpty())
        problems.append(problem(QStringLiteral("kind"), tr("must not be empty")));
    if (agent.model.trimmed().isEmpty())
        problems.append(problem(QStringLiteral("model"), tr("must not be empty")));
    const QUrl url(agent.endpoint, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        problems.append(problem(QStringLiteral("endpoint"), tr("must be an http or https address"),
                                agent.endpoint));
    } else if (m_rules.requireTls && scheme != QLatin1String("https")) {
        problems.append(problem(QStringLiteral("endpoint"),
                                tr("must use https while security.requireTls is on"),
                                agent.endpoint));
    }
    if (!url.userInfo().isEmpty()
        || url.query().contains(QLatin1String("key"), Qt::CaseInsensitive))
        problems.append(problem(QStringLiteral("endpoint"),
                                tr("must not carry credentials; store them as a secret")));
    if (agent.timeoutMs > 300000)
        problems.append(problem(QStringLiteral("timeout"), tr("exceeds maximum value of 300000"),
                                QString::number(agent.timeoutMs)));
    if (agent.timeoutMs < 1000)
        problems.append(problem(QStringLiteral("timeout"), tr("is below minimum value of 1000"),
                                QString::number(agent.timeoutMs)));
    if (agent.retryAttempts > 10)
        problems.append(problem(QStringLiteral("retryAttempts"), tr("exceeds maximum value of 10"),
                                QString::number(agent.retryAttempts)));
    if (agent.retryAttempts < 0)
        problems.append(problem(QStringLiteral("retryAttempts"), tr("is below minimum value of 0"),
                                QString::number(agent.retryAttempts)));
    if (!agent.secretName.isEmpty() && !SecretStore::isValidName(agent.secretName))
        problems.append(problem(QStringLiteral("secretName"),
                                tr("must name a secret (letters, digits, '.', '_', '-'), never "
                                   "hold one")));
    return problems;
}

Result<QList<AgentConfig>> AgentRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
                    + QStringLiteral(" FROM agents ORDER BY name, id")))
        return sqlError(tr("Cannot list agents"), query.lastError());
    QList<AgentConfig> agents;
    while (query.next())
        agents.append(fromRow(query));
    return agents;
}

Result<std::optional<AgentConfig>> AgentRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM agents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot read agent %1").arg(id), query.lastError());
    if (!query.next())
        return std::optional<AgentConfig>();
    return std::optional<AgentConfig>(fromRow(query));
}

Status AgentRepository::save(const AgentConfig &agent)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    const Violations problems = check(agent);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Violation &violation : problems)
            lines.append(tr("agent %1: %2").arg(agent.id, violation.toString()));
        return Error::invalidInput(lines.join(u'\n'));
    }
    QSqlDatabase database = m_database.connection();
    Transaction transaction(database);
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT count(*) FROM agents WHERE id <> ?"));
    query.addBindValue(agent.id);
    if (!query.exec() || !query.next())
        return sqlError(tr("Cannot count agents"), query.lastError());
    if (query.value(0).toInt() >= m_rules.maxAgents) {
        return Error::invalidInput(
            tr("agent %1: a profile holds at most %2 agents (agents.maxAgents)")
                .arg(agent.id)
                .arg(m_rules.maxAgents));
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO agents (") + kColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(agent.id);
    query.addBindValue(agent.name);
    query.addBindValue(agent.kind);
    query.addBindValue(agent.endpoint);
    query.addBindValue(agent.model);
    query.addBindValue(agent.timeoutMs);
    query.addBindValue(agent.retryAttempts);
    query.addBindValue(agent.enabled);
    query.addBindValue(agent.secretName.isEmpty() ? QVariant() : QVariant(agent.secretName));
    if (!query.exec())
        return sqlError(tr("Cannot save agent %1").arg(agent.id), query.lastError());
    return transaction.commit();
}

Status AgentRepository::remove(const QString &id)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    // A transaction, as every write: its commit tells other processes (ChangeAnnouncer).
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM agents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot delete agent %1").arg(id), query.lastError());
    if (query.numRowsAffected() == 0)
        return Error::invalidInput(tr("No agent with id %1").arg(id));
    return transaction.commit();
}

} // namespace Hubstate::Core
