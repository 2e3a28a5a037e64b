#include "conversationmodel.h"

#include "core/state/historyrepository.h"

#include <QLocale>

namespace Hubstate::Ui {

// Agent rows carry internalId 0; a conversation row carries its agent's row + 1.

ConversationModel::ConversationModel(Core::StateDatabase &database, int pageSize, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
    , m_pageSize(pageSize)
{
}

ConversationModel::~ConversationModel() = default;

void ConversationModel::reload()
{
    m_fetching = true; // nothing is fetched while the reset is announced
    beginResetModel();
    m_agents.clear();
    m_lastError.clear();
    m_names = AgentNames::read(m_database);
    Core::Result<QList<Core::AgentHistory>> agents = Core::HistoryRepository(m_database).agents();
    if (agents) {
        for (const Core::AgentHistory &agent : *agents)
            m_agents.append({agent, {}, false});
    } else {
        m_lastError = agents.error().message;
    }
    endResetModel();
    m_fetching = false;
}

QModelIndex ConversationModel::indexOfAgent(const QString &agentId) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).agent.agentId == agentId)
            return index(row, 0);
    }
    return {};
}

QModelIndex ConversationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ConversationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_agents.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_agents.at(parent.row()).conversations.size());
}

int ConversationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ConversationModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_agents.isEmpty();
    if (parent.internalId() != 0 || parent.column() != 0)
        return false;
    const AgentNode &node = m_agents.at(parent.row());
    return !node.conversations.isEmpty() || (!node.complete && node.agent.conversations > 0);
}

bool ConversationModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_fetching || !parent.isValid() || parent.internalId() != 0 || parent.column() != 0)
        return false;
    return !m_agents.at(parent.row()).complete;
}

void ConversationModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    AgentNode &node = m_agents[parent.row()];
    QDateTime before;
    QString beforeId;
    if (!node.conversations.isEmpty()) {
        before = node.conversations.constLast().createdAt;
        beforeId = node.conversations.constLast().id;
    }
    Core::Result<QList<Core::Conversation>> page =
        Core::HistoryRepository(m_database)
            .conversations(m_pageSize, node.agent.agentId, before, beforeId);
    if (!page) {
        m_lastError = page.error().message;
        node.complete = true;
        return;
    }
    node.complete = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    const int first = int(node.conversations.size());
    m_fetching = true;
    beginInsertRows(parent, first, first + int(page->size()) - 1);
    node.conversations.append(*page);
    endInsertRows();
    m_fetching = false;
}

Core::Conversation ConversationModel::conversation(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return {};
    return m_agents.at(int(index.internalId() - 1)).conversations.at(index.row());
}

bool ConversationModel::removeConversation(const QModelIndex &index)
{
    if (!index.isValid() || index.internalId() == 0)
        return false;
    const int agentRow = int(index.internalId() - 1);
    const QString id = m_agents.at(agentRow).conversations.at(index.row()).id;
    if (Core::Status removed = Core::HistoryRepository(m_database).removeConversation(id);
        !removed) {
        m_lastError = removed.error().message;
        return false;
    }
    AgentNode &node = m_agents[agentRow];
    beginRemoveRows(index.parent(), index.row(), index.row());
    node.conversations.removeAt(index.row());
    --node.agent.conversations;
    endRemoveRows();
    const QModelIndex agent = this->index(agentRow, MessagesColumn);
    Q_EMIT dataChanged(agent, agent);
    return true;
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Core::AgentHistory &agent = m_agents.at(index.row()).agent;
        if (role == AgentIdRole)
            return agent.agentId;
        if (role == Qt::ToolTipRole) // also what the columns hidden in a narrow list hold
            return tr("%1\n%n conversation(s), the newest started %2", nullptr,
                      int(agent.conversations))
                .arg(agent.agentId,
                     QLocale().toString(agent.newest.toLocalTime(), QLocale::ShortFormat));
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
            return {};
        switch (index.column()) {
        case TitleColumn: return m_names.label(agent.agentId);
        case DateColumn:
            return QLocale().toString(agent.newest.toLocalTime(), QLocale::ShortFormat);
        case MessagesColumn: return tr("%n conversation(s)", nullptr, int(agent.conversations));
        }
        return {};
    }
    const Core::Conversation &conversation =
        m_agents.at(int(index.internalId() - 1)).conversations.at(index.row());
    switch (role) {
    case ConversationIdRole: return conversation.id;
    case AgentIdRole: return conversation.agentId;
    case Qt::ToolTipRole: // also what the columns hidden in a narrow list hold
        return tr("%1\nStarted %2, %n message(s)", nullptr, int(conversation.messageCount))
            .arg(conversation.title,
                 QLocale().toString(conversation.createdAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn: return conversation.title;
        case DateColumn:
            return QLocale().toString(conversation.createdAt.toLocalTime(), QLocale::ShortFormat);
        case MessagesColumn: return tr("%n message(s)", nullptr, int(conversation.messageCount));
        }
    }
    return {};
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Agent and conversation");
    case DateColumn: return tr("Started");
    case MessagesColumn: return tr("Size");
    }
    return {};
}

} // namespace Hubstate::Ui
