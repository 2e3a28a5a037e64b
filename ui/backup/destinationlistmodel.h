#pragma once

#include "core/backup/destinationlist.h"
#include "core/backup/retention.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Hubstate::Ui {

// backup.destinations as a table: name, kind, location (as messages show it, never with a
// secret), enabled (a check box), retention (the defaults, or the destination's own counts)
// and what the last connection test found. The list comes from the store; a click on a check
// box asks for the change (enabledChangeRequested) rather than making it, so that the store
// stays the one place the list is kept.
class DestinationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Location, Enabled, Retention, Connection, ColumnCount };
    enum class TestState { Untested, Testing, Works, Fails };

    explicit DestinationListModel(QObject *parent = nullptr);

    // `defaults`: the retention of a destination without counts of its own. Rows keep their
    // test results while their name and location stay.
    void setDestinations(const QList<Core::BackupDestination> &destinations,
                         const Core::RetentionPolicy &defaults);
    const QList<Core::BackupDestination> &destinations() const { return m_destinations; }
    const Core::BackupDestination *destination(int row) const;
    int rowOf(const QString &name) const; // -1 when none is named so
    // Check boxes that can be clicked (false while the administrator locks the list).
    void setEditable(bool editable);

    void setTest(const QString &name, TestState state, const QString &message = {});
    TestState testState(const QString &name) const;
    QString testMessage(const QString &name) const;

    static QString kindText(Core::BackupDestination::Kind kind);
    // "Defaults", or "Own: 5 last, 7 daily" (the counts that keep something).
    static QString retentionText(const Core::BackupDestination &destination,
                                 const Core::RetentionPolicy &defaults);
    // Every count, in words (the cell's tooltip).
    static QString retentionDetail(const Core::BackupDestination &destination,
                                   const Core::RetentionPolicy &defaults);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void enabledChangeRequested(const QString &name, bool enabled);

private:
    struct Test
    {
        QString location; // the location tested: a changed one is untested again
        TestState state = TestState::Untested;
        QString message;
    };

    QList<Core::BackupDestination> m_destinations;
    Core::RetentionPolicy m_defaults;
    QHash<QString, Test> m_tests; // by name
    bool m_editable = true;
};

} // namespace Hubstate::Ui
