#include "layoutcommand.h"

#include "clicontext.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutcodec.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

int LayoutCommand::run(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(
            tr("layout needs a subcommand: list, show, validate, import, export"));
    const QString subcommand = arguments.takeFirst();
    if (subcommand == QLatin1String("list"))
        return list(arguments);
    if (subcommand == QLatin1String("show"))
        return show(arguments, false);
    if (subcommand == QLatin1String("export"))
        return show(arguments, true);
    if (subcommand == QLatin1String("validate"))
        return validate(arguments, false);
    if (subcommand == QLatin1String("import"))
        return validate(arguments, true);
    return m_context.usage(tr("unknown layout subcommand \"%1\"").arg(subcommand));
}

int LayoutCommand::list(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {QStringLiteral("--tag")});
    if (!parsed.problem.isEmpty() || !parsed.positional.isEmpty())
        return m_context.usage(tr("usage: layout list [--tag TAG]"));
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<QList<LayoutSummary>> layouts =
        LayoutRepository(**database).list(parsed.values.value(QStringLiteral("--tag")));
    if (!layouts)
        return m_context.fail(layouts.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const LayoutSummary &layout : *layouts) {
            array.append(QJsonObject{
                {QStringLiteral("id"), layout.id},
                {QStringLiteral("name"), layout.name},
                {QStringLiteral("type"), layout.type},
                {QStringLiteral("panes"), layout.paneCount},
                {QStringLiteral("tags"), QJsonArray::fromStringList(layout.tags)},
                {QStringLiteral("updatedAt"), layout.updatedAt.toString(Qt::ISODateWithMs)}});
        }
        m_context.printJson(array);
        return 0;
    }
    QTextStream &out = m_context.out();
    for (const LayoutSummary &layout : *layouts) {
        out << layout.id << "  " << layout.type.leftJustified(8) << "  "
            << tr("%n pane(s)", nullptr, layout.paneCount).leftJustified(8) << "  "
            << layout.updatedAt.toString(Qt::ISODate) << "  " << layout.name;
        if (!layout.tags.isEmpty())
            out << "  [" << layout.tags.join(QStringLiteral(", ")) << ']';
        out << '\n';
    }
    out.flush();
    return 0;
}

int LayoutCommand::show(const QStringList &arguments, bool exportMode)
{
    const CliContext::Arguments parsed = CliContext::parse(
        arguments, exportMode ? QStringList{QStringLiteral("--out")} : QStringList{});
    if (!parsed.problem.isEmpty() || parsed.positional.size() != 1)
        return m_context.usage(exportMode ? tr("usage: layout export ID [--out FILE]")
                                          : tr("usage: layout show ID"));
    const QString id = parsed.positional.first();
    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    Result<std::optional<Layout>> layout = LayoutRepository(**database).find(id);
    if (!layout)
        return m_context.fail(layout.error());
    if (!*layout)
        return m_context.fail(Error::invalidInput(tr("No layout with id %1").arg(id)));
    const QByteArray json =
        QJsonDocument(LayoutCodec::toJson(**layout)).toJson(QJsonDocument::Indented);
    return m_context.writeDocument(json, parsed.values.value(QStringLiteral("--out")));
}

int LayoutCommand::validate(const QStringList &arguments, bool import)
{
    if (arguments.size() != 1)
        return m_context.usage(import ? tr("usage: layout import FILE")
                                      : tr("usage: layout validate FILE"));
    const QString path = arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_context.fail(
            Error::operationFailed(tr("Cannot read %1: %2").arg(path, file.errorString())));
    Result<PreferencesStore *> settings = m_context.store();
    if (!settings)
        return m_context.fail(settings.error());

    Violations problems;
    const Layout layout =
        LayoutCodec::parse(file.read(LayoutCodec::maxDocumentBytes + 1), path, &problems);
    if (!hasErrors(problems))
        problems += LayoutRules::fromSettings(**settings).check(layout);
    for (Violation &problem : problems) {
        if (!problem.path.startsWith(path))
            problem.path = path + QStringLiteral(": ") + problem.path;
    }
    m_context.report(problems);
    if (hasErrors(problems)) {
        if (import)
            m_context.error(tr("%1: not imported; nothing was changed").arg(path));
        if (m_context.json()) {
            QJsonArray errors;
            for (const Violation &problem : std::as_const(problems)) {
                if (problem.isError())
                    errors.append(problem.toString());
            }
            m_context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                            {QStringLiteral("valid"), false},
                                            {QStringLiteral("errors"), errors}});
        }
        return static_cast<int>(ErrorCode::InvalidInput);
    }
    if (!import) {
        if (m_context.json())
            m_context.printJson(
                QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("valid"), true}});
        else
            m_context.out() << tr("%1: valid").arg(path) << Qt::endl;
        return 0;
    }

    Result<StateDatabase *> database = m_context.database();
    if (!database)
        return m_context.fail(database.error());
    LayoutRepository layouts(**database, LayoutRules::fromSettings(**settings));
    Result<std::optional<Layout>> existing = layouts.find(layout.id);
    if (!existing)
        return m_context.fail(existing.error());
    if (!*existing) {
        const qint64 maxLayouts =
            (*settings)->value(QStringLiteral("limits.maxLayouts")).toLongLong();
        Result<int> count = layouts.count();
        if (!count)
            return m_context.fail(count.error());
        if (*count >= maxLayouts) {
            return m_context.fail(Error::invalidInput(
                tr("%1: not imported: the profile already holds %2 layouts (limits.maxLayouts)")
                    .arg(path)
                    .arg(*count)));
        }
    }
    if (Status saved = layouts.save(layout); !saved)
        return m_context.fail(saved.error());
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("id"), layout.id},
                                        {QStringLiteral("replaced"), existing->has_value()}});
    } else {
        m_context.out() << (existing->has_value() ? tr("%1: replaced layout %2 (%3)")
                                                  : tr("%1: imported layout %2 (%3)"))
                               .arg(path, layout.id, layout.name)
                        << Qt::endl;
    }
    return 0;
}

} // namespace Hubstate::Cli
