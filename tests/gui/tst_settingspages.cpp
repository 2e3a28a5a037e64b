// The settings pages as people use them: numbers in units with a unit chooser, a slider for a
// scale, pickers for what a setting names (the default layout, a folder), every description
// in sight, the administrator's lock on the row and reachable by Tab, "modified only", "reset
// this page", search by unit with the match marked, and the sidebar's icons.
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/storedreferences.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"
#include "core/state/statedatabase.h"
#include "ui/mainwindow.h"
#include "ui/pages/editors/percentedit.h"
#include "ui/pages/editors/quantityedit.h"
#include "ui/pages/editors/referencepicker.h"
#include "ui/pages/pageicons.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>

using namespace Hubstate;
using Hubstate::Ui::SettingRow;

class TestSettingsPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void durationIsEditedWithAUnitChooser();
    void sizesReadInMebibytes();
    void percentageHasASlider();
    void defaultLayoutIsPickedFromStoredLayouts();
    void agentsArePickedByName();
    void everyDescriptionIsShownUnderItsSetting();
    void lockIsExplainedOnTheRowAndReachedByTab();
    void modifiedOnlyShowsTheChangedSettings();
    void resetThisPageIsOneUndoStep();
    void searchFindsSettingsByUnit();
    void searchMarksTheMatchedText();
    void searchSaysWhatItHidesOnThePage();
    void sidebarHasAnIconForEveryPage();

private:
    SettingRow *row(const QString &key) const;
    template<typename T> T *editor(const QString &key) const
    {
        return row(key)->findChild<T *>(QStringLiteral("editor"));
    }
    Ui::SettingsPage *show(const QString &pageId);
    QString addLayout(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::StateDatabase> m_database;
    std::unique_ptr<Core::StoredReferences> m_references;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_policy;
};

void TestSettingsPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile policy(m_policy);
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[meta]\nexplanation=Telemetry stays off on company machines (IT-42)\n"
                 "[locked]\nprivacy.telemetry=false\n");
    policy.close();
    const Core::Profile profile = Core::Profile::inDirectory(m_dir->path());
    m_store = std::make_unique<Core::PreferencesStore>(profile, m_policy);
    QVERIFY(m_store->open());
    // As the composition root wires it: the stored layouts behind the default layout's picker.
    m_database = std::make_unique<Core::StateDatabase>();
    QVERIFY(m_database->open(profile.databaseFile()));
    QVERIFY(Core::LayoutRepository(*m_database).ensureTemplates());
    m_references = std::make_unique<Core::StoredReferences>(*m_database);
    m_store->setReferences(m_references.get());
    m_window =
        std::make_unique<Ui::MainWindow>(*m_store, m_dir->filePath(QStringLiteral("window.ini")));
    m_window->resize(1100, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSettingsPages::cleanup()
{
    m_window.reset();
    m_store->setReferences(nullptr);
    m_references.reset();
    m_database.reset();
    m_store.reset();
}

SettingRow *TestSettingsPages::row(const QString &key) const
{
    return m_window->findChild<SettingRow *>(QStringLiteral("row:") + key);
}

Ui::SettingsPage *TestSettingsPages::show(const QString &pageId)
{
    m_window->showPage(pageId);
    return m_window->page(pageId);
}

QString TestSettingsPages::addLayout(const QString &name)
{
    Core::Layout layout =
        Core::LayoutTemplates::make(QStringLiteral("grid-2x2"), QDateTime::currentDateTimeUtc());
    layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    layout.name = name;
    layout.tags.clear();
    return Core::LayoutRepository(*m_database).save(layout) ? layout.id : QString();
}

void TestSettingsPages::durationIsEditedWithAUnitChooser()
{
    const QString key = QStringLiteral("agents.timeout");
    show(QStringLiteral("environment"));
    auto *quantity = editor<Ui::QuantityEdit>(key);
    QVERIFY(quantity);
    QDoubleSpinBox *amount = quantity->amountBox();
    QComboBox *unit = quantity->unitBox();
    // 30000 ms reads "30 seconds".
    QCOMPARE(amount->value(), 30.0);
    QCOMPARE(unit->currentText(), QStringLiteral("seconds"));
    QVERIFY(unit->isVisibleTo(m_window.get()));
    // 5, then minutes from the chooser, by keyboard: 5 minutes.
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("5"));
    unit->setFocus(); // leaving the amount is "done typing": 5 seconds, stored
    QCOMPARE(m_store->value(key).toLongLong(), 5000);
    QTest::keyClick(unit, Qt::Key_Down);
    QCOMPARE(unit->currentText(), QStringLiteral("minutes"));
    QCOMPARE(m_store->value(key).toLongLong(), 300000);
    QCOMPARE(row(key)->problem(), QString());
    // Too long: said in the units shown, not stored, not clamped.
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("10"));
    QCOMPARE(row(key)->problem(), QStringLiteral("exceeds maximum value of 300000 (5 min)"));
    auto *problem = row(key)->findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem->isVisibleTo(m_window.get()));
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(m_store->value(key).toLongLong(), 300000);
    QCOMPARE(amount->value(), 10.0); // what the user typed stays, to be corrected
    // A change from elsewhere shows in the unit that reads best.
    m_window->setFocus();
    QVERIFY(m_store->setValue(key, qint64(90000)));
    QCOMPARE(amount->value(), 90.0);
    QCOMPARE(unit->currentText(), QStringLiteral("seconds"));
    QCOMPARE(row(key)->problem(), QString());
    QVERIFY(!problem->isVisibleTo(m_window.get()));
}

