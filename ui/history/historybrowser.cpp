#include "historybrowser.h"

#include "conversationmodel.h"
#include "core/common/atomicfile.h"
#include "core/state/historyrepository.h"
#include "messagemodel.h"
#include "searchresultmodel.h"
#include "snippetdelegate.h"
#include "ui/common/columnfitter.h"
#include "ui/common/flowlayout.h"
#include "ui/common/prompts.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hubstate::Ui {

HistoryBrowser::HistoryBrowser(Core::StateDatabase &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_conversations = new ConversationModel(database, 100, this);
    m_messages = new MessageModel(database, 200, this);
    m_results = new SearchResultModel(database, 200, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search all conversations (word, or word* for a prefix)"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("conversationTree"));
    m_tree->setAccessibleName(tr("Conversations by agent, newest first"));
    m_tree->setModel(m_conversations);
    m_tree->setUniformRowHeights(true); // what keeps a long list smooth
    // The titles stretch and are never cut to less than their heading; the date and then the
    // size follow while there is room beside them (the title's tooltip has both).
    auto *columns = new ColumnFitter(m_tree, m_tree->header(), ConversationModel::TitleColumn, 12);
    columns->addColumn(ConversationModel::DateColumn);
    columns->addColumn(ConversationModel::MessagesColumn);

    m_hits = new QListView(this);
    m_hits->setObjectName(QStringLiteral("searchResults"));
    m_hits->setAccessibleName(tr("Search results"));
    m_hits->setModel(m_results);
    m_hits->setItemDelegate(new SnippetDelegate(SearchResultModel::HighlightedSnippetRole, m_hits));
    m_hits->setWordWrap(true);
    m_hits->setAlternatingRowColors(true);
    m_hits->hide();

    m_title = new QLabel(tr("Choose a conversation"), this);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    // A conversation's title is its first words and may be long: it wraps rather than widening
    // the messages' side of the splitter and squeezing the list of conversations.
    m_title->setWordWrap(true);
    m_messageView = new QTableView(this);
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setAccessibleName(tr("Messages of the conversation"));
    m_messageView->setModel(m_messages);
    m_messageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messageView->setWordWrap(false);
    m_messageView->verticalHeader()->hide();
    m_messageView->setTextElideMode(Qt::ElideRight);
    // The message takes the room and elides (its tooltip has it all, with sender and time);
    // the sender and then the time are shown in full beside it while there is room.
    auto *messageColumns = new ColumnFitter(m_messageView, m_messageView->horizontalHeader(),
                                            MessageModel::ContentColumn, 12);
    messageColumns->addColumn(MessageModel::RoleColumn);
    messageColumns->addColumn(MessageModel::TimeColumn);

    m_export = new QPushButton(tr("E&xport conversation…"), this);
    m_export->setObjectName(QStringLiteral("exportConversation"));
    m_delete = new QPushButton(tr("&Delete conversation"), this);
    m_delete->setObjectName(QStringLiteral("deleteConversation"));
    m_export->setEnabled(false);
    m_delete->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    leftLayout->addWidget(m_hits);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_messageView, 1);
    // One above the other when the messages' side is narrow (large text): side by side they
    // made that side so wide that the list of conversations had no room for its titles.
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The messages, what people read here, get the larger share at any width.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setTabOrder(m_search, m_tree);
    setTabOrder(m_tree, m_hits);
    setTabOrder(m_hits, m_messageView);
    setTabOrder(m_messageView, m_export);
    setTabOrder(m_export, m_delete);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryBrowser::runSearch);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryBrowser::runSearch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const Core::Conversation conversation = m_conversations->conversation(current);
                if (conversation.id.isEmpty())
                    return;
                showConversation(conversation.id, conversation.title, 0);
                m_treeIndex = current.siblingAtColumn(0);
            });
    connect(m_hits->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                showConversation(current.data(SearchResultModel::ConversationIdRole).toString(),
                                 current.data(SearchResultModel::ConversationTitleRole).toString(),
                                 current.data(SearchResultModel::MessageIdRole).toLongLong());
            });
    connect(m_export, &QPushButton::clicked, this, &HistoryBrowser::exportConversation);
    connect(m_delete, &QPushButton::clicked, this, &HistoryBrowser::deleteConversation);
    // The Delete key in the lists does what the button does: arm first, then delete.
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_tree), static_cast<QAbstractItemView *>(m_hits)}) {
        auto *action = new QAction(tr("Delete conversation"), view);
        action->setShortcut(QKeySequence::Delete);
        action->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(action);
        connect(action, &QAction::triggered, this, &HistoryBrowser::deleteConversation);
    }
}

HistoryBrowser::~HistoryBrowser() = default;

void HistoryBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void HistoryBrowser::reload()
{
    m_loaded = true;
    m_conversations->reload();
    showConversation({}, {}, 0);
    if (!m_conversations->lastError().isEmpty())
        setMessage(m_conversations->lastError(), true);
}

void HistoryBrowser::refreshConversations()
{
    if (!m_loaded)
        return; // read when first shown
    m_conversations->reload();
    if (!m_conversations->lastError().isEmpty())
        setMessage(m_conversations->lastError(), true);
}

