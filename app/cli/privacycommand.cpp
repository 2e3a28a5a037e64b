#include "privacycommand.h"

#include "clicontext.h"
#include "core/privacy/privacydelete.h"
#include "core/privacy/privacyexport.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

namespace {

QJsonArray toJson(const QList<DataStore> &stores)
{
    QJsonArray array;
    for (const DataStore &store : stores) {
        QJsonObject object{{QStringLiteral("kind"), store.kind},
                           {QStringLiteral("location"), store.location}};
        if (store.bytes >= 0)
            object.insert(QStringLiteral("bytes"), store.bytes);
        array.append(object);
    }
    return array;
}

QString describe(const DataStore &store)
{
    if (store.bytes < 0)
        return QStringLiteral("%1  %2").arg(store.kindTitle(), store.location);
    return QStringLiteral("%1  %2  (%3 bytes)")
        .arg(store.kindTitle(), store.location)
        .arg(store.bytes);
}

} // namespace

int PrivacyCommand::run(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(tr("privacy needs a subcommand: export, delete"));
    const QString subcommand = arguments.takeFirst();
    if (subcommand == QLatin1String("export"))
        return exportData(arguments);
    if (subcommand == QLatin1String("delete"))
        return deleteData(arguments);
    return m_context.usage(tr("unknown privacy subcommand \"%1\"").arg(subcommand));
}

int PrivacyCommand::exportData(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {QStringLiteral("--out"), QStringLiteral("--only")});
    const QString out = parsed.values.value(QStringLiteral("--out"));
    if (!parsed.problem.isEmpty() || !parsed.positional.isEmpty() || out.isEmpty())
        return m_context.usage(tr("usage: privacy export --out FILE [--only CATEGORIES] "
                                  "(CATEGORIES: %1)")
                                   .arg(PrivacyExport::categories().join(u',')));
    QStringList categories = PrivacyExport::categories();
    if (parsed.values.contains(QStringLiteral("--only")))
        categories = parsed.values.value(QStringLiteral("--only")).split(u',', Qt::SkipEmptyParts);
    if (Status checked = PrivacyExport::checkCategories(categories); !checked)
        return m_context.usage(checked.error().message);

    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<PrivacyExportReport> report = PrivacyExport(**store, *database).write(out, categories);
    if (!report)
        return m_context.fail(report.error());

    if (m_context.json()) {
        QJsonObject counts;
        for (const QString &category : std::as_const(report->categories))
            counts.insert(category, report->counts.value(category));
        QJsonArray leftOut;
        for (const ExportOmission &omission : std::as_const(report->omissions))
            leftOut.append(QJsonObject{{QStringLiteral("item"), omission.item},
                                       {QStringLiteral("reason"), omission.reason}});
        m_context.printJson(QJsonObject{{QStringLiteral("file"), report->file},
                                        {QStringLiteral("categories"), counts},
                                        {QStringLiteral("leftOut"), leftOut}});
        return 0;
    }
    m_context.out() << tr("%1: exported").arg(report->file) << '\n';
    for (const QString &category : std::as_const(report->categories))
        m_context.out() << "  " << PrivacyExport::categoryTitle(category) << ": "
                        << report->counts.value(category) << '\n';
    m_context.out() << tr("Left out (see manifest.json in the file): %1 items, no secret values")
                           .arg(report->omissions.size())
                    << Qt::endl;
    return 0;
}

int PrivacyCommand::deleteData(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(
        arguments, {}, {QStringLiteral("--yes"), QStringLiteral("--include-backups")});
    if (!parsed.problem.isEmpty() || !parsed.positional.isEmpty())
        return m_context.usage(tr("usage: privacy delete --yes [--include-backups]"));
    const bool includeBackups = parsed.flags.contains(QStringLiteral("--include-backups"));

    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<QStringList> names = PrivacyDelete::keychainEntries(
        *database, (*store)->text(QStringLiteral("backup.destination")));
    if (!names)
        return m_context.fail(names.error());
    const SecretStore secrets(m_context.profile().keychainScope());
    const PrivacyDelete deletion(m_context.profile(), secrets, *names);

    if (!parsed.flags.contains(QStringLiteral("--yes"))) {
        const QList<DataStore> stores = deletion.stores(includeBackups);
        if (m_context.json()) {
            m_context.printJson(QJsonObject{{QStringLiteral("deleted"), false},
                                            {QStringLiteral("wouldDelete"), toJson(stores)}});
        } else {
            m_context.out() << tr("Would delete:") << '\n';
            for (const DataStore &item : stores)
                m_context.out() << "  " << describe(item) << '\n';
            m_context.out().flush();
        }
        return m_context.usage(tr("privacy delete removes all of the above for good: add --yes"));
    }

    (*database)->close(); // its files are about to go
    Result<PrivacyDeleteReport> report = deletion.run(includeBackups);
    if (!report)
        return m_context.fail(report.error());
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("deleted"), report->complete()},
                                        {QStringLiteral("removed"), toJson(report->removed)},
                                        {QStringLiteral("remaining"), toJson(report->remaining)},
                                        {QStringLiteral("kept"), toJson(report->kept)}});
    } else {
        m_context.out() << tr("Removed:") << '\n';
        for (const DataStore &item : std::as_const(report->removed))
            m_context.out() << "  " << describe(item) << '\n';
        if (!report->kept.isEmpty()) {
            m_context.out() << tr("Kept (add --include-backups to delete them too):") << '\n';
            for (const DataStore &item : std::as_const(report->kept))
                m_context.out() << "  " << describe(item) << '\n';
        }
        m_context.out().flush();
    }
    if (report->complete())
        return 0;
    QStringList remaining;
    for (const DataStore &item : std::as_const(report->remaining))
        remaining.append(item.location);
    return m_context.fail(
        Error::operationFailed(tr("Not everything could be deleted; still present: %1")
                                   .arg(remaining.join(QStringLiteral(", ")))));
}

} // namespace Hubstate::Cli
