// The appearance page: the accent colour by hex entry (checked as one types) and by colour
// dialog, and the preview that draws the hub with the chosen colours as they change.
#include "core/settings/preferencesstore.h"
#include "ui/appearance/appearancepreview.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingrow.h"

#include <QColorDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Hubstate;

namespace {
const QString kAccent = QStringLiteral("preferences.theme.accentColor");

int pixelsOf(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    }
    return count;
}
} // namespace

class TestAppearancePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accentHexEntryIsCheckedAsOneTypes();
    void colourDialogSetsTheAccent();
    void previewFollowsModeAndContrast();

private:
    Ui::SettingRow *accentRow() const
    {
        return m_window->findChild<Ui::SettingRow *>(QStringLiteral("row:") + kAccent);
    }
    Ui::AppearancePreview *preview() const
    {
        return m_window->findChild<Ui::AppearancePreview *>(QStringLiteral("appearancePreview"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestAppearancePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Core::PreferencesStore>(Core::Profile::inDirectory(m_dir->path()),
                                                       m_dir->filePath(QStringLiteral("none.ini")));
    QVERIFY(m_store->open());
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_window->show();
    m_window->showPage(QStringLiteral("appearance"));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(preview() && preview()->isVisible());
}

void TestAppearancePage::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestAppearancePage::accentHexEntryIsCheckedAsOneTypes()
{
    auto *hex = accentRow()->findChild<QLineEdit *>(QStringLiteral("editor"));
    auto *swatch = accentRow()->findChild<QToolButton *>(QStringLiteral("chooseColor"));
    auto *problem = accentRow()->findChild<QLabel *>(QStringLiteral("problem"));
    QCOMPARE(hex->text(), QStringLiteral("#3daee9"));
    QCOMPARE(swatch->property("swatchColor").toString(), QStringLiteral("#3daee9"));
    hex->setFocus();
    hex->selectAll();
    QTest::keyClicks(hex, QStringLiteral("#12z"));
    QVERIFY(problem->isVisible());
    QVERIFY(!accentRow()->problem().isEmpty());
    QTest::keyClick(hex, Qt::Key_Return);
    QCOMPARE(m_store->text(kAccent), QStringLiteral("#3daee9")); // never stored
    QTest::keyClick(hex, Qt::Key_Backspace);
    QTest::keyClicks(hex, QStringLiteral("3456"));
    QVERIFY(!problem->isVisible());
    // The swatch shows the colour as typed; the store waits for Enter.
    QCOMPARE(swatch->property("swatchColor").toString(), QStringLiteral("#123456"));
    QCOMPARE(m_store->text(kAccent), QStringLiteral("#3daee9"));
    QTest::keyClick(hex, Qt::Key_Return);
    QCOMPARE(m_store->text(kAccent), QStringLiteral("#123456"));
    // The preview draws with it.
    QCOMPARE(preview()->accent(), QColor(QStringLiteral("#123456")));
    QVERIFY(pixelsOf(preview()->grab().toImage(), QColor(QStringLiteral("#123456"))) > 100);
    QCOMPARE(pixelsOf(preview()->grab().toImage(), QColor(QStringLiteral("#3daee9"))), 0);
}

void TestAppearancePage::colourDialogSetsTheAccent()
{
    auto *choose = accentRow()->findChild<QToolButton *>(QStringLiteral("chooseColor"));
    choose->setFocus();
    QTest::keyClick(choose, Qt::Key_Space);
    auto *dialog = accentRow()->findChild<QColorDialog *>(QStringLiteral("colorDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentColor(), QColor(QStringLiteral("#3daee9")));
    dialog->setCurrentColor(QColor(QStringLiteral("#00aa00")));
    dialog->accept();
    QCOMPARE(m_store->text(kAccent), QStringLiteral("#00aa00"));
    QCOMPARE(accentRow()->findChild<QLineEdit *>(QStringLiteral("editor"))->text(),
             QStringLiteral("#00aa00"));
    QCOMPARE(preview()->accent(), QColor(QStringLiteral("#00aa00")));
}

void TestAppearancePage::previewFollowsModeAndContrast()
{
    QVERIFY(m_store->setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("light")));
    const QImage light = preview()->grab().toImage();
    QVERIFY(preview()->previewPalette().color(QPalette::Window).lightness() > 128);
    QVERIFY(m_store->setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    QVERIFY(preview()->previewPalette().color(QPalette::Window).lightness() < 128);
    const QImage dark = preview()->grab().toImage();
    QVERIFY(light != dark);
    QVERIFY(pixelsOf(dark, preview()->previewPalette().color(QPalette::Window)) > 100);
    QVERIFY(
        m_store->setText(QStringLiteral("preferences.theme.highContrast"), QStringLiteral("true")));
    QCOMPARE(preview()->previewPalette().color(QPalette::Window), QColor(Qt::black));
}

QTEST_MAIN(TestAppearancePage)
#include "tst_appearancepage.moc"