void TestSettingsPages::sizesReadInMebibytes()
{
    show(QStringLiteral("environment"));
    auto *memory = editor<Ui::QuantityEdit>(QStringLiteral("limits.memoryLimit"));
    QCOMPARE(memory->amountBox()->value(), 512.0);
    QCOMPARE(memory->unitSymbol(), QStringLiteral("MiB"));
    auto *storage = editor<Ui::QuantityEdit>(QStringLiteral("limits.storageLimit"));
    QCOMPARE(storage->amountBox()->value(), 2.0);
    QCOMPARE(storage->unitSymbol(), QStringLiteral("GiB"));
    // One unit only: a label, no chooser.
    auto *cache = editor<Ui::QuantityEdit>(QStringLiteral("performance.cacheSize"));
    QVERIFY(!cache->unitBox()->isVisibleTo(m_window.get()));
    QCOMPARE(cache->findChild<QLabel *>(QStringLiteral("unitLabel"))->text(),
             QStringLiteral("MiB"));
    // Another unit keeps the number: 2 MiB is below the limit, said so, and not stored.
    storage->unitBox()->setFocus();
    QTest::keyClick(storage->unitBox(), Qt::Key_Up); // MiB
    QCOMPARE(m_store->value(QStringLiteral("limits.storageLimit")).toLongLong(), 2LL << 30);
    QVERIFY(!row(QStringLiteral("limits.storageLimit"))->problem().isEmpty());
    QCOMPARE(row(QStringLiteral("limits.storageLimit"))->problem(),
             QStringLiteral("is below minimum value of 104857600 (100 MiB)"));
}

void TestSettingsPages::percentageHasASlider()
{
    const QString key = QStringLiteral("preferences.accessibility.textScale");
    show(QStringLiteral("accessibility"));
    auto *percent = editor<Ui::PercentEdit>(key);
    QVERIFY(percent);
    QCOMPARE(percent->slider()->value(), 100);
    QCOMPARE(percent->numberBox()->text(), QStringLiteral("100%"));
    percent->slider()->setFocus();
    QTest::keyClick(percent->slider(), Qt::Key_PageUp);
    QCOMPARE(m_store->value(key).toLongLong(), 125);
    QCOMPARE(percent->numberBox()->value(), 125);
    QTest::keyClick(percent->slider(), Qt::Key_Right);
    QCOMPARE(m_store->value(key).toLongLong(), 130);
    QCOMPARE(m_window->undoStack()->count(), 2);
}

