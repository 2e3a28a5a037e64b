#include "backupcatalogmodel.h"

#include <QLocale>

namespace Hubstate::Ui {

BackupCatalogModel::BackupCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupCatalogModel::setRecords(QList<Core::BackupRecord> records,
                                    QHash<QString, QString> names)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const Core::BackupRecord &a, const Core::BackupRecord &b) {
                         return a.createdAt > b.createdAt;
                     });
    beginResetModel();
    m_records = std::move(records);
    m_holders.clear();
    for (const Core::BackupRecord &record : std::as_const(m_records)) {
        if (record.state != Core::BackupRecord::State::Verified)
            continue;
        const QString name = names.value(record.destination, record.destination);
        if (!m_holders[record.file].contains(name))
            m_holders[record.file].append(name);
    }
    endResetModel();
}

const Core::BackupRecord *BackupCatalogModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int BackupCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int BackupCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupCatalogModel::stateText(Core::BackupRecord::State state)
{
    switch (state) {
    case Core::BackupRecord::State::Verified: return tr("Verified");
    case Core::BackupRecord::State::Unverified: return tr("Not verified");
    case Core::BackupRecord::State::Quarantined: return tr("Quarantined");
    }
    return {};
}

QVariant BackupCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::BackupRecord &record = m_records.at(index.row());
    if (role == RecordStateRole)
        return int(record.state);
    if (role == Qt::ToolTipRole) {
        if (index.column() == State && !record.problem.isEmpty())
            return record.problem;
        if (index.column() == Date)
            return record.file;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date: {
        const QString date =
            QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (record.label == QLatin1String("safety"))
            return tr("%1 (safety backup, taken before a restore)").arg(date);
        return record.label.isEmpty() ? date : tr("%1 (%2)").arg(date, record.label);
    }
    case Size: return QLocale().formattedDataSize(record.size);
    case Destination: return record.destination;
    case HeldAt: return m_holders.value(record.file).join(QStringLiteral(", "));
    case AppVersion: return record.appVersion;
    case Encrypted: return record.encrypted ? tr("Yes") : tr("No");
    case State: return stateText(record.state);
    default: return {};
    }
}

QVariant BackupCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date: return tr("Date");
    case Size: return tr("Size");
    case Destination: return tr("Destination");
    case HeldAt: return tr("Held at");
    case AppVersion: return tr("App version");
    case Encrypted: return tr("Encrypted");
    case State: return tr("Verified");
    default: return {};
    }
}

} // namespace Hubstate::Ui
