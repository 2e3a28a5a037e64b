#include "themeapplier.h"

#include "core/settings/preferencesstore.h"

#include <QApplication>
#include <QStyle>

namespace Hubstate::Ui {

ThemeApplier::ThemeApplier(Core::PreferencesStore &store, QApplication &application,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_application(application)
    , m_desktopPalette(QApplication::palette())
    , m_desktopFont(QApplication::font())
{
    for (Qt::UIEffect effect :
         {Qt::UI_General, Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
          Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
        m_desktopEffects.append({effect, QApplication::isEffectEnabled(effect)});
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("preferences.theme."))
            || key == QLatin1String("preferences.accessibility.textScale"))
            apply();
    });
    apply();
}

ThemeApplier::~ThemeApplier()
{
    QApplication::setPalette(m_desktopPalette);
    QApplication::setFont(m_desktopFont);
    for (const auto &[effect, desktopChoice] : std::as_const(m_desktopEffects))
        QApplication::setEffectEnabled(effect, desktopChoice);
}

QPalette ThemeApplier::palette(bool dark, const QColor &accent, bool highContrast)
{
    const QColor window = dark ? (highContrast ? QColor(0, 0, 0) : QColor(0x2a, 0x2e, 0x32))
                               : (highContrast ? QColor(255, 255, 255) : QColor(0xef, 0xf0, 0xf1));
    const QColor base =
        dark ? (highContrast ? QColor(0, 0, 0) : QColor(0x1b, 0x1e, 0x20)) : QColor(255, 255, 255);
    const QColor text = dark ? (highContrast ? QColor(255, 255, 255) : QColor(0xfc, 0xfc, 0xfc))
                             : (highContrast ? QColor(0, 0, 0) : QColor(0x23, 0x26, 0x29));
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, dark ? window.lighter(115) : window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dark ? text.darker(160) : text.lighter(250));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText,
                     accent.lightness() > 150 ? QColor(0, 0, 0) : QColor(255, 255, 255));
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::Disabled, QPalette::Text,
                     highContrast ? text : text.darker(dark ? 180 : 60));
    palette.setColor(QPalette::Disabled, QPalette::WindowText,
                     highContrast ? text : (dark ? text.darker(180) : text.lighter(300)));
    for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::Text})
        palette.setColor(QPalette::Disabled, role,
                         palette.color(QPalette::Disabled, QPalette::WindowText));
    return palette;
}

void ThemeApplier::apply()
{
    const QString mode = m_store.text(QStringLiteral("preferences.theme.mode"));
    // Qt 6.4 cannot ask the desktop for its colour scheme; its palette tells light from dark.
    m_dark = mode == QLatin1String("dark")
        || (mode == QLatin1String("auto")
            && m_desktopPalette.color(QPalette::Window).lightness() < 128);
    const QColor accent(m_store.text(QStringLiteral("preferences.theme.accentColor")));
    const bool highContrast =
        m_store.value(QStringLiteral("preferences.theme.highContrast")).toBool();
    QApplication::setPalette(palette(m_dark, accent, highContrast));

    const QString size = m_store.text(QStringLiteral("preferences.theme.fontSize"));
    const double sizeFactor = size == QLatin1String("small") ? 0.875
        : size == QLatin1String("large")                     ? 1.25
                                                             : 1.0;
    const double scale =
        m_store.value(QStringLiteral("preferences.accessibility.textScale")).toDouble() / 100.0;
    QFont font = m_desktopFont;
    const double base = m_desktopFont.pointSizeF() > 0 ? m_desktopFont.pointSizeF() : 10.0;
    font.setPointSizeF(base * sizeFactor * scale);
    QApplication::setFont(font);

    // Reduced motion: no animation anywhere in Hubstate; otherwise the desktop's own choice.
    const bool reduced = m_store.value(QStringLiteral("preferences.theme.reducedMotion")).toBool();
    for (const auto &[effect, desktopChoice] : std::as_const(m_desktopEffects))
        QApplication::setEffectEnabled(effect, reduced ? false : desktopChoice);
}

} // namespace Hubstate::Ui