void TestSettingsPages::defaultLayoutIsPickedFromStoredLayouts()
{
    const QString key = QStringLiteral("preferences.layout.defaultLayout");
    const QString morning = addLayout(QStringLiteral("Morning"));
    show(QStringLiteral("layout"));
    auto *picker = editor<Ui::ReferencePicker>(key);
    QVERIFY(picker);
    // By name, templates first; what it stores is the template's type or the layout's id.
    QCOMPARE(picker->currentText(), QStringLiteral("Single (template)"));
    QCOMPARE(picker->currentValue(), QStringLiteral("single"));
    // A layout saved after the page was built is there when the list opens.
    const QString evening = addLayout(QStringLiteral("Evening"));
    picker->setFocus();
    picker->showPopup();
    QTRY_VERIFY(picker->view()->isVisible());
    QStringList names;
    for (int i = 0; i < picker->count(); ++i)
        names.append(picker->itemText(i));
    QCOMPARE(names,
             (QStringList{
                 QStringLiteral("Single (template)"), QStringLiteral("Split (template)"),
                 QStringLiteral("Grid 2 x 2 (template)"), QStringLiteral("Grid 3 x 3 (template)"),
                 QStringLiteral("Evening (4 panes)"), QStringLiteral("Morning (4 panes)")}));
    picker->hidePopup();
    picker->setCurrentIndex(picker->findData(morning));
    Q_EMIT picker->activated(picker->currentIndex());
    QCOMPARE(m_store->text(key), morning);
    // What it names goes away: the picker says so, and keeps the value until another is
    // chosen.
    QVERIFY(Core::LayoutRepository(*m_database).remove(morning));
    row(key)->refresh();
    QCOMPARE(picker->currentText(), QStringLiteral("Missing layout (%1)").arg(morning));
    // Nothing that names no layout gets in, even around the picker (the advanced page's
    // document, a script through the store).
    const Core::Status refused = m_store->setText(key, QStringLiteral("no-such-layout"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("names no stored layout")));
    QVERIFY(m_store->setText(key, evening));
    QCOMPARE(picker->currentText(), QStringLiteral("Evening (4 panes)"));
}

void TestSettingsPages::agentsArePickedByName()
{
    // No schema setting names an agent yet; the picker any such setting gets, on its own.
    Core::AgentRepository agents(*m_database);
    Core::AgentConfig scout;
    scout.id = QStringLiteral("a7");
    scout.name = QStringLiteral("Scout");
    scout.kind = QStringLiteral("openai");
    scout.endpoint = QStringLiteral("https://agents.example/v1");
    scout.model = QStringLiteral("m");
    QVERIFY(agents.save(scout));
    Core::AgentConfig idle = scout;
    idle.id = QStringLiteral("a1");
    idle.name = QStringLiteral("Archivist");
    idle.enabled = false;
    QVERIFY(agents.save(idle));
    Core::SettingDefinition names;
    names.key = QStringLiteral("example.agent");
    names.type = Core::SettingType::Text;
    names.reference = Core::SettingReference::Agent;
    Ui::ReferencePicker picker(names, *m_store);
    QSignalSpy chosen(&picker, &Ui::ReferencePicker::chosen);
    picker.showValue(QString());
    QStringList items;
    for (int i = 0; i < picker.count(); ++i)
        items.append(picker.itemText(i));
    QCOMPARE(items,
             (QStringList{QStringLiteral("No agent"), QStringLiteral("Archivist (disabled)"),
                          QStringLiteral("Scout (openai)")}));
    QCOMPARE(picker.currentText(), QStringLiteral("No agent"));
    // A disabled agent is offered, marked.
    QVERIFY(picker.itemData(1, Qt::ForegroundRole).isValid());
    picker.setCurrentIndex(2);
    Q_EMIT picker.activated(2);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("a7")); // stored by id
    picker.showValue(QStringLiteral("gone"));
    QCOMPARE(picker.currentText(), QStringLiteral("Missing agent (gone)"));
}

