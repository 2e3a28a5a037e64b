#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QWidget>

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// A small mock of the orchestrator hub (title bar, two agent panes, a selected line, a button)
// drawn with the palette, accent and font the appearance settings give, updated as they change.
class AppearancePreview : public QWidget
{
    Q_OBJECT

public:
    explicit AppearancePreview(Core::PreferencesStore &store, QWidget *parent = nullptr);

    QColor accent() const { return m_palette.color(QPalette::Highlight); }
    QPalette previewPalette() const { return m_palette; }
    QFont previewFont() const { return m_font; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();

    Core::PreferencesStore &m_store;
    QPalette m_palette;
    QFont m_font;
};

} // namespace Hubstate::Ui
