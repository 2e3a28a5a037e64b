// Appearance settings applied live to Hubstate's own windows.
#include "core/settings/preferencesstore.h"
#include "ui/theme/themeapplier.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;

class TestThemeApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void colourModeAndAccent();
    void highContrast();
    void fontSizeAndTextScale();
    void reducedMotionTurnsOffEveryAnimation();

private:
    bool set(const char *key, const char *value)
    {
        return bool(m_store->setText(QLatin1String(key), QLatin1String(value)));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::ThemeApplier> m_theme;
    double m_mediumPointSize = 0;
    bool m_desktopAnimateCombo = false;
};

void TestThemeApplier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Core::PreferencesStore>(Core::Profile::inDirectory(m_dir->path()),
                                                       m_dir->filePath(QStringLiteral("p.ini")));
    QVERIFY(m_store->open());
    m_desktopAnimateCombo = QApplication::isEffectEnabled(Qt::UI_AnimateCombo);
    m_theme = std::make_unique<Ui::ThemeApplier>(
        *m_store, *qobject_cast<QApplication *>(QCoreApplication::instance()));
    m_mediumPointSize = QApplication::font().pointSizeF();
}

void TestThemeApplier::cleanup()
{
    m_theme.reset();
    m_store.reset();
}

void TestThemeApplier::colourModeAndAccent()
{
    QVERIFY(set("preferences.theme.mode", "dark"));
    QVERIFY(m_theme->isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
    QVERIFY(set("preferences.theme.mode", "light"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(set("preferences.theme.accentColor", "#ff8800"));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0xff, 0x88, 0x00));
}

void TestThemeApplier::highContrast()
{
    QVERIFY(set("preferences.theme.mode", "dark"));
    const QColor normal = QApplication::palette().color(QPalette::Window);
    QVERIFY(set("preferences.theme.highContrast", "true"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0, 0, 0));
    QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(255, 255, 255));
    QVERIFY(normal != QColor(0, 0, 0));
}

void TestThemeApplier::fontSizeAndTextScale()
{
    QVERIFY(set("preferences.theme.fontSize", "large"));
    QCOMPARE(QApplication::font().pointSizeF(), m_mediumPointSize * 1.25);
    QVERIFY(set("preferences.accessibility.textScale", "200"));
    QCOMPARE(QApplication::font().pointSizeF(), m_mediumPointSize * 2.5);
    QVERIFY(set("preferences.theme.fontSize", "small"));
    QCOMPARE(QApplication::font().pointSizeF(), m_mediumPointSize * 0.875 * 2.0);
    QVERIFY(m_store->reset(QStringLiteral("preferences.accessibility.textScale")));
    QVERIFY(m_store->reset(QStringLiteral("preferences.theme.fontSize")));
    QCOMPARE(QApplication::font().pointSizeF(), m_mediumPointSize);
}

void TestThemeApplier::reducedMotionTurnsOffEveryAnimation()
{
    QVERIFY(set("preferences.theme.reducedMotion", "true"));
    for (Qt::UIEffect effect :
         {Qt::UI_General, Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
          Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
        QVERIFY2(!QApplication::isEffectEnabled(effect), qPrintable(QString::number(effect)));
    // Motion allowed again: the desktop's own choices come back, whatever they were.
    QVERIFY(set("preferences.theme.reducedMotion", "false"));
    QCOMPARE(QApplication::isEffectEnabled(Qt::UI_AnimateCombo), m_desktopAnimateCombo);
}

QTEST_MAIN(TestThemeApplier)
#include "tst_themeapplier.moc"
