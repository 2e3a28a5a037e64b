#include "storedreferences.h"

#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"
#include "violation.h"

#include <QRegularExpression>

namespace Hubstate::Core {

namespace {

const QStringList &templateTypes()
{
    static const QStringList types{QStringLiteral("single"), QStringLiteral("split"),
                                   QStringLiteral("grid-2x2"), QStringLiteral("grid-3x3")};
    return types;
}

// "Workspace 2" before "Workspace 10", as people count (QCollator's numeric mode is not there
// in every locale, the C locale of scripts included).
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Longer runs are larger once leading zeros are gone; equal lengths compare as text.
            const QString runA =
                a.mid(i, endA - i).remove(QRegularExpression(QStringLiteral("^0+")));
            const QString runB =
                b.mid(j, endB - j).remove(QRegularExpression(QStringLiteral("^0+")));
            if (runA.size() != runB.size())
                return runA.size() < runB.size() ? -1 : 1;
            if (const int order = runA.compare(runB); order != 0)
                return order;
            i = endA;
            j = endB;
            continue;
        }
        if (const int order = QString::compare(a.at(i), b.at(j), Qt::CaseInsensitive); order != 0)
            return order;
        ++i;
        ++j;
    }
    return int(a.size() - i) - int(b.size() - j);
}

void sortByName(QList<SettingReferences::Choice> &choices, qsizetype from)
{
    std::stable_sort(choices.begin() + from, choices.end(),
                     [](const SettingReferences::Choice &a, const SettingReferences::Choice &b) {
                         return naturalCompare(a.name, b.name) < 0;
                     });
}

Status refused(const SettingDefinition &definition, const QString &rule, const QVariant &value)
{
    return Error::invalidInput(Violation{definition.key, rule, value.toString()}.toString());
}

} // namespace

StoredReferences::StoredReferences(StateDatabase &database)
    : m_database(database)
{
}

Result<QList<SettingReferences::Choice>> StoredReferences::choices(SettingReference reference) const
{
    QList<Choice> result;
    switch (reference) {
    case SettingReference::Layout: {
        // The templates by their type (what the setting stores for them), first and in their
        // own order; then every other stored layout by name.
        const Result<QList<LayoutSummary>> stored = LayoutRepository(m_database).list();
        if (!stored)
            return stored.error();
        QHash<QString, QString> templateIds;
        for (const QString &type : templateTypes()) {
            const Layout shape = LayoutTemplates::make(type, QDateTime());
            templateIds.insert(shape.id, type);
            result.append({type, shape.name, tr("template"), true});
        }
        const qsizetype firstStored = result.size();
        for (const LayoutSummary &layout : *stored) {
            if (const QString type = templateIds.value(layout.id); !type.isEmpty()) {
                for (Choice &choice : result) {
                    if (choice.value == type)
                        choice.name = layout.name; // as the user may have renamed it
                }
                continue;
            }
            result.append(
                {layout.id, layout.name,
                 layout.paneCount == 1 ? tr("1 pane") : tr("%1 panes").arg(layout.paneCount),
                 true});
        }
        sortByName(result, firstStored);
        return result;
    }
    case SettingReference::Agent: {
        const Result<QList<AgentConfig>> agents = AgentRepository(m_database).list();
        if (!agents)
            return agents.error();
        for (const AgentConfig &agent : *agents)
            result.append(
                {agent.id, agent.name, agent.enabled ? agent.kind : tr("disabled"), agent.enabled});
        sortByName(result, 0);
        return result;
    }
    case SettingReference::None:
    case SettingReference::Folder: break;
    }
    return result;
}

Status StoredReferences::check(const SettingDefinition &definition, const QVariant &value) const
{
    const QString text = value.toString();
    switch (definition.reference) {
    case SettingReference::Layout: {
        if (templateTypes().contains(text))
            return {};
        if (text.isEmpty())
            return refused(definition, tr("names no layout"), value);
        const LayoutRepository layouts(m_database);
        const Result<std::optional<Layout>> found = layouts.find(text);
        if (!found)
            return found.error();
        if (found->has_value())
            return {};
        // Someone who typed a layout's name is told what to write instead.
        if (const Result<QList<LayoutSummary>> stored = layouts.list(); stored) {
            for (const LayoutSummary &layout : *stored) {
                if (layout.name != text)
                    continue;
                for (const QString &type : templateTypes()) {
                    if (LayoutTemplates::make(type, QDateTime()).id == layout.id) {
                        return refused(definition,
                                       tr("names no stored layout; the layout named \"%1\" is "
                                          "the template %2")
                                           .arg(layout.name, type),
                                       value);
                    }
                }
                return refused(definition,
                               tr("names no stored layout; the layout named \"%1\" has the id "
                                  "%2")
                                   .arg(layout.name, layout.id),
                               value);
            }
        }
        return refused(definition,
                       tr("names no stored layout: give a template (%1) or the id of a stored "
                          "layout (hubstate-cli layout list)")
                           .arg(templateTypes().join(QStringLiteral(", "))),
                       value);
    }
    case SettingReference::Agent: {
        if (text.isEmpty())
            return {}; // no agent
        const AgentRepository agents(m_database);
        const Result<std::optional<AgentConfig>> found = agents.find(text);
        if (!found)
            return found.error();
        if (found->has_value())
            return {};
        if (const Result<QList<AgentConfig>> stored = agents.list(); stored) {
            for (const AgentConfig &agent : *stored) {
                if (agent.name == text) {
                    return refused(definition,
                                   tr("names no stored agent; the agent named \"%1\" has the id "
                                      "%2")
                                       .arg(agent.name, agent.id),
                                   value);
                }
            }
        }
        return refused(definition, tr("names no stored agent"), value);
    }
    case SettingReference::None:
    case SettingReference::Folder: break;
    }
    return {};
}

} // namespace Hubstate::Core
