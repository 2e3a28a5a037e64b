#include "destinationlistmodel.h"

#include "core/backup/destination.h"

namespace Hubstate::Ui {

using Core::BackupDestination;

DestinationListModel::DestinationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DestinationListModel::setDestinations(const QList<BackupDestination> &destinations,
                                           const Core::RetentionPolicy &defaults)
{
    // Results of another location, or of a destination no longer listed, are dropped.
    for (auto it = m_tests.begin(); it != m_tests.end();) {
        bool kept = false;
        for (const BackupDestination &destination : destinations)
            kept = kept || (destination.name == it.key() && destination.location == it->location);
        it = kept ? std::next(it) : m_tests.erase(it);
    }
    bool sameRows = destinations.size() == m_destinations.size();
    for (qsizetype i = 0; sameRows && i < destinations.size(); ++i)
        sameRows = destinations.at(i).name == m_destinations.at(i).name;
    if (!sameRows) {
        // Rows came, went or moved: the views start again (and keep their choice by name).
        beginResetModel();
        m_destinations = destinations;
        m_defaults = defaults;
        endResetModel();
        return;
    }
    m_destinations = destinations;
    m_defaults = defaults;
    if (!m_destinations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const BackupDestination *DestinationListModel::destination(int row) const
{
    return row >= 0 && row < m_destinations.size() ? &m_destinations.at(row) : nullptr;
}

int DestinationListModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_destinations.size(); ++i) {
        if (m_destinations.at(i).name == name)
            return int(i);
    }
    return -1;
}

void DestinationListModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_destinations.isEmpty())
        Q_EMIT dataChanged(index(0, Enabled), index(rowCount() - 1, Enabled));
}

void DestinationListModel::setTest(const QString &name, TestState state, const QString &message)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_tests.insert(name, Test{m_destinations.at(row).location, state, message});
    Q_EMIT dataChanged(index(row, Connection), index(row, Connection));
}

DestinationListModel::TestState DestinationListModel::testState(const QString &name) const
{
    return m_tests.value(name).state;
}

QString DestinationListModel::testMessage(const QString &name) const
{
    return m_tests.value(name).message;
}

QString DestinationListModel::kindText(BackupDestination::Kind kind)
{
    switch (kind) {
    case BackupDestination::Kind::Folder: return tr("Folder");
    case BackupDestination::Kind::WebDav: return tr("WebDAV");
    case BackupDestination::Kind::S3: return tr("S3");
    }
    return {};
}

QString DestinationListModel::retentionText(const BackupDestination &destination,
                                            const Core::RetentionPolicy &defaults)
{
    if (!destination.retention)
        return tr("Defaults");
    // The counts that keep something: a short cell, however narrow the window.
    const BackupDestination::Retention &own = *destination.retention;
    QStringList kept{tr("%1 last").arg(own.keepLast.value_or(defaults.keepLast))};
    if (const int daily = own.keepDaily.value_or(defaults.keepDaily); daily > 0)
        kept.append(tr("%1 daily").arg(daily));
    if (const int weekly = own.keepWeekly.value_or(defaults.keepWeekly); weekly > 0)
        kept.append(tr("%1 weekly").arg(weekly));
    if (const int monthly = own.keepMonthly.value_or(defaults.keepMonthly); monthly > 0)
        kept.append(tr("%1 monthly").arg(monthly));
    return tr("Own: %1").arg(kept.join(tr(", ")));
}

QString DestinationListModel::retentionDetail(const BackupDestination &destination,
                                              const Core::RetentionPolicy &defaults)
{
    const Core::RetentionPolicy policy = [&] {
        Core::RetentionPolicy own = defaults;
        if (destination.retention) {
            own.keepLast = destination.retention->keepLast.value_or(defaults.keepLast);
            own.keepDaily = destination.retention->keepDaily.value_or(defaults.keepDaily);
            own.keepWeekly = destination.retention->keepWeekly.value_or(defaults.keepWeekly);
            own.keepMonthly = destination.retention->keepMonthly.value_or(defaults.keepMonthly);
        }
        return own;
    }();
    const QString counts = tr("Keeps the %1 newest backups, and the newest of each of %2 days, "
                              "%3 weeks and %4 months")
                               .arg(policy.keepLast)
                               .arg(policy.keepDaily)
                               .arg(policy.keepWeekly)
                               .arg(policy.keepMonthly);
    return destination.retention ? tr("%1 (its own counts).").arg(counts)
                                 : tr("%1 (the page's settings).").arg(counts);
}

int DestinationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_destinations.size());
}

int DestinationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestinationListModel::data(const QModelIndex &index, int role) const
{
    const BackupDestination *entry = index.isValid() ? destination(index.row()) : nullptr;
    if (!entry)
        return {};
    const Test test = m_tests.value(entry->name);
    if (index.column() == Enabled) {
        if (role == Qt::CheckStateRole)
            return entry->enabled ? Qt::Checked : Qt::Unchecked;
        // The check box says it; the words are for screen readers.
        if (role == Qt::AccessibleTextRole)
            return entry->enabled ? tr("Enabled") : tr("Disabled");
        if (role == Qt::ToolTipRole)
            return entry->enabled ? tr("Backups go here") : tr("Backups do not go here for now");
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Connection)
            return test.message;
        if (index.column() == Location)
            return Core::displaySpec(entry->location);
        if (index.column() == Retention)
            return retentionDetail(*entry, m_defaults);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name: return entry->name;
    case Kind: return kindText(entry->kind);
    case Location: return Core::displaySpec(entry->location);
    case Retention: return retentionText(*entry, m_defaults);
    case Connection:
        switch (test.state) {
        case TestState::Untested:
            return role == Qt::AccessibleTextRole ? tr("Not tested") : QString();
        case TestState::Testing: return tr("Testing…");
        case TestState::Works: return tr("Works");
        case TestState::Fails: return tr("Fails");
        }
        return {};
    case Enabled:
    case ColumnCount: break;
    }
    return {};
}

QVariant DestinationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Location: return tr("Location");
    case Enabled: return tr("Enabled");
    case Retention: return tr("Retention");
    case Connection: return tr("Connection");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags DestinationListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled && m_editable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool DestinationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const BackupDestination *entry = index.isValid() ? destination(index.row()) : nullptr;
    if (!entry || index.column() != Enabled || role != Qt::CheckStateRole || !m_editable)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    if (enabled != entry->enabled)
        Q_EMIT enabledChangeRequested(entry->name, enabled);
    return true;
}

} // namespace Hubstate::Ui
