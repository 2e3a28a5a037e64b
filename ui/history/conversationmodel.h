#pragma once

#include "agentnames.h"

#include "core/state/history.h"

#include <QAbstractItemModel>

namespace Hubstate::Core {
class StateDatabase;
}

namespace Hubstate::Ui {

// Conversations by agent and date: the agents at the top level, each agent's conversations
// (newest first) below it, read a page at a time through canFetchMore()/fetchMore() as a view
// scrolls, so a million messages cost no more at start than a hundred.
class ConversationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, MessagesColumn, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole, AgentIdRole };

    explicit ConversationModel(Core::StateDatabase &database, int pageSize = 100,
                               QObject *parent = nullptr);
    ~ConversationModel() override;

    // Reads the agents (again) and forgets every loaded conversation. Nothing is read before
    // the first call, so building the model costs nothing at start-up.
    void reload();
    QString lastError() const { return m_lastError; }
    QModelIndex indexOfAgent(const QString &agentId) const;
    // Deletes the conversation from the database and from the model.
    [[nodiscard]] bool removeConversation(const QModelIndex &index);
    Core::Conversation conversation(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct AgentNode
    {
        Core::AgentHistory agent;
        QList<Core::Conversation> conversations;
        bool complete = false;
    };

    Core::StateDatabase &m_database;
    AgentNames m_names;
    int m_pageSize;
    QList<AgentNode> m_agents;
    QString m_lastError;
    bool m_fetching = false; // views and testers ask again from inside beginInsertRows()
};

} // namespace Hubstate::Ui
