#include "searchresultmodel.h"

#include "core/state/historyrepository.h"

#include <QLocale>

namespace Hubstate::Ui {

namespace {
// Private-use characters: they never occur in what people type, so they mark matches safely.
const QChar kOpen(0xE000);
const QChar kClose(0xE001);
} // namespace

SearchResultModel::SearchResultModel(Core::StateDatabase &database, int limit, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_limit(limit)
{
}

bool SearchResultModel::search(const QString &text)
{
    beginResetModel();
    m_hits.clear();
    m_lastError.clear();
    bool ok = true;
    if (!Core::HistoryRepository::ftsQuery(text).isEmpty()) {
        Core::Result<QList<Core::SearchHit>> hits =
            Core::HistoryRepository(m_database).search(text, m_limit, kOpen, kClose);
        if (hits) {
            m_hits = *hits;
        } else {
            m_lastError = hits.error().message;
            ok = false;
        }
    }
    endResetModel();
    return ok;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::highlighted(const QString &markedSnippet)
{
    return markedSnippet.toHtmlEscaped()
        .replace(kOpen, QStringLiteral("<b>"))
        .replace(kClose, QStringLiteral("</b>"))
        .replace(u'\n', u' ');
}

QString SearchResultModel::plain(const QString &markedSnippet)
{
    QString text = markedSnippet;
    text.remove(kOpen).remove(kClose).replace(u'\n', u' ');
    return text;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return plain(hit.snippet);
    case HighlightedSnippetRole:
        return tr("<small>%1 · %2 · %3</small><br>%4")
            .arg(hit.agentId.toHtmlEscaped(),
                 QLocale().toString(hit.message.timestamp.toLocalTime(), QLocale::ShortFormat),
                 hit.message.role.toHtmlEscaped(), highlighted(hit.snippet));
    case Qt::ToolTipRole: return hit.message.conversationId;
    case ConversationIdRole: return hit.message.conversationId;
    case MessageIdRole: return hit.message.id;
    case AgentIdRole: return hit.agentId;
    }
    return {};
}

} // namespace Hubstate::Ui
