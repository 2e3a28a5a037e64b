#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>

class QApplication;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// Applies the appearance settings to Hubstate's own windows as they change: colour mode
// (auto follows the desktop's palette, which is the best Qt 6.4 can tell), accent colour,
// font size and text scale, high contrast, and reduced motion (no animations at all).
class ThemeApplier : public QObject
{
    Q_OBJECT

public:
    ThemeApplier(Core::PreferencesStore &store, QApplication &application,
                 QObject *parent = nullptr);
    ~ThemeApplier() override; // gives the application back the desktop's look

    void apply();
    bool isDark() const { return m_dark; }

    // The palette for a mode, accent and contrast; used by apply() and the preview.
    static QPalette palette(bool dark, const QColor &accent, bool highContrast);

private:
    Core::PreferencesStore &m_store;
    QApplication &m_application;
    QPalette m_desktopPalette; // as the desktop gave it, before Hubstate changed anything
    QFont m_desktopFont;
    QList<std::pair<Qt::UIEffect, bool>> m_desktopEffects; // restored when motion is allowed
    bool m_dark = false;
};

} // namespace Hubstate::Ui
