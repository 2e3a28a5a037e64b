#pragma once

#include <QAbstractTableModel>
#include <QKeySequence>
#include <QStringList>
#include <utility>

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// Every action with a shortcut: each setting under preferences.keyboard.shortcuts. in the
// schema, so actions added there later appear without wiring. Columns: the action, its keys,
// where they come from (default, user, admin) and the actions it conflicts with.
class ShortcutModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ShortcutColumn, SourceColumn, ConflictColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole, // the setting key
        SequenceRole, // QKeySequence
        ConflictsRole, // QStringList of the other actions' labels
        LockedRole, // bool: an admin locked it
        ModifiedRole, // bool: the user's own value
    };

    static QString prefix(); // "preferences.keyboard.shortcuts."

    explicit ShortcutModel(Core::PreferencesStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString key(int row) const { return m_keys.value(row); }
    int rowOf(const QString &key) const { return m_keys.indexOf(key); }
    QString label(int row) const;
    QKeySequence sequence(int row) const;

    // Keys the window keeps for itself (page navigation), each with what it does; they count
    // as conflicts too.
    void setReservedKeys(const QList<std::pair<QKeySequence, QString>> &reserved);

    // The labels of the actions whose keys clash with `sequence` (equal, or one a chord prefix
    // of the other), leaving out `exceptKey`.
    QStringList conflictsFor(const QKeySequence &sequence, const QString &exceptKey) const;
    static bool clash(const QKeySequence &a, const QKeySequence &b);

private:
    Core::PreferencesStore &m_store;
    QStringList m_keys;
    QList<std::pair<QKeySequence, QString>> m_reserved;
};

} // namespace Hubstate::Ui
