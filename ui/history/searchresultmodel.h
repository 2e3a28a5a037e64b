#pragma once

#include "agentnames.h"
#include "core/state/history.h"

#include <QAbstractListModel>

namespace Hubstate::Core {
class StateDatabase;
}

namespace Hubstate::Ui {

// The hits of a full-text search over the history, best first, each with a snippet whose
// matching words are highlighted (HighlightedSnippetRole: rich text with <b>...</b>).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        HighlightedSnippetRole = Qt::UserRole,
        ConversationIdRole,
        MessageIdRole,
        AgentIdRole,
        ConversationTitleRole,
    };

    explicit SearchResultModel(Core::StateDatabase &database, int limit = 200,
                               QObject *parent = nullptr);

    // Runs the search; false (and lastError()) when it fails. Empty text clears the hits.
    bool search(const QString &text);
    QString lastError() const { return m_lastError; }
    bool byRecency() const { return !m_hits.isEmpty() && m_hits.constFirst().byRecency; }
    // How many messages match in all (at least the hits shown; with byRecency(), "more than
    // HistoryRepository::rankedMatches").
    qint64 totalMatches() const { return m_total; }
    int limit() const { return m_limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The snippet as rich text: the text escaped, the marked words in bold.
    static QString highlighted(const QString &markedSnippet);
    static QString plain(const QString &markedSnippet);

private:
    Core::StateDatabase &m_database;
    int m_limit;
    QList<Core::SearchHit> m_hits;
    qint64 m_total = 0;
    AgentNames m_names;
    QString m_lastError;
};

} // namespace Hubstate::Ui
