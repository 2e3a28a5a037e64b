#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;

namespace Hubstate::Core {
class StateDatabase;
}

namespace Hubstate::Ui {

class ConversationModel;
class MessageModel;
class SearchResultModel;

// The history: conversations by agent and date, the messages of the chosen one, full-text
// search with the matching words highlighted, and per-conversation export (JSON) and delete
// (asked first: the first press arms, the second deletes). Everything loads lazily.
class HistoryBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryBrowser(Core::StateDatabase &database, QWidget *parent = nullptr);
    ~HistoryBrowser() override;

    ConversationModel *conversations() const { return m_conversations; }
    MessageModel *messages() const { return m_messages; }
    SearchResultModel *searchResults() const { return m_results; }
    QString currentConversationId() const { return m_conversationId; }
    void reload();
    // New messages elsewhere: the conversation list is read again, what is shown stays.
    void refreshConversations();

protected:
    // The history is first read when the page is first shown, never at start-up.
    void showEvent(QShowEvent *event) override;

private:
    void runSearch();
    void showConversation(const QString &conversationId, const QString &title, qint64 messageId);
    void exportConversation();
    void deleteConversation();
    void disarm();
    void setMessage(const QString &message, bool problem = false);

    Core::StateDatabase &m_database;
    ConversationModel *m_conversations = nullptr;
    MessageModel *m_messages = nullptr;
    SearchResultModel *m_results = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTreeView *m_tree = nullptr;
    QListView *m_hits = nullptr;
    QTableView *m_messageView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
    QString m_conversationId;
    QString m_conversationTitle;
    QPersistentModelIndex m_treeIndex; // set when the conversation was chosen in the tree
    bool m_deleteArmed = false;
    bool m_loaded = false;
};

} // namespace Hubstate::Ui
