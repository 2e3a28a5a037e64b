// The main window shows every setting with its value and source, and follows changes.
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Hubstate;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEverySettingAndFollowsChanges();
};

void TestMainWindow::showsEverySettingAndFollowsChanges()
{
    QTemporaryDir dir;
    Core::PreferencesStore store(Core::Profile::inDirectory(dir.path()),
                                 dir.filePath(QStringLiteral("policy.ini")));
    QVERIFY(store.open());
    QVERIFY(store.setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));

    Ui::MainWindow window(store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.windowIcon().isNull()); // the embedded icon loads
    auto *overview = window.findChild<QTreeWidget *>(QStringLiteral("settingsOverview"));
    QVERIFY(overview);

    const auto row = [overview](const QString &key) {
        const auto items = overview->findItems(key, Qt::MatchExactly | Qt::MatchRecursive, 3);
        return items.isEmpty() ? nullptr : items.first();
    };
    int settings = 0;
    for (int i = 0; i < overview->topLevelItemCount(); ++i)
        settings += overview->topLevelItem(i)->childCount();
    QCOMPARE(settings, Core::SettingsSchema::instance().settings().size());

    QTreeWidgetItem *mode = row(QStringLiteral("preferences.theme.mode"));
    QVERIFY(mode);
    QCOMPARE(mode->text(1), QStringLiteral("dark"));
    QCOMPARE(mode->text(2), QStringLiteral("user"));

    QVERIFY(store.reset(QStringLiteral("preferences.theme.mode")));
    QCOMPARE(mode->text(1), QStringLiteral("auto"));
    QCOMPARE(mode->text(2), QStringLiteral("default"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