void HistoryBrowser::setMessage(const QString &message, bool problem)
{
    m_status->setText(message);
    // Problems are announced to screen readers as alerts; the text says what went wrong.
    m_status->setAccessibleDescription(problem ? tr("Problem") : QString());
}

void HistoryBrowser::runSearch()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    const bool searching = !Core::HistoryRepository::ftsQuery(text).isEmpty();
    if (!m_results->search(text)) {
        setMessage(m_results->lastError(), true);
        return;
    }
    m_hits->setVisible(searching);
    m_tree->setVisible(!searching);
    if (!searching) {
        setMessage({});
        return;
    }
    // Never a count that is only the cap: how many match, and how many of them are shown.
    const int count = m_results->rowCount();
    const qint64 total = m_results->totalMatches();
    if (count == 0) {
        setMessage(tr("No message contains \"%1\".").arg(text));
    } else if (m_results->byRecency()) {
        setMessage(tr("More than %1 messages match; the newest %2 are shown. Add words to "
                      "narrow the search.")
                       .arg(QLocale().toString(Core::HistoryRepository::rankedMatches))
                       .arg(count));
    } else if (total > count) {
        setMessage(tr("%1 messages match; the best %2 are shown. Add words to narrow the search.")
                       .arg(total > Core::HistoryRepository::rankedMatches
                                ? tr("More than %1").arg(QLocale().toString(
                                    Core::HistoryRepository::rankedMatches))
                                : QLocale().toString(total))
                       .arg(count));
    } else {
        setMessage(tr("%n message(s) found, best matches first.", nullptr, count));
    }
}

void HistoryBrowser::showConversation(const QString &conversationId, const QString &title,
                                      qint64 messageId)
{
    disarm();
    m_treeIndex = QPersistentModelIndex();
    m_conversationId = conversationId;
    m_conversationTitle = title.isEmpty() ? conversationId : title;
    m_messages->setConversation(conversationId);
    m_export->setEnabled(!conversationId.isEmpty());
    m_delete->setEnabled(!conversationId.isEmpty());
    m_title->setText(conversationId.isEmpty() ? tr("Choose a conversation")
                                              : tr("Conversation: %1").arg(m_conversationTitle));
    if (conversationId.isEmpty())
        return;
    if (messageId > 0) {
        const int row = m_messages->rowOfMessage(messageId);
        if (row >= 0) {
            m_messageView->scrollTo(m_messages->index(row, MessageModel::ContentColumn));
            m_messageView->selectRow(row);
        }
    } else if (m_messages->canFetchMore({})) {
        m_messages->fetchMore({});
    }
}

void HistoryBrowser::disarm()
{
    m_deleteArmed = false;
    m_delete->setText(tr("&Delete conversation"));
}

void HistoryBrowser::exportConversation()
{
    if (m_conversationId.isEmpty())
        return;
    const QString suggested =
        QDir::home().filePath(QStringLiteral("conversation-%1.json").arg(m_conversationId));
    const QString file =
        Prompts::saveFile(this, tr("Export conversation"), suggested, tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    Core::HistoryRepository repository(m_database);
    QJsonArray messages;
    qint64 after = 0;
    for (;;) {
        Core::Result<QList<Core::Message>> page =
            repository.messages(m_conversationId, 1000, after);
        if (!page) {
            setMessage(page.error().message, true);
            return;
        }
        for (const Core::Message &message : *page) {
            messages.append(QJsonObject{
                {QStringLiteral("id"), message.id},
                {QStringLiteral("role"), message.role},
                {QStringLiteral("content"), message.content},
                {QStringLiteral("timestamp"), message.timestamp.toString(Qt::ISODateWithMs)}});
            after = message.id;
        }
        if (page->size() < 1000)
            break;
    }
    const QJsonObject document{{QStringLiteral("conversation"),
                                QJsonObject{{QStringLiteral("id"), m_conversationId},
                                            {QStringLiteral("title"), m_conversationTitle}}},
                               {QStringLiteral("messages"), messages}};
    if (Core::Status written = Core::AtomicFile::write(file, QJsonDocument(document).toJson());
        !written) {
        setMessage(written.error().message, true);
        return;
    }
    setMessage(tr("Exported %n message(s) to %1.", nullptr, int(messages.size())).arg(file));
}

void HistoryBrowser::deleteConversation()
{
    if (m_conversationId.isEmpty())
        return;
    if (!m_deleteArmed) {
        m_deleteArmed = true;
        m_delete->setText(tr("Confirm &delete"));
        setMessage(tr("Press Delete again to delete \"%1\" and all its messages for good.")
                       .arg(m_conversationTitle),
                   true);
        return;
    }
    const QString title = m_conversationTitle;
    if (m_treeIndex.isValid()) {
        if (!m_conversations->removeConversation(m_treeIndex)) {
            setMessage(m_conversations->lastError(), true);
            return;
        }
    } else {
        if (Core::Status removed =
                Core::HistoryRepository(m_database).removeConversation(m_conversationId);
            !removed) {
            setMessage(removed.error().message, true);
            return;
        }
        m_conversations->reload();
        runSearch();
    }
    showConversation({}, {}, 0);
    setMessage(tr("Deleted \"%1\".").arg(title));
}

} // namespace Hubstate::Ui
