#include "layoutcanvas.h"

#include "core/state/layoutediting.h"
#include "layoutcanvasaccessible.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>

namespace Hubstate::Ui {

LayoutCanvas::LayoutCanvas(const LayoutKeyMap &keys, QWidget *parent)
    : QWidget(parent)
    , m_keys(keys)
{
    LayoutCanvasAccessible::install();
    setObjectName(QStringLiteral("layoutCanvas"));
    setAccessibleName(tr("Layout canvas"));
    setAccessibleDescription(tr("Arrow keys move between panes; the keys are listed under Keys."));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize LayoutCanvas::sizeHint() const
{
    return {480, 270};
}

QSize LayoutCanvas::minimumSizeHint() const
{
    return {240, 135};
}

void LayoutCanvas::showLayout(const Core::Layout &layout, int focusedPane)
{
    const bool countChanged = layout.panes.size() != m_layout.panes.size();
    m_layout = layout;
    m_focus =
        m_layout.panes.isEmpty() ? -1 : std::clamp(focusedPane, 0, int(layout.panes.size()) - 1);
    update();
    if (countChanged) {
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    }
    announceFocus();
}

void LayoutCanvas::setDisplay(const CanvasDisplay &display)
{
    m_display = display;
    update();
}

void LayoutCanvas::setAgentNames(const QHash<QString, QString> &names)
{
    m_agentNames = names;
    update();
}

QString LayoutCanvas::agentLabel(const QString &agentId) const
{
    if (agentId.isEmpty())
        return {};
    const QString name = m_agentNames.value(agentId);
    return name.isEmpty() ? tr("%1 (not configured)").arg(agentId) : name;
}

void LayoutCanvas::setZoomed(bool zoomed)
{
    m_zoomed = zoomed;
    update();
}

QRect LayoutCanvas::drawingArea() const
{
    // The reference size scaled to fit, so proportions are the layout's own.
    const QRect available = contentsRect().adjusted(4, 4, -4, -4);
    if (m_layout.referenceWidth <= 0 || m_layout.referenceHeight <= 0)
        return available;
    QSize size(m_layout.referenceWidth, m_layout.referenceHeight);
    size.scale(available.size(), Qt::KeepAspectRatio);
    QRect area(QPoint(0, 0), size);
    area.moveCenter(available.center());
    return area;
}

QRect LayoutCanvas::paneRect(int index) const
{
    if (index < 0 || index >= m_layout.panes.size() || m_layout.columns < 1 || m_layout.rows < 1)
        return {};
    const QRect area = drawingArea();
    if (m_zoomed)
        return index == m_focus ? area : QRect();
    const Core::Pane &pane = m_layout.panes.at(index);
    const auto x = [&](int column) {
        return area.left() + area.width() * column / m_layout.columns;
    };
    const auto y = [&](int row) {
        return area.top() + area.height() * row / m_layout.rows;
    };
    return QRect(QPoint(x(pane.column), y(pane.row)),
                 QPoint(x(pane.column + pane.columnSpan) - 1, y(pane.row + pane.rowSpan) - 1));
}

QString LayoutCanvas::paneDescription(int index) const
{
    if (index < 0 || index >= m_layout.panes.size())
        return {};
    const Core::Pane &pane = m_layout.panes.at(index);
    const qint64 width = qint64(m_layout.referenceWidth) * pane.columnSpan / m_layout.columns;
    const qint64 height = qint64(m_layout.referenceHeight) * pane.rowSpan / m_layout.rows;
    const QString agent =
        pane.agentId.isEmpty() ? tr("no agent") : tr("agent %1").arg(agentLabel(pane.agentId));
    const QString title = Core::LayoutEditing::paneTitle(m_layout, index);
    return tr("Pane %1 of %2, %3, %4, %5 x %6 px")
        .arg(QString::number(index + 1), QString::number(m_layout.panes.size()),
             title.isEmpty() ? tr("untitled") : title, agent, QString::number(width),
             QString::number(height));
}

bool LayoutCanvas::event(QEvent *event)
{
    // The canvas's keys win over the window's shortcuts (Ctrl+Z undoes the layout here).
    if (event->type() == QEvent::ShortcutOverride) {
        if (m_keys.match(*static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void LayoutCanvas::keyPressEvent(QKeyEvent *event)
{
    if (const std::optional<LayoutAction> action = m_keys.match(*event)) {
        Q_EMIT actionTriggered(*action);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LayoutCanvas::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    announceFocus();
}

void LayoutCanvas::announceFocus()
{
    if (!hasFocus() || m_focus < 0)
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(m_focus);
    QAccessible::updateAccessibility(&event);
}

void LayoutCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &colours = palette();
    const QRect area = drawingArea();
    painter.fillRect(area, colours.color(QPalette::Base));

    if (m_display.snapToGrid && !m_zoomed) {
        QPen grid(colours.color(QPalette::Mid), 1, Qt::DotLine);
        painter.setPen(grid);
        for (int column = 1; column < m_layout.columns; ++column) {
            const int x = area.left() + area.width() * column / m_layout.columns;
            painter.drawLine(x, area.top(), x, area.bottom());
        }
        for (int row = 1; row < m_layout.rows; ++row) {
            const int y = area.top() + area.height() * row / m_layout.rows;
            painter.drawLine(area.left(), y, area.right(), y);
        }
    }

    const QFontMetrics metrics(font());
    for (int i = 0; i < m_layout.panes.size(); ++i) {
        const QRect rect = paneRect(i).adjusted(3, 3, -3, -3);
        if (rect.isEmpty())
            continue;
        const Core::Pane &pane = m_layout.panes.at(i);
        const QString title = Core::LayoutEditing::paneTitle(m_layout, i);
        painter.fillRect(rect, colours.color(QPalette::AlternateBase));
        QRect body = rect;
        if (m_display.showHeaders) {
            const QRect header(rect.topLeft(), QSize(rect.width(), metrics.height() + 6));
            painter.fillRect(header, colours.color(QPalette::Button));
            painter.setPen(colours.color(QPalette::ButtonText));
            painter.drawText(header.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             metrics.elidedText(tr("%1  %2").arg(i + 1).arg(title),
                                                Qt::ElideRight, header.width() - 12));
            body.setTop(header.bottom() + 1);
        }
        // The agent's name matters more than the drawing of a tab: in a small pane (many panes
        // in a narrow editor) the tab gives way rather than cut the name off.
        const int tabHeight = metrics.height() + 4;
        const int nameHeight = metrics.height() + 8;
        if (m_display.showTabs && body.height() >= 4 + tabHeight + 2 + nameHeight) {
            const QRect tab(body.topLeft() + QPoint(6, 4),
                            QSize(std::min(body.width() - 12, 80), tabHeight));
            painter.setPen(colours.color(QPalette::Mid));
            painter.drawRect(tab);
            painter.setPen(colours.color(QPalette::Text));
            painter.drawText(tab, Qt::AlignCenter,
                             metrics.elidedText(tr("Tab"), Qt::ElideRight, tab.width()));
            body.setTop(tab.bottom() + 2);
        }
        painter.setPen(colours.color(QPalette::Text));
        QString label = pane.agentId.isEmpty() ? tr("No agent") : agentLabel(pane.agentId);
        if (!m_display.showHeaders)
            label = tr("%1  %2\n%3").arg(i + 1).arg(title, label);
        const QRect text = body.adjusted(6, 4, -6, -4);
        const int flags = Qt::AlignCenter | Qt::TextWordWrap;
        // Wrapped, it would not fit: one line, elided.
        if (!label.contains(u'\n')
            && metrics.boundingRect(text, flags, label).height() > text.height())
            label = metrics.elidedText(label, Qt::ElideRight, text.width());
        painter.drawText(text, flags, label);
        if (i == m_focus) {
            QPen outline(colours.color(QPalette::Highlight), hasFocus() ? 4 : 2);
            painter.setPen(outline);
            painter.drawRect(rect.adjusted(1, 1, -2, -2));
        } else {
            painter.setPen(colours.color(QPalette::Mid));
            painter.drawRect(rect.adjusted(0, 0, -1, -1));
        }
    }
}

} // namespace Hubstate::Ui
