#pragma once

#include <QHash>
#include <QString>

namespace Hubstate::Core {
class StateDatabase;
}

namespace Hubstate::Ui {

// The names people gave their agents, by agent id, for views that would otherwise show ids:
// "Scout", "Scout (disabled)"; an id no agent has any more is shown as it is.
class AgentNames
{
public:
    static AgentNames read(Core::StateDatabase &database);

    QString label(const QString &agentId) const;

private:
    QHash<QString, QString> m_names;
};

} // namespace Hubstate::Ui
