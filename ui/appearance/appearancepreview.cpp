#include "appearancepreview.h"

#include "core/settings/preferencesstore.h"
#include "ui/theme/themeapplier.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace Hubstate::Ui {

AppearancePreview::AppearancePreview(Core::PreferencesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("appearancePreview"));
    setAccessibleName(tr("Preview"));
    setAccessibleDescription(
        tr("A small picture of the hub in the chosen colours, accent and font size"));
    setMinimumHeight(140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("preferences.theme."))
            || key == QLatin1String("preferences.accessibility.textScale"))
            reload();
    });
    reload();
}

QSize AppearancePreview::sizeHint() const
{
    const int line = QFontMetrics(m_font).height();
    return {420, qMax(140, line * 8)};
}

void AppearancePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::ApplicationFontChange)
        reload();
    QWidget::changeEvent(event);
}

void AppearancePreview::reload()
{
    const QString mode = m_store.text(QStringLiteral("preferences.theme.mode"));
    const bool dark = mode == QLatin1String("dark")
        || (mode == QLatin1String("auto")
            && QApplication::palette().color(QPalette::Window).lightness() < 128);
    m_palette = ThemeApplier::palette(
        dark, QColor(m_store.text(QStringLiteral("preferences.theme.accentColor"))),
        m_store.value(QStringLiteral("preferences.theme.highContrast")).toBool());
    // ThemeApplier sets the application font from the size and text scale before this runs.
    m_font = QApplication::font();
    updateGeometry();
    update();
}

void AppearancePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(m_font);
    const QRect frame = rect().adjusted(1, 1, -2, -2);
    const int line = painter.fontMetrics().height();
    painter.fillRect(frame, m_palette.color(QPalette::Window));
    painter.setPen(m_palette.color(QPalette::WindowText));
    painter.drawRect(frame);

    // Title bar with the hub's name.
    const QRect title(frame.left(), frame.top(), frame.width(), line + 8);
    painter.fillRect(title, m_palette.color(QPalette::AlternateBase));
    painter.drawText(title.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Orchestrator hub"));

    // Two panes, each an agent with a few lines of conversation.
    const int top = title.bottom() + 6;
    const int paneWidth = (frame.width() - 18) / 2;
    const QStringList agents{tr("Research agent"), tr("Code agent")};
    for (int i = 0; i < 2; ++i) {
        const QRect pane(frame.left() + 6 + i * (paneWidth + 6), top, paneWidth,
                         frame.bottom() - top - 6);
        painter.fillRect(pane, m_palette.color(QPalette::Base));
        painter.setPen(i == 0 ? QPen(m_palette.color(QPalette::Highlight), 2)
                              : QPen(m_palette.color(QPalette::Mid)));
        painter.drawRect(pane);
        painter.setPen(m_palette.color(QPalette::Text));
        painter.drawText(pane.adjusted(6, 4, -6, 0), Qt::AlignTop | Qt::AlignLeft, agents.at(i));
        const QRect selected(pane.left() + 4, pane.top() + line + 8, pane.width() - 8, line + 2);
        if (i == 0) {
            painter.fillRect(selected, m_palette.color(QPalette::Highlight));
            painter.setPen(m_palette.color(QPalette::HighlightedText));
            painter.drawText(selected.adjusted(4, 0, -4, 0), Qt::AlignVCenter,
                             tr("Selected message"));
        } else {
            painter.drawText(selected.adjusted(4, 0, -4, 0), Qt::AlignVCenter, tr("Working…"));
        }
        // A button in the accent colour, as "Send" would look.
        const QRect button(pane.right() - 80, pane.bottom() - line - 10, 74, line + 6);
        if (button.top() > selected.bottom()) {
            painter.setPen(m_palette.color(QPalette::Highlight));
            painter.drawRect(button);
            painter.setPen(m_palette.color(QPalette::ButtonText));
            painter.drawText(button, Qt::AlignCenter, tr("Send"));
        }
    }
}

} // namespace Hubstate::Ui
