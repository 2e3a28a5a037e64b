#include "liveupdates.h"

#include "agents/agentspage.h"
#include "core/settings/preferencesstore.h"
#include "history/historybrowser.h"
#include "layout/layouteditor.h"
#include "layout/layoutlistmodel.h"
#include "layout/layoutspage.h"

#include <QUndoStack>

namespace Hubstate::Ui {

namespace {

// Long enough to take a burst (an import commits many times) as one, short enough to stay
// well inside the half second a change may take to show.
constexpr int kGatherMs = 40;

} // namespace

LiveUpdates::LiveUpdates(Core::ProfileMonitor &monitor, Core::PreferencesStore &store,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &LiveUpdates::apply);
    connect(&monitor, &Core::ProfileMonitor::changed, this, &LiveUpdates::note);
}

void LiveUpdates::setLayoutsPage(LayoutsPage *page)
{
    m_layouts = page;
}

void LiveUpdates::setAgentsPage(AgentsPage *page)
{
    m_agents = page;
}

void LiveUpdates::setHistoryPage(HistoryBrowser *page)
{
    m_history = page;
}

void LiveUpdates::setDatabaseReopener(std::function<Core::Status()> reopen)
{
    m_reopenDatabase = std::move(reopen);
}

void LiveUpdates::note(const Core::Change &change)
{
    using Kind = Core::Change::Kind;
    switch (change.kind) {
    case Kind::Setting: m_settings = true; break;
    case Kind::Layout: m_layoutsChanged = true; break;
    case Kind::Agent: m_agentsChanged = true; break;
    case Kind::History: m_historyChanged = true; break;
    case Kind::Reload:
        if (change.scope == QLatin1String("settings")) {
            m_settings = true;
        } else {
            // Another file in place of the database: the window's connection reads the old.
            m_replaced = m_replaced || change.scope == QLatin1String("database");
            m_layoutsChanged = true;
            m_agentsChanged = true;
            m_historyChanged = true;
        }
        break;
    }
    if (change.kind != Kind::History
        && !(change.kind == Kind::Reload && change.scope == QLatin1String("history")))
        Q_EMIT syncableChanged();
    if (!m_gather.isActive())
        m_gather.start();
}

void LiveUpdates::apply()
{
    // The window's store is the one every page shows: read again, each value that moved is
    // announced to its rows and to the theme.
    if (std::exchange(m_settings, false)) {
        if (Core::Status reloaded = m_store.reload(); !reloaded)
            Q_EMIT problem(reloaded.error().message);
    }
    if (std::exchange(m_replaced, false)) {
        m_layoutsChanged = m_agentsChanged = m_historyChanged = false;
        stateReplaced();
        return;
    }
    if (std::exchange(m_layoutsChanged, false) && m_layouts)
        m_layouts->refresh();
    if (std::exchange(m_agentsChanged, false) && m_agents)
        m_agents->reloadAgents();
    if (std::exchange(m_historyChanged, false) && m_history)
        m_history->refreshConversations();
}

void LiveUpdates::stateReplaced()
{
    if (m_reopenDatabase) {
        if (Core::Status reopened = m_reopenDatabase(); !reopened)
            Q_EMIT problem(reopened.error().message);
    }
    if (m_layouts) {
        // A draft with unsaved changes stays in the editor; any other is read again, as it
        // may have changed or gone.
        LayoutEditor *editor = m_layouts->editor();
        const QString open =
            editor->hasLayout() && !editor->isDirty() ? editor->draft().id : QString();
        m_layouts->listUndoStack()->clear();
        if (!open.isEmpty())
            editor->close();
        m_layouts->refresh();
        if (!open.isEmpty()) {
            const LayoutListModel *model = m_layouts->model();
            if (model->rowOf(open) >= 0)
                m_layouts->openLayout(open);
            else if (model->rowCount() > 0)
                m_layouts->openLayout(model->idAt(0));
        }
        editor->announce(tr("The stored layouts were replaced (a restore): the list shows them "
                            "as they are now."));
    }
    if (m_agents)
        m_agents->reloadAgents();
    if (m_history)
        m_history->refreshConversations();
    Q_EMIT replaced();
}

} // namespace Hubstate::Ui
