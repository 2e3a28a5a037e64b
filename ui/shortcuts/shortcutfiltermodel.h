#pragma once

#include <QKeySequence>
#include <QSortFilterProxyModel>

namespace Hubstate::Ui {

// Narrows the shortcut table: by words in the action's name or id, by the keys pressed in the
// key-capture filter (actions whose shortcut is or starts with them), to conflicts only, and to
// the shortcuts the user changed.
class ShortcutFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNameFilter(const QString &text);
    void setKeyFilter(const QKeySequence &keys);
    void setConflictsOnly(bool on);
    void setModifiedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_name;
    QKeySequence m_keys;
    bool m_conflictsOnly = false;
    bool m_modifiedOnly = false;
};

} // namespace Hubstate::Ui
