#pragma once

#include "core/live/profilemonitor.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class AgentsPage;
class HistoryBrowser;
class LayoutsPage;

// Keeps the window current when another program (the CLI, the hub, a restore, sync) changes
// the profile: the ProfileMonitor's changes are gathered for a moment and each page that
// shows them reads again, once. Changes this window made come back too; reading them again
// changes nothing on screen.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    LiveUpdates(Core::ProfileMonitor &monitor, Core::PreferencesStore &store,
                QObject *parent = nullptr);

    // The pages that show the database, each once it is made (the window makes them when
    // first wanted): until then there is nothing to read again.
    void setLayoutsPage(LayoutsPage *page);
    void setAgentsPage(AgentsPage *page);
    void setHistoryPage(HistoryBrowser *page);
    // Reopens the window's own connection to the database. When another program puts
    // another database file in place (a restore), the connection the window holds goes on
    // reading, and writing, the old file, which nobody else sees any more.
    void setDatabaseReopener(std::function<Core::Status()> reopen);

public Q_SLOTS:
    // The state was replaced as a whole (a restore, here or by another program): the pages
    // read everything again and forget what was about the old state, such as the layouts
    // list's undo and its "Deleted …; Ctrl+Z brings it back".
    void stateReplaced();

Q_SIGNALS:
    // A page could not read again (the message says why).
    void problem(const QString &message);
    // Something that sync carries changed (a setting, a layout, an agent), by anyone: the
    // sync scheduler's cue (SyncScheduler::localChange), which tells its own writes apart.
    void syncableChanged();
    // After stateReplaced(): edits undone now would write values of the old state.
    void replaced();

private:
    void note(const Core::Change &change);
    void apply();

    Core::PreferencesStore &m_store;
    QPointer<LayoutsPage> m_layouts;
    QPointer<AgentsPage> m_agents;
    QPointer<HistoryBrowser> m_history;
    std::function<Core::Status()> m_reopenDatabase;
    QTimer m_gather;
    bool m_settings = false;
    bool m_replaced = false;
    bool m_layoutsChanged = false;
    bool m_agentsChanged = false;
    bool m_historyChanged = false;
};

} // namespace Hubstate::Ui
