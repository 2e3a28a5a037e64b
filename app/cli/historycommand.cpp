#include "historycommand.h"

#include "clicontext.h"
#include "core/state/historyimporter.h"
#include "core/state/historyrepository.h"
#include "core/state/statedatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

int HistoryCommand::run(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(tr("history needs a subcommand: import, search, stats"));
    const QString subcommand = arguments.takeFirst();
    if (subcommand == QLatin1String("import"))
        return import(arguments);
    if (subcommand == QLatin1String("search"))
        return search(arguments);
    if (subcommand == QLatin1String("stats"))
        return stats(arguments);
    return m_context.usage(tr("unknown history subcommand \"%1\"").arg(subcommand));
}

int HistoryCommand::import(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("usage: history import FILE"));
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<ImportReport> report = HistoryImporter(**database).importFile(arguments.first());
    if (!report)
        return m_context.fail(report.error());
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("file"), arguments.first()},
                        {QStringLiteral("lines"), report->lines},
                        {QStringLiteral("imported"), report->imported},
                        {QStringLiteral("alreadyPresent"), report->alreadyPresent},
                        {QStringLiteral("newConversations"), report->newConversations}});
    } else {
        m_context.out()
            << tr("%1: messages imported: %2, already present: %3, new conversations: %4")
                   .arg(arguments.first())
                   .arg(report->imported)
                   .arg(report->alreadyPresent)
                   .arg(report->newConversations)
            << Qt::endl;
    }
    return 0;
}

int HistoryCommand::search(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {QStringLiteral("--limit")});
    bool limitOk = true;
    const int limit =
        parsed.values.value(QStringLiteral("--limit"), QStringLiteral("20")).toInt(&limitOk);
    if (!parsed.problem.isEmpty() || parsed.positional.isEmpty() || !limitOk || limit < 1
        || limit > 10000)
        return m_context.usage(tr("usage: history search QUERY [--limit N] (N from 1 to 10000)"));
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<QList<SearchHit>> hits =
        HistoryRepository(**database).search(parsed.positional.join(u' '), limit);
    if (!hits)
        return m_context.fail(hits.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            array.append(QJsonObject{
                {QStringLiteral("messageId"), hit.message.id},
                {QStringLiteral("conversationId"), hit.message.conversationId},
                {QStringLiteral("agentId"), hit.agentId},
                {QStringLiteral("role"), hit.message.role},
                {QStringLiteral("timestamp"), hit.message.timestamp.toString(Qt::ISODateWithMs)},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("content"), hit.message.content},
                {QStringLiteral("score"), hit.score},
                {QStringLiteral("order"),
                 hit.byRecency ? QStringLiteral("newest") : QStringLiteral("relevance")}});
        }
        m_context.printJson(array);
        return 0;
    }
    if (!hits->isEmpty() && hits->first().byRecency)
        m_context.warning(tr("more than 5000 messages match; the newest are shown first"));
    for (const SearchHit &hit : *hits)
        m_context.out() << QString(hit.snippet).replace(u'\n', u' ') << '\n';
    m_context.out().flush();
    return 0;
}

int HistoryCommand::stats(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return m_context.usage(tr("usage: history stats"));
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<HistoryStats> stats = HistoryRepository(**database).stats();
    if (!stats)
        return m_context.fail(stats.error());
    const QString first = stats->first.toString(Qt::ISODate);
    const QString last = stats->last.toString(Qt::ISODate);
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("conversations"), stats->conversations},
                        {QStringLiteral("messages"), stats->messages},
                        {QStringLiteral("byRole"),
                         QJsonObject{{QStringLiteral("user"), stats->userMessages},
                                     {QStringLiteral("assistant"), stats->assistantMessages},
                                     {QStringLiteral("system"), stats->systemMessages},
                                     {QStringLiteral("tool"), stats->toolMessages}}},
                        {QStringLiteral("agents"), stats->agents},
                        {QStringLiteral("first"), first},
                        {QStringLiteral("last"), last}});
        return 0;
    }
    QTextStream &out = m_context.out();
    out << tr("conversations: %1").arg(stats->conversations) << '\n'
        << tr("messages: %1").arg(stats->messages) << '\n'
        << tr("  user: %1").arg(stats->userMessages) << '\n'
        << tr("  assistant: %1").arg(stats->assistantMessages) << '\n'
        << tr("  system: %1").arg(stats->systemMessages) << '\n'
        << tr("  tool: %1").arg(stats->toolMessages) << '\n'
        << tr("agents: %1").arg(stats->agents) << '\n';
    if (stats->messages > 0)
        out << tr("first: %1").arg(first) << '\n' << tr("last: %1").arg(last) << '\n';
    out.flush();
    return 0;
}

} // namespace Hubstate::Cli
