#include "messagemodel.h"

#include "core/state/historyrepository.h"

#include <QLocale>

namespace Hubstate::Ui {

MessageModel::MessageModel(Core::StateDatabase &database, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_pageSize(pageSize)
{
}

void MessageModel::setConversation(const QString &conversationId)
{
    // Nothing is fetched while the reset is announced: whoever listens asks again after it.
    m_fetching = true;
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_complete = conversationId.isEmpty();
    m_lastError.clear();
    endResetModel();
    m_fetching = false;
}

int MessageModel::rowOfMessage(qint64 messageId)
{
    for (int row = 0;; ++row) {
        while (row >= m_messages.size() && canFetchMore({}))
            fetchMore({});
        if (row >= m_messages.size())
            return -1;
        if (m_messages.at(row).id == messageId)
            return row;
    }
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_fetching && !parent.isValid() && !m_complete;
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 after = m_messages.isEmpty() ? 0 : m_messages.constLast().id;
    Core::Result<QList<Core::Message>> page =
        Core::HistoryRepository(m_database).messages(m_conversationId, m_pageSize, after);
    if (!page) {
        m_lastError = page.error().message;
        m_complete = true;
        return;
    }
    m_complete = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_messages.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_messages.append(*page);
    endInsertRows();
    m_fetching = false;
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Message &message = m_messages.at(index.row());
    if (role == MessageIdRole)
        return message.id;
    if (role == Qt::ToolTipRole && index.column() == ContentColumn) {
        // Also who and when, the columns a narrow view hides.
        return tr("%1, %2:\n%3")
            .arg(message.role,
                 QLocale().toString(message.timestamp.toLocalTime(), QLocale::ShortFormat),
                 message.content);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(message.timestamp.toLocalTime(), QLocale::ShortFormat);
    case RoleColumn: return message.role;
    case ContentColumn: return message.content;
    }
    return {};
}

QVariant MessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case RoleColumn: return tr("From");
    case ContentColumn: return tr("Message");
    }
    return {};
}

} // namespace Hubstate::Ui
