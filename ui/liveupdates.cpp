#include "liveupdates.h"

#include "agents/agentspage.h"
#include "core/settings/preferencesstore.h"
#include "history/historybrowser.h"
#include "layout/layoutspage.h"

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

void LiveUpdates::setPages(LayoutsPage *layouts, AgentsPage *agents, HistoryBrowser *history)
{
    m_layouts = layouts;
    m_agents = agents;
    m_history = history;
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
    if (std::exchange(m_layoutsChanged, false) && m_layouts)
        m_layouts->refresh();
    if (std::exchange(m_agentsChanged, false) && m_agents)
        m_agents->reloadAgents();
    if (std::exchange(m_historyChanged, false) && m_history)
        m_history->refreshConversations();
}

} // namespace Hubstate::Ui