void TestSettingsPages::everyDescriptionIsShownUnderItsSetting()
{
    for (const Core::SettingDefinition &definition : Core::SettingsSchema::instance().settings()) {
        if (definition.page == QLatin1String("shortcuts"))
            continue; // that page is the shortcuts editor, with its own list
        show(definition.page);
        SettingRow *setting = row(definition.key);
        auto *label = setting->findChild<QLabel *>(QStringLiteral("label"));
        auto *description = setting->findChild<QLabel *>(QStringLiteral("description"));
        QVERIFY2(description->isVisibleTo(m_window.get()), qPrintable(definition.key));
        QCOMPARE(description->text(), definition.translatedDescription());
        // Words, never the raw key as the only text.
        QVERIFY2(label->text() != definition.key && description->text() != definition.key,
                 qPrintable(definition.key));
        QVERIFY2(description->text().contains(u' '), qPrintable(definition.key));
    }
}

void TestSettingsPages::lockIsExplainedOnTheRowAndReachedByTab()
{
    show(QStringLiteral("privacy"));
    SettingRow *telemetry = row(QStringLiteral("privacy.telemetry"));
    auto *lock = telemetry->findChild<QLabel *>(QStringLiteral("lock"));
    QVERIFY(lock->isVisibleTo(m_window.get()));
    QVERIFY2(lock->text().contains(QStringLiteral("Telemetry stays off on company machines")),
             qPrintable(lock->text()));
    QVERIFY(lock->text().contains(m_policy));
    QCOMPARE(telemetry->findChild<QLabel *>(QStringLiteral("lockBadge"))->text(),
             QStringLiteral("Locked"));
    QVERIFY(!telemetry->findChild<QCheckBox *>(QStringLiteral("editor"))->isEnabled());
    // The editor is disabled, so Tab passes it by; the explanation takes the focus instead,
    // and tells a screen reader the same.
    QVERIFY(lock->accessibleDescription().contains(QStringLiteral("IT-42")));
    m_window->page(QStringLiteral("privacy"))
        ->findChild<QCheckBox *>(QStringLiteral("modifiedOnly"))
        ->setFocus();
    bool reached = false;
    for (int step = 0; step < 10 && !reached; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget() == lock;
    }
    QVERIFY(reached);
    // Not locked: nothing on the row, nothing in the Tab order.
    auto *analytics =
        row(QStringLiteral("privacy.analytics"))->findChild<QLabel *>(QStringLiteral("lock"));
    QVERIFY(!analytics->isVisibleTo(m_window.get()));
    QCOMPARE(analytics->focusPolicy(), Qt::NoFocus);
}

void TestSettingsPages::modifiedOnlyShowsTheChangedSettings()
{
    Ui::SettingsPage *page = show(QStringLiteral("notifications"));
    QVERIFY(m_store->setValue(QStringLiteral("preferences.notifications.sound"), true));
    QVERIFY(m_store->setValue(QStringLiteral("preferences.notifications.agentErrors"), false));
    auto *only = page->findChild<QCheckBox *>(QStringLiteral("modifiedOnly"));
    only->setFocus();
    QTest::keyClick(only, Qt::Key_Space);
    QVERIFY(page->isModifiedOnly());
    int visible = 0;
    for (SettingRow *setting : page->rows())
        visible += setting->isVisibleTo(page) ? 1 : 0;
    QCOMPARE(visible, 2);
    QVERIFY(row(QStringLiteral("preferences.notifications.sound"))->isVisibleTo(page));
    // Reset elsewhere (the CLI, another window): it leaves the view.
    QVERIFY(m_store->reset(QStringLiteral("preferences.notifications.sound")));
    QVERIFY(!row(QStringLiteral("preferences.notifications.sound"))->isVisibleTo(page));
    QVERIFY(m_store->reset(QStringLiteral("preferences.notifications.agentErrors")));
    auto *empty = page->findChild<QLabel *>(QStringLiteral("emptyNote"));
    QVERIFY(empty->isVisibleTo(page));
    QVERIFY(empty->text().contains(QStringLiteral("No setting on this page differs")));
    QTest::keyClick(only, Qt::Key_Space);
    QVERIFY(!empty->isVisibleTo(page));
    QVERIFY(row(QStringLiteral("preferences.notifications.sound"))->isVisibleTo(page));
    // The search's "@modified" does the same across every page.
    QVERIFY(m_store->setValue(QStringLiteral("layout.maxPanes"), 4));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setText(QStringLiteral("@modified"));
    QCOMPARE(m_window->page(QStringLiteral("environment"))->filter(search->text()), 1);
    QCOMPARE(m_window->page(QStringLiteral("notifications"))->filter(search->text()), 0);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("environment"));
    search->clear();
}

