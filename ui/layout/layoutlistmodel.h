#pragma once

#include "core/state/layout.h"

#include <QAbstractTableModel>

namespace Hubstate::Core {
class LayoutRepository;
}

namespace Hubstate::Ui {

// The stored layouts as a table: name, type, pane count, tags, last change and whether it is
// the default; sorted by name as people count ("Workspace 2" before "Workspace 10"), filtered
// by a text that matches names and tags.
class LayoutListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Panes, Tags, Updated, Default, ColumnCount };

    explicit LayoutListModel(Core::LayoutRepository &layouts, QObject *parent = nullptr);

    // Reads the list again; the error's message when the database cannot be read.
    QString reload();
    void setFilter(const QString &text);
    void setDefaultId(const QString &id);

    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when filtered out or unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    Core::LayoutRepository &m_layouts;
    QList<Core::LayoutSummary> m_all;
    QList<Core::LayoutSummary> m_shown;
    QString m_filter;
    QString m_defaultId;
};

} // namespace Hubstate::Ui
