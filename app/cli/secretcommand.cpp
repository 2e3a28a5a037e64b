#include "secretcommand.h"

#include "clicontext.h"
#include "core/crypto/primitives.h"
#include "core/secrets/secretstore.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <cstdio>
#include <unistd.h>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

namespace {
SecretStore storeFor(const CliContext &context)
{
    return SecretStore(context.profile().keychainScope());
}
} // namespace

int SecretCommand::run(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(tr("secret needs a subcommand: status, list, set, get, delete"));
    const QString subcommand = arguments.takeFirst();
    if (subcommand == QLatin1String("status") && arguments.isEmpty())
        return status();
    if (subcommand == QLatin1String("list") && arguments.isEmpty())
        return list();
    if (subcommand == QLatin1String("set"))
        return set(arguments);
    if (subcommand == QLatin1String("get") && arguments.size() == 1)
        return get(arguments.first());
    if (subcommand == QLatin1String("delete") && arguments.size() == 1)
        return remove(arguments.first());
    return m_context.usage(tr("usage: secret status | list | set NAME [--purpose TEXT] [--binary] "
                              "| get NAME | delete NAME"));
}

int SecretCommand::status()
{
    const SecretStore::HealthReport report = storeFor(m_context).probe();
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("health"), SecretStore::healthName(report.health)},
                        {QStringLiteral("message"), report.message}});
    } else if (report.health == SecretStore::Health::Healthy) {
        m_context.out() << SecretStore::healthName(report.health) << ": " << report.message
                        << Qt::endl;
    }
    if (report.health == SecretStore::Health::Healthy)
        return 0;
    if (!m_context.json())
        m_context.error(report.message);
    return static_cast<int>(ErrorCode::OperationFailed);
}

int SecretCommand::list()
{
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<QList<SecretEntry>> entries = SecretIndex(**database).list();
    if (!entries)
        return m_context.fail(entries.error());
    const SecretStore store = storeFor(m_context);
    const SecretStore::HealthReport health = store.probe();
    if (health.health != SecretStore::Health::Healthy)
        m_context.warning(tr("cannot tell which secrets are present: %1").arg(health.message));
    QJsonArray array;
    for (const SecretEntry &entry : *entries) {
        QString state = QStringLiteral("unknown");
        if (health.health == SecretStore::Health::Healthy) {
            Result<QByteArray> value = store.read(entry.name);
            state = value
                ? QStringLiteral("present")
                : (value.error().code == ErrorCode::InvalidInput ? QStringLiteral("missing")
                                                                 : QStringLiteral("unknown"));
        }
        if (m_context.json()) {
            array.append(
                QJsonObject{{QStringLiteral("name"), entry.name},
                            {QStringLiteral("purpose"), entry.purpose},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("updatedAt"), entry.updatedAt.toString(Qt::ISODate)}});
        } else {
            m_context.out() << entry.name << "  " << state << "  " << entry.purpose << '\n';
        }
    }
    if (m_context.json())
        m_context.printJson(array);
    m_context.out().flush();
    return 0;
}

int SecretCommand::set(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {QStringLiteral("--purpose")}, {QStringLiteral("--binary")});
    if (!parsed.problem.isEmpty() || parsed.positional.size() != 1)
        return m_context.usage(
            tr("usage: secret set NAME [--purpose TEXT] [--binary] (the value on stdin)"));
    const QString name = parsed.positional.first();
    if (!SecretStore::isValidName(name))
        return m_context.fail(Error::invalidInput(
            tr("\"%1\" is not a secret name (letters, digits, '.', '_', '-')").arg(name)));

    // The value comes on stdin, never on the command line where `ps` and shells keep it.
    // Unbuffered, so that no stdio or QIODevice buffer keeps a copy that nobody wipes.
    std::setvbuf(stdin, nullptr, _IONBF, 0);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return m_context.fail(Error::operationFailed(tr("Cannot read the secret from stdin")));
    QByteArray value = input.readAll();
    // Overwritten on every way out, as the master key is (the keychain job's copy is gone then).
    const auto wipeValue = qScopeGuard([&value] { Crypto::wipe(value); });
    // Text secrets usually arrive with the newline of `echo`; --binary keeps every byte.
    if (!parsed.flags.contains(QStringLiteral("--binary")) && value.endsWith('\n'))
        value.chop(value.endsWith("\r\n") ? 2 : 1);
    if (value.isEmpty())
        return m_context.fail(
            Error::invalidInput(tr("secret %1: the value on stdin is empty").arg(name)));

    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    if (Status written = storeFor(m_context).write(name, value); !written)
        return m_context.fail(written.error());
    if (Status recorded =
            SecretIndex(**database).record(name, parsed.values.value(QStringLiteral("--purpose")));
        !recorded)
        return m_context.fail(recorded.error());
    if (m_context.json())
        m_context.printJson(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("stored"), true}});
    return 0;
}

int SecretCommand::get(const QString &name)
{
    Result<QByteArray> value = storeFor(m_context).read(name);
    if (!value)
        return m_context.fail(value.error());
    // Bytes as stored, nothing added, unless a person reads them on a terminal.
    std::fwrite(value->constData(), 1, size_t(value->size()), stdout);
    Crypto::wipe(value.value());
    if (::isatty(STDOUT_FILENO))
        std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

int SecretCommand::remove(const QString &name)
{
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    if (Status removed = storeFor(m_context).remove(name); !removed)
        return m_context.fail(removed.error());
    if (Status unindexed = SecretIndex(**database).remove(name); !unindexed)
        return m_context.fail(unindexed.error());
    return 0;
}

} // namespace Hubstate::Cli