void TestSettingsPages::resetThisPageIsOneUndoStep()
{
    Ui::SettingsPage *page = show(QStringLiteral("privacy"));
    auto *reset = page->findChild<QPushButton *>(QStringLiteral("resetPage"));
    QVERIFY(!reset->isEnabled()); // nothing to reset
    QVERIFY(m_store->setValue(QStringLiteral("privacy.analytics"), true));
    QVERIFY(m_store->setValue(QStringLiteral("privacy.crashReports"), true));
    QVERIFY(m_store->setValue(QStringLiteral("preferences.theme.highContrast"), true)); // elsewhere
    QVERIFY(reset->isEnabled());
    QCOMPARE(
        page->resettableKeys(),
        (QStringList{QStringLiteral("privacy.analytics"), QStringLiteral("privacy.crashReports")}));
    // A setting a panel edits in its own way (as the sync store's address) is left alone.
    QVERIFY(
        m_store->setText(QStringLiteral("sync.serverUrl"), m_dir->filePath(QStringLiteral("s"))));
    m_window->page(QStringLiteral("sync"))->hideRow(QStringLiteral("sync.serverUrl"));
    QVERIFY(m_window->page(QStringLiteral("sync"))->resettableKeys().isEmpty());
    reset->setFocus();
    QTest::keyClick(reset, Qt::Key_Space);
    QVERIFY(!m_store->isModified(QStringLiteral("privacy.analytics")));
    QVERIFY(!m_store->isModified(QStringLiteral("privacy.crashReports")));
    QVERIFY(m_store->isModified(QStringLiteral("preferences.theme.highContrast")));
    QVERIFY(!reset->isEnabled());
    // The focus stays on the page, not on whatever comes next in the window.
    QCOMPARE(QApplication::focusWidget(),
             page->findChild<QCheckBox *>(QStringLiteral("modifiedOnly")));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Reset Privacy"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_store->value(QStringLiteral("privacy.analytics")).toBool());
    QVERIFY(m_store->value(QStringLiteral("privacy.crashReports")).toBool());
}

void TestSettingsPages::searchFindsSettingsByUnit()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("MiB"));
    // The sizes, and nothing else.
    QStringList found;
    for (SettingRow *setting : m_window->findChildren<SettingRow *>()) {
        if (setting->isVisibleTo(setting->parentWidget()) && setting->matches(search->text()))
            found.append(setting->key());
    }
    found.sort();
    QCOMPARE(
        found,
        (QStringList{QStringLiteral("limits.memoryLimit"), QStringLiteral("limits.storageLimit"),
                     QStringLiteral("performance.cacheSize")}));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("environment"));
    // Where the label and description do not say it, the row does.
    auto *match =
        row(QStringLiteral("limits.memoryLimit"))->findChild<QLabel *>(QStringLiteral("match"));
    QVERIFY(match->isVisibleTo(m_window.get()));
    QVERIFY2(match->text().startsWith(QStringLiteral("Value: 512 <span")),
             qPrintable(match->text()));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ms"));
    QVERIFY(row(QStringLiteral("agents.timeout"))
                ->isVisibleTo(m_window->page(QStringLiteral("environment"))));
    QVERIFY(row(QStringLiteral("sync.retryDelay"))
                ->isVisibleTo(m_window->page(QStringLiteral("sync"))));
    QVERIFY(!row(QStringLiteral("limits.memoryLimit"))
                 ->isVisibleTo(m_window->page(QStringLiteral("environment"))));
    auto *unitNote =
        row(QStringLiteral("agents.timeout"))->findChild<QLabel *>(QStringLiteral("match"));
    QVERIFY2(unitNote->text().startsWith(QStringLiteral("Stored in <span")),
             qPrintable(unitNote->text()));
    search->clear();
    QVERIFY(!match->isVisibleTo(m_window.get()));
}

