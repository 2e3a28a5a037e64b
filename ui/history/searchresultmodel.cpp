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
    m_total = 0;
    m_lastError.clear();
    bool ok = true;
    if (!Core::HistoryRepository::ftsQuery(text).isEmpty()) {
        const Core::HistoryRepository repository(m_database);
        Core::Result<QList<Core::SearchHit>> hits = repository.search(text, m_limit, kOpen, kClose);
        if (hits) {
            m_hits = *hits;
            m_total = m_hits.size();
            m_names = AgentNames::read(m_database);
        } else {
            m_lastError = hits.error().message;
            ok = false;
        }
        // As many hits as asked for: there may be more, and the browser says how many.
        if (ok && m_hits.size() == m_limit && !byRecency()) {
            const Core::Result<qint64> counted =
                repository.countMatches(text, Core::HistoryRepository::rankedMatches + 1);
            if (counted)
                m_total = std::max<qint64>(*counted, m_total);
        } else if (ok && byRecency()) {
            m_total = Core::HistoryRepository::rankedMatches + 1;
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
        return tr("<small>%1 · %2 · %3 · %4</small><br>%5")
            .arg(m_names.label(hit.agentId).toHtmlEscaped(),
                 (hit.conversationTitle.size() > 40
                      ? hit.conversationTitle.left(39).trimmed() + QStringLiteral("…")
                      : hit.conversationTitle)
                     .toHtmlEscaped(),
                 QLocale().toString(hit.message.timestamp.toLocalTime(), QLocale::ShortFormat),
                 hit.message.role.toHtmlEscaped(), highlighted(hit.snippet));
    case Qt::ToolTipRole: return hit.conversationTitle;
    case ConversationTitleRole: return hit.conversationTitle;
    case ConversationIdRole: return hit.message.conversationId;
    case MessageIdRole: return hit.message.id;
    case AgentIdRole: return hit.agentId;
    }
    return {};
}

} // namespace Hubstate::Ui
