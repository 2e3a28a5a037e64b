#pragma once

#include "core/state/history.h"

#include <QAbstractTableModel>

namespace Hubstate::Core {
class StateDatabase;
}

namespace Hubstate::Ui {

// The messages of one conversation, oldest first, read a page at a time as a view scrolls.
class MessageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, RoleColumn, ContentColumn, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole };

    explicit MessageModel(Core::StateDatabase &database, int pageSize = 200,
                          QObject *parent = nullptr);

    void setConversation(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }
    QString lastError() const { return m_lastError; }
    // The row of a loaded message, loading pages until it is found; -1 when it is not there.
    int rowOfMessage(qint64 messageId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Core::StateDatabase &m_database;
    int m_pageSize;
    QString m_conversationId;
    QList<Core::Message> m_messages;
    bool m_complete = true;
    QString m_lastError;
    bool m_fetching = false; // views and testers ask again from inside beginInsertRows()
};

} // namespace Hubstate::Ui
