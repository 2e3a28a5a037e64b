#include "agentnames.h"

#include "core/state/agentrepository.h"

#include <QCoreApplication>

namespace Hubstate::Ui {

AgentNames AgentNames::read(Core::StateDatabase &database)
{
    AgentNames names;
    const Core::Result<QList<Core::AgentConfig>> agents = Core::AgentRepository(database).list();
    if (!agents)
        return names; // ids stand in for names; the history itself is still shown
    for (const Core::AgentConfig &agent : *agents) {
        names.m_names.insert(agent.id,
                             agent.enabled ? agent.name
                                           : QCoreApplication::translate("Hubstate::Ui::AgentNames",
                                                                         "%1 (disabled)")
                                                 .arg(agent.name));
    }
    return names;
}

QString AgentNames::label(const QString &agentId) const
{
    const QString name = m_names.value(agentId);
    return name.isEmpty() ? agentId : name;
}

} // namespace Hubstate::Ui