void TestSettingsPages::searchMarksTheMatchedText()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("accent"));
    auto *label = row(QStringLiteral("preferences.theme.accentColor"))
                      ->findChild<QLabel *>(QStringLiteral("label"));
    const QString highlight = m_window->palette().color(QPalette::Highlight).name();
    QVERIFY2(label->text().contains(QStringLiteral("background-color:") + highlight
                                    + QStringLiteral("; color:")),
             qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral(">Accent</span> colour")));
    QCOMPARE(label->textFormat(), Qt::RichText);
    // In the description as well.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("outlines"));
    auto *description = row(QStringLiteral("preferences.theme.accentColor"))
                            ->findChild<QLabel *>(QStringLiteral("description"));
    QVERIFY(description->text().contains(QStringLiteral(">outlines</span>")));
    // Only the key matches: the key is shown, marked, under the description.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("retryAttempts"));
    auto *match =
        row(QStringLiteral("agents.retryAttempts"))->findChild<QLabel *>(QStringLiteral("match"));
    QVERIFY2(match->text().startsWith(QStringLiteral("Key: agents.<span")),
             qPrintable(match->text()));
    search->clear();
    QCOMPARE(label->text(), QStringLiteral("Accent colour"));
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestSettingsPages::searchSaysWhatItHidesOnThePage()
{
    Ui::SettingsPage *page = show(QStringLiteral("appearance"));
    auto *note = page->findChild<QLabel *>(QStringLiteral("searchNote"));
    QVERIFY(!note->isVisibleTo(page));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("colour"));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("appearance"));
    QVERIFY(note->isVisibleTo(page));
    QVERIFY2(note->text().contains(QStringLiteral("also hides: &quot;Preview&quot;.")),
             qPrintable(note->text()));
    Q_EMIT note->linkActivated(QStringLiteral("#clear"));
    QVERIFY(search->text().isEmpty());
    QVERIFY(!note->isVisibleTo(page));
}

void TestSettingsPages::sidebarHasAnIconForEveryPage()
{
    auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    for (int i = 0; i < pages->count(); ++i) {
        const QString pageId = pages->item(i)->data(Qt::UserRole).toString();
        QVERIFY2(!pages->item(i)->icon().isNull(), qPrintable(pageId));
        // Hubstate's own drawing stands behind every theme name, at 1x and 2x.
        const QIcon fallback = Ui::PageIcons::fallback(pageId);
        QVERIFY2(!fallback.isNull(), qPrintable(pageId));
        QVERIFY(!Ui::PageIcons::themeNames(pageId).isEmpty());
        QCOMPARE(fallback.pixmap(QSize(24, 24), 2.0).size(), QSize(48, 48));
        // On a selected row, in the selection's text colour (not the accent it sits on).
        const QImage selected = fallback.pixmap(QSize(24, 24), QIcon::Selected).toImage();
        const QColor text = QApplication::palette().color(QPalette::HighlightedText);
        int inText = 0;
        for (int y = 0; y < selected.height(); ++y) {
            for (int x = 0; x < selected.width(); ++x) {
                const QColor pixel = selected.pixelColor(x, y);
                if (pixel.alpha() >= 128) {
                    QVERIFY(qAbs(pixel.red() - text.red()) <= 2
                            && qAbs(pixel.green() - text.green()) <= 2
                            && qAbs(pixel.blue() - text.blue()) <= 2);
                    ++inText;
                }
            }
        }
        QVERIFY2(inText > 20, qPrintable(pageId));
    }
    for (const QString &hand :
         {QStringLiteral("layouts"), QStringLiteral("agents"), QStringLiteral("history")})
        QVERIFY2(!Ui::PageIcons::fallback(hand).isNull(), qPrintable(hand));
}

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"
