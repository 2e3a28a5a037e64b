#include "maintenancecommand.h"

#include "clicontext.h"
#include "core/settings/preferencesstore.h"
#include "core/state/integritycheck.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

int MaintenanceCommand::check(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {}, {QStringLiteral("--full")});
    if (!parsed.problem.isEmpty() || !parsed.positional.isEmpty())
        return m_context.usage(tr("usage: check [--full]"));
    Result<PreferencesStore *> settings = m_context.store();
    if (!settings)
        return m_context.fail(settings.error());
    Result<StateDatabase *> database = m_context.database();
    if (!database) {
        // A database that cannot even be opened is the worst damage there is.
        return m_context.fail(database.error());
    }
    const IntegrityCheck::Report report = IntegrityCheck::run(
        **database, **settings, parsed.flags.contains(QStringLiteral("--full")));
    if (m_context.json()) {
        QJsonArray invalid;
        QJsonArray warnings;
        for (const Violations *problems : {&report.layoutProblems, &report.settingsProblems}) {
            for (const Violation &violation : *problems)
                (violation.isError() ? invalid : warnings).append(violation.toString());
        }
        m_context.printJson(
            QJsonObject{{QStringLiteral("clean"), report.isClean()},
                        {QStringLiteral("damage"), QJsonArray::fromStringList(report.damage)},
                        {QStringLiteral("invalid"), invalid},
                        {QStringLiteral("warnings"), warnings}});
    } else {
        for (const QString &damage : report.damage) {
            for (const QString &line : damage.split(u'\n', Qt::SkipEmptyParts))
                m_context.error(tr("damaged: %1").arg(line));
        }
        // The settings' problems were reported when they were opened.
        m_context.report(report.layoutProblems);
        if (report.isClean())
            m_context.out() << tr("%1: ok").arg((*database)->path()) << Qt::endl;
    }
    if (!report.damage.isEmpty())
        return static_cast<int>(ErrorCode::Damaged);
    return report.isClean() ? 0 : static_cast<int>(ErrorCode::InvalidInput);
}

int MaintenanceCommand::dev(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(tr("dev needs a subcommand: generate-profile, generate-history"));
    const QString subcommand = arguments.takeFirst();
    const bool history = subcommand == QLatin1String("generate-history");
    if (!history && subcommand != QLatin1String("generate-profile"))
        return m_context.usage(tr("unknown dev subcommand \"%1\"").arg(subcommand));
    const CliContext::Arguments parsed = CliContext::parse(
        arguments,
        history ? QStringList{QStringLiteral("--messages"), QStringLiteral("--agents")}
                : QStringList{QStringLiteral("--messages"), QStringLiteral("--layouts"),
                              QStringLiteral("--agents")});
    ProfileGenerator::Size size;
    bool ok = parsed.problem.isEmpty() && parsed.positional.size() == (history ? 1 : 0);
    const auto number = [&](const QString &option, qint64 fallback, qint64 maximum) {
        bool valid = true;
        const qint64 value =
            parsed.values.value(option, QString::number(fallback)).toLongLong(&valid);
        ok = ok && valid && value >= 0 && value <= maximum;
        return value;
    };
    size.messages = number(QStringLiteral("--messages"), size.messages, 100'000'000);
    size.layouts = int(number(QStringLiteral("--layouts"), size.layouts, 10'000));
    size.agents = int(number(QStringLiteral("--agents"), size.agents, 100));
    if (!ok) {
        return m_context.usage(
            history ? tr("usage: dev generate-history FILE [--messages N] [--agents N]")
                    : tr("usage: dev generate-profile [--messages N] [--layouts N] [--agents N]"));
    }
    if (history) {
        if (Status written = ProfileGenerator::writeHistory(parsed.positional.first(), size);
            !written)
            return m_context.fail(written.error());
        return 0;
    }
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    if (Status filled =
            ProfileGenerator::fill(**database, m_context.profile().cacheDirectory(), size);
        !filled)
        return m_context.fail(filled.error());
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("database"), (*database)->path()},
                                        {QStringLiteral("messages"), size.messages},
                                        {QStringLiteral("layouts"), size.layouts},
                                        {QStringLiteral("agents"), size.agents}});
    } else {
        m_context.out() << tr("%1: generated messages: %2, layouts: %3, agents: %4")
                               .arg((*database)->path())
                               .arg(size.messages)
                               .arg(size.layouts)
                               .arg(size.agents)
                        << Qt::endl;
    }
    return 0;
}

} // namespace Hubstate::Cli
