#pragma once

#include "core/backup/backupcatalog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Hubstate::Ui {

// The catalog of backups as a table, newest first: date, size, destination, app version,
// encrypted, verified state. Read from the catalog file; the page reloads it after each job.
class BackupCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Size, Destination, HeldAt, AppVersion, Encrypted, State, ColumnCount };
    static constexpr int RecordStateRole = Qt::UserRole + 1; // BackupRecord::State as int

    explicit BackupCatalogModel(QObject *parent = nullptr);

    // `names`: the destination's name in backup.destinations by what the catalog records
    // (a folder or a URL), for HeldAt: the destinations that hold a verified copy of the file.
    void setRecords(QList<Core::BackupRecord> records, QHash<QString, QString> names = {});
    const QList<Core::BackupRecord> &records() const { return m_records; }
    const Core::BackupRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(Core::BackupRecord::State state);

private:
    QList<Core::BackupRecord> m_records;
    QHash<QString, QStringList> m_holders; // file -> names of the destinations holding it
};

} // namespace Hubstate::Ui
