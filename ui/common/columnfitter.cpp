#include "columnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTreeView>

namespace Hubstate::Ui {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, int mainColumn,
                           int mainCharacters)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_main(mainColumn)
    , m_mainCharacters(mainCharacters)
{
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Fixed);
    m_header->setSectionResizeMode(m_main, QHeaderView::Stretch);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::fitLater);
    }
    if (auto *tree = qobject_cast<QTreeView *>(m_view)) {
        connect(tree, &QTreeView::expanded, this, &ColumnFitter::fitLater);
        connect(tree, &QTreeView::collapsed, this, &ColumnFitter::fitLater);
    }
    connect(m_header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::fitLater);
}

void ColumnFitter::addColumn(int column, const QString &widest)
{
    m_columns.append({column, widest});
    m_header->setSectionResizeMode(column, QHeaderView::Fixed);
    fitLater();
}

void ColumnFitter::fitLater()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, &ColumnFitter::fit, Qt::QueuedConnection);
}

// The room an item view's delegate leaves on either side of a cell's text.
int ColumnFitter::textMargins() const
{
    return 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
}

int ColumnFitter::mainMinimum() const
{
    int cells = m_view->fontMetrics().averageCharWidth() * m_mainCharacters + textMargins();
    if (const auto *tree = qobject_cast<const QTreeView *>(m_view.data());
        tree && m_main == tree->treePosition())
        cells += tree->indentation(); // the rows below the first level start further in
    return qMax(m_header->sectionSizeHint(m_main), cells);
}

int ColumnFitter::width(const Column &column) const
{
    int contents = m_view->sizeHintForColumn(column.column);
    if (!column.widest.isEmpty())
        contents =
            qMin(contents, m_view->fontMetrics().horizontalAdvance(column.widest) + textMargins());
    return qMax(m_header->sectionSizeHint(column.column), contents);
}

void ColumnFitter::fit()
{
    m_pending = false;
    if (!m_view || !m_header || !m_view->model())
        return;
    const int mainWidth = mainMinimum();
    // Never narrower than the main column needs, with room for a vertical scroll bar.
    const int frame = 2 * m_view->frameWidth();
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                       m_view->verticalScrollBar());
    const int least = mainWidth + frame + scrollBar;
    if (m_view->minimumWidth() != least)
        m_view->setMinimumWidth(least);
    int room = m_view->viewport()->width() - mainWidth;
    bool showing = true; // once one column does not fit, the less wanted ones wait too
    for (const Column &column : std::as_const(m_columns)) {
        const int needed = width(column);
        showing = showing && needed <= room;
        if (showing) {
            room -= needed;
            if (m_header->sectionSize(column.column) != needed
                || m_header->isSectionHidden(column.column)) {
                m_header->setSectionHidden(column.column, false);
                m_header->resizeSection(column.column, needed);
            }
        } else if (!m_header->isSectionHidden(column.column)) {
            m_header->setSectionHidden(column.column, true);
        }
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    else if (watched == m_view
             && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
                 || event->type() == QEvent::Show))
        fitLater();
    return QObject::eventFilter(watched, event);
}

} // namespace Hubstate::Ui
