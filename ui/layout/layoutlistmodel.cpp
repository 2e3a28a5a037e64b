#include "layoutlistmodel.h"

#include "core/state/layoutrepository.h"

#include <QCollator>
#include <QLocale>

namespace Hubstate::Ui {

LayoutListModel::LayoutListModel(Core::LayoutRepository &layouts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_layouts(layouts)
{
}

QString LayoutListModel::reload()
{
    const Core::Result<QList<Core::LayoutSummary>> listed = m_layouts.list();
    beginResetModel();
    m_all = listed ? *listed : QList<Core::LayoutSummary>();
    // As people count: "Workspace 2" before "Workspace 10".
    // The C locale's collation has no numeric mode: English's stands in for it.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English)
                                                          : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_all.begin(), m_all.end(),
                     [&collator](const Core::LayoutSummary &a, const Core::LayoutSummary &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    applyFilter();
    endResetModel();
    return listed ? QString() : listed.error().message;
}

void LayoutListModel::setFilter(const QString &text)
{
    beginResetModel();
    m_filter = text.trimmed();
    applyFilter();
    endResetModel();
}

void LayoutListModel::setDefaultId(const QString &id)
{
    m_defaultId = id;
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_shown.size()) - 1, Default)); // and tooltips
}

void LayoutListModel::applyFilter()
{
    m_shown.clear();
    for (const Core::LayoutSummary &summary : std::as_const(m_all)) {
        const bool matches = m_filter.isEmpty()
            || summary.name.contains(m_filter, Qt::CaseInsensitive)
            || std::any_of(summary.tags.cbegin(), summary.tags.cend(), [this](const QString &tag) {
                                 return tag.contains(m_filter, Qt::CaseInsensitive);
                             });
        if (matches)
            m_shown.append(summary);
    }
}

QString LayoutListModel::idAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).id : QString();
}

int LayoutListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == id)
            return row;
    }
    return -1;
}

int LayoutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int LayoutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayoutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::LayoutSummary &summary = m_shown.at(index.row());
    if (role == Qt::UserRole)
        return summary.id;
    // Everything the row holds, also what the columns hidden in a narrow list show.
    if (role == Qt::ToolTipRole && index.column() == Name) {
        QString tip =
            tr("%1\n%2, %n pane(s), last changed %3", nullptr, summary.paneCount)
                .arg(summary.name, summary.type,
                     QLocale().toString(summary.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (!summary.tags.isEmpty())
            tip += u'\n' + tr("Tags: %1").arg(summary.tags.join(QStringLiteral(", ")));
        if (summary.id == m_defaultId)
            tip += u'\n' + tr("Opens at start (the default layout)");
        return tip;
    }
    if (role == Qt::ToolTipRole && index.column() == Tags)
        return data(index, Qt::DisplayRole); // the column may elide them
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name: return summary.name;
    case Type: return summary.type;
    case Panes: return summary.paneCount;
    case Tags: return summary.tags.join(QStringLiteral(", "));
    case Updated: return QLocale().toString(summary.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case Default: return summary.id == m_defaultId ? tr("Default") : QString();
    default: return {};
    }
}

QVariant LayoutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Panes: return tr("Panes");
    case Tags: return tr("Tags");
    case Updated: return tr("Last change");
    case Default: return tr("Default");
    default: return {};
    }
}

} // namespace Hubstate::Ui
