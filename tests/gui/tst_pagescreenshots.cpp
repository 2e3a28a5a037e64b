// Every page of the window as main() builds it, at 100% and 200% text, light and dark, in a
// window 1000 px wide on a real X server (Xvfb, through with-display.sh; offscreen where there
// is none): no page wider than that window leaves it, no widget clipped, squeezed below the
// size its text needs, overlapping its neighbour or of no size; no empty pane; every label
// readable against its background. The screenshots land in build/screenshots/ for people to
// look at.
#include "core/backup/backupscheduler.h"
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/storedreferences.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "core/sync/syncscheduler.h"
#include "ui/agents/agentspage.h"
#include "ui/backup/backupspanel.h"
#include "ui/history/historybrowser.h"
#include "ui/layout/layoutspage.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/privacy/privacycentre.h"
#include "ui/sync/syncpanel.h"
#include "ui/theme/themeapplier.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <cmath>
#include <vector>

using namespace Hubstate;

namespace {

constexpr int windowWidth = 1000;

// Defects of other parts of the window that this test sees today, each with what fixes it.
// A defect seen that is not listed fails the test; a listed one that is no longer seen fails
// it too, so that the entry goes once the fix lands. None today.
struct KnownDefect
{
    const char *page; // page id, or "*" for any page
    const char *problem; // a text the problem's description contains
    const char *reason;
};
const std::vector<KnownDefect> knownDefects{};

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        value /= 255.0;
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    if (text.isEmpty())
        text = widget->accessibleName();
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QString());
    if (text.size() > 50)
        text = text.left(47) + QStringLiteral("...");
    const QRect g = widget->geometry();
    return QStringLiteral("%1 \"%2\" \"%3\" at %4,%5 %6x%7")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), text)
        .arg(g.x())
        .arg(g.y())
        .arg(g.width())
        .arg(g.height());
}

bool inLayout(const QLayout *layout, const QWidget *widget)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (item->layout() && inLayout(item->layout(), widget))
            return true;
    }
    return false;
}

// Widgets that draw what they hold themselves, so an empty look is their content.
bool drawsItsContent(const QWidget *widget)
{
    return qobject_cast<const QAbstractScrollArea *>(widget) || qobject_cast<const QLabel *>(widget)
        || qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || !widget->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly).isEmpty()
        || widget->inherits("Hubstate::Ui::LayoutCanvas")
        || widget->inherits("Hubstate::Ui::AppearancePreview")
        || widget->inherits("Hubstate::Ui::BackupSizeChart");
}

bool hasVisibleChild(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *child : widget->findChildren<QWidget *>()) {
        if (child->isVisibleTo(window) && !child->size().isEmpty())
            return true;
    }
    return false;
}

} // namespace

class TestPageScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageInEveryLook_data();
    void everyPageInEveryLook();
    void knownDefectsAreStillThere();

private:
    void buildWindow();
    QStringList check(const QString &pageId) const;
    bool settled();
    QWidget *currentPage() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::StateDatabase> m_database;
    std::unique_ptr<Core::StoredReferences> m_references;
    std::unique_ptr<Core::LayoutRepository> m_layouts;
    std::unique_ptr<Core::AgentRepository> m_agents;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<Core::BackupScheduler> m_backups;
    std::unique_ptr<Core::SyncScheduler> m_sync;
    std::unique_ptr<Ui::ThemeApplier> m_theme;
    std::unique_ptr<Ui::MainWindow> m_window;
    QListWidget *m_pageList = nullptr;
    QString m_shots;
    QString m_lastSignature;
    QSet<int> m_knownSeen;
    int m_pictures = 0;
};

void TestPageScreenshots::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    qInfo("display: %s (%s)", qPrintable(QGuiApplication::platformName()),
          qPrintable(qEnvironmentVariable("HUBSTATE_DISPLAY", QStringLiteral("as started"))));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString profileDir = m_dir->filePath(QStringLiteral("profile"));
    // A profile with something on every page: layouts, agents, conversations; and a lock.
    QProcess cli;
    cli.start(QStringLiteral(HUBSTATE_CLI_BINARY),
              {QStringLiteral("--profile"), profileDir, QStringLiteral("dev"),
               QStringLiteral("generate-profile"), QStringLiteral("--messages"),
               QStringLiteral("300"), QStringLiteral("--layouts"), QStringLiteral("4"),
               QStringLiteral("--agents"), QStringLiteral("3")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QString policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile policyFile(policy);
    QVERIFY(policyFile.open(QIODevice::WriteOnly));
    policyFile.write("[meta]\nexplanation=Telemetry stays off on company machines (IT-42)\n"
                     "[locked]\nprivacy.telemetry=false\n");
    policyFile.close();

    const Core::Profile profile = Core::Profile::inDirectory(profileDir);
    m_store = std::make_unique<Core::PreferencesStore>(profile, policy);
    QVERIFY(m_store->open());
    QVERIFY(m_store->setValue(QStringLiteral("agents.timeout"), qint64(120000))); // modified
    // Backups go to a folder, a WebDAV server and a bucket (off), one with retention of its own.
    QVERIFY(m_store->setText(
        QStringLiteral("backup.destinations"),
        QStringLiteral(
            R"([{"name":"usb","kind":"folder","location":"%1"},)"
            R"({"name":"nas","kind":"webdav","location":"%2","retention":{"keepLast":5}},)"
            R"({"name":"bucket","kind":"s3","location":"%3","enabled":false}])")
            .arg(
                m_dir->filePath(QStringLiteral("usb")),
                QStringLiteral("https://alice@dav.example.org/remote.php/dav/files/alice/backups/"),
                QStringLiteral("s3://AKIAEXAMPLE@s3.eu-central-1.amazonaws.com/backups/laptop/"))));
    m_theme = std::make_unique<Ui::ThemeApplier>(*m_store, *qApp);
    m_database = std::make_unique<Core::StateDatabase>();
    QVERIFY(m_database->open(profile.databaseFile()));
    m_references = std::make_unique<Core::StoredReferences>(*m_database);
    m_store->setReferences(m_references.get());
    m_layouts = std::make_unique<Core::LayoutRepository>(*m_database,
                                                         Core::LayoutRules::fromSettings(*m_store));
    m_agents = std::make_unique<Core::AgentRepository>(*m_database);
    m_secrets = std::make_unique<Core::SecretStore>(profile.keychainScope());
    m_backups = std::make_unique<Core::BackupScheduler>(profile, *m_store);
    m_sync = std::make_unique<Core::SyncScheduler>(profile, *m_store);

    buildWindow();
    QVERIFY(m_pageList && m_pageList->count() >= 13);

    m_shots = QStringLiteral(HUBSTATE_SCREENSHOT_DIR);
    QDir(m_shots).removeRecursively();
    QVERIFY(QDir().mkpath(m_shots));
    qInfo("set up in %lld ms", clock.elapsed());
}

// The window as app/gui/main.cpp puts it together, at the text size and look set now.
void TestPageScreenshots::buildWindow()
{
    const Core::Profile profile =
        Core::Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_window->setSyncScheduler(m_sync.get());
    m_window->addPage(QStringLiteral("layouts"), QStringLiteral("Layouts"),
                      new Ui::LayoutsPage(*m_store, *m_layouts, m_agents.get()));
    m_window->addPage(QStringLiteral("agents"), QStringLiteral("Agents"),
                      new Ui::AgentsPage(*m_database, *m_secrets, *m_store));
    m_window->addPage(QStringLiteral("history"), QStringLiteral("History"),
                      new Ui::HistoryBrowser(*m_database));
    m_window->page(QStringLiteral("privacy"))
        ->addPanel(new Ui::PrivacyCentre(profile, *m_store, *m_database, *m_secrets));
    m_window->page(QStringLiteral("backup"))
        ->addPanel(new Ui::BackupsPanel(profile, *m_store, m_backups.get()));
    Ui::SyncPanel::addTo(*m_window->page(QStringLiteral("sync")), *m_store, *m_sync);
    m_window->resize(windowWidth, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_pageList = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
}

void TestPageScreenshots::cleanupTestCase()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    if (m_store)
        m_store->setReferences(nullptr);
    m_theme.reset();
    qInfo("%d screenshots in %s", m_pictures, qPrintable(m_shots));
}

QWidget *TestPageScreenshots::currentPage() const
{
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    return pages ? pages->currentWidget() : nullptr;
}

// True once two looks in a row put every visible widget at the same place.
bool TestPageScreenshots::settled()
{
    QString signature;
    for (const QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(m_window.get())) {
            const QRect g = widget->geometry();
            signature +=
                QStringLiteral("%1,%2,%3,%4;").arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height());
        }
    }
    const bool same = signature == m_lastSignature;
    m_lastSignature = signature;
    return same;
}

void TestPageScreenshots::everyPageInEveryLook_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("scale");
    QTest::newRow("light-100") << "light" << 100;
    QTest::newRow("dark-100") << "dark" << 100;
    QTest::newRow("light-200") << "light" << 200;
    QTest::newRow("dark-200") << "dark" << 200;
    // Started at 200%: sizes a page fixes when it is made are made for the large text.
    QTest::newRow("light-200-from-start") << "light" << 200;
}

void TestPageScreenshots::everyPageInEveryLook()
{
    QFETCH(QString, mode);
    QFETCH(int, scale);
    QVERIFY(m_store->setText(QStringLiteral("preferences.theme.mode"), mode));
    QVERIFY(
        m_store->setValue(QStringLiteral("preferences.accessibility.textScale"), qint64(scale)));
    const QString look = QString::fromLatin1(QTest::currentDataTag());
    if (look.endsWith(QLatin1String("-from-start"))) {
        m_window.reset();
        buildWindow();
        QVERIFY(m_pageList);
    }
    const QString folder = m_shots + u'/' + look;
    QVERIFY(QDir().mkpath(folder));
    QStringList unexpected;
    for (int row = 0; row < m_pageList->count(); ++row) {
        m_pageList->setCurrentRow(row);
        const QString pageId = m_pageList->item(row)->data(Qt::UserRole).toString();
        // As people meet a page: it is shown, then Tab takes the focus into it.
        m_pageList->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(m_pageList, Qt::Key_Tab);
        // History with a conversation open, as people read it: its messages' columns too.
        if (pageId == QLatin1String("history")) {
            auto *tree = currentPage()->findChild<QTreeView *>(QStringLiteral("conversationTree"));
            QVERIFY(tree && tree->model()->rowCount() > 0);
            const QModelIndex agent = tree->model()->index(0, 0);
            tree->expand(agent);
            QTRY_VERIFY(tree->model()->rowCount(agent) > 0);
            if (tree->currentIndex().parent() != agent)
                tree->setCurrentIndex(tree->model()->index(0, 0, agent));
        }
        m_lastSignature.clear();
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 5000);
        const QString base =
            folder + QStringLiteral("/%1-%2").arg(row + 1, 2, 10, QLatin1Char('0')).arg(pageId);
        QVERIFY(m_window->grab().save(base + QStringLiteral(".png")));
        ++m_pictures;
        // A page taller than its view: the whole of it as well.
        if (auto *scroll = qobject_cast<QScrollArea *>(currentPage()); scroll && scroll->widget()
            && scroll->widget()->height() > scroll->viewport()->height()) {
            QVERIFY(scroll->widget()->grab().save(base + QStringLiteral("-whole.png")));
            ++m_pictures;
        }
        for (const QString &problem : check(pageId)) {
            bool known = false;
            for (int i = 0; i < int(std::size(knownDefects)); ++i) {
                const KnownDefect &defect = knownDefects[i];
                if ((qstrcmp(defect.page, "*") == 0 || pageId == QLatin1String(defect.page))
                    && problem.contains(QLatin1String(defect.problem))) {
                    known = true;
                    if (!m_knownSeen.contains(i))
                        qInfo("known defect (%s): %s", defect.reason, qPrintable(problem));
                    m_knownSeen.insert(i);
                }
            }
            if (!known)
                unexpected.append(look + u' ' + pageId + QStringLiteral(": ") + problem);
        }
    }
    for (const QString &problem : std::as_const(unexpected))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s), listed above").arg(unexpected.size())));
}

void TestPageScreenshots::knownDefectsAreStillThere()
{
    for (int i = 0; i < int(std::size(knownDefects)); ++i) {
        QVERIFY2(m_knownSeen.contains(i),
                 qPrintable(QStringLiteral("no longer seen, remove it from knownDefects: %1")
                                .arg(QLatin1String(knownDefects[i].problem))));
    }
}

QStringList TestPageScreenshots::check(const QString &pageId) const
{
    Q_UNUSED(pageId);
    QStringList problems;
    QWidget *window = m_window.get();
    // A page needing more width than the window leaves it makes the window wider (and keeps it
    // so for every page after it): at large text, wider than the screen of a small laptop.
    QWidget *page = currentPage();
    const int least = QWidgetItem(page).minimumSize().width();
    const int room = page->width() - (window->width() - windowWidth);
    if (least > room)
        problems.append(
            QStringLiteral("page wider than a %1 px window leaves it (needs %2 of %3 px)")
                .arg(windowWidth)
                .arg(least)
                .arg(room));
    // Nor may a page's content need more width than its scroll area shows: it would scroll
    // sideways, with every line of it cut at the right edge until the user scrolls.
    QList<QScrollArea *> areas = page->findChildren<QScrollArea *>();
    if (auto *own = qobject_cast<QScrollArea *>(page))
        areas.prepend(own);
    for (const QScrollArea *area : std::as_const(areas)) {
        if (!area->isVisibleTo(window) || !area->widget())
            continue;
        const int needs = QWidgetItem(area->widget()).minimumSize().width();
        if (needs > area->viewport()->width())
            problems.append(QStringLiteral("scrolls sideways: %1 needs %2 of %3 px")
                                .arg(describe(area->widget()))
                                .arg(needs)
                                .arg(area->viewport()->width()));
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || widget->isWindow())
            continue;
        // Qt's own parts of scroll areas, spin boxes and the like are Qt's to place; a key
        // sequence editor's field is checked all the same, as it shows the keys.
        if (widget->objectName().startsWith(QLatin1String("qt_"))
            && widget->objectName() != QLatin1String("qt_keysequenceedit_lineedit"))
            continue;
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
            continue; // an editable combo box's or a spin box's own line edit
        if (parent && parent->objectName().startsWith(QLatin1String("qt_"))
            && !parent->objectName().startsWith(QLatin1String("qt_scrollarea_viewport")))
            continue;
        const QString what = describe(widget);
        // Text follows the text size: a font set once (a fixed-width one) would stay small.
        if (const qreal size = widget->font().pointSizeF();
            size > 0 && size < 0.75 * window->font().pointSizeF())
            problems.append(QStringLiteral("text at %1 pt, the window's at %2 pt: %3")
                                .arg(size)
                                .arg(window->font().pointSizeF())
                                .arg(what));

        if (widget->width() <= 0 || widget->height() <= 0) {
            problems.append(QStringLiteral("zero-sized: ") + what);
            continue;
        }
        // The focus outline is drawn over its neighbours, a little beyond them, by design.
        const bool overlay = widget->inherits("Hubstate::Ui::FocusFrame");
        // Inside its parent (a scroll area's content may be larger than its view: it scrolls).
        const bool scrolled =
            parent && parent->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (parent && !scrolled && !overlay
            && !parent->rect().adjusted(-1, -1, 1, 1).contains(widget->geometry()))
            problems.append(
                QStringLiteral("clipped by its parent %1: %2").arg(describe(parent), what));

        // Squeezed below what its text needs.
        auto *label = qobject_cast<QLabel *>(widget);
        const bool textControl = (label && !label->text().isEmpty())
            || (qobject_cast<QAbstractButton *>(widget)
                && !static_cast<QAbstractButton *>(widget)->text().isEmpty())
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QLineEdit *>(widget);
        // A combo box shows its current text whole (its minimum size hint may not need it).
        if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
            const QFontMetrics metrics = combo->fontMetrics();
            int widest = 0;
            for (int i = 0; i < combo->count(); ++i)
                widest = qMax(widest, metrics.horizontalAdvance(combo->itemText(i)));
            const int frame = combo->sizeHint().width() - widest; // arrow, margins, frame
            const int needed = metrics.horizontalAdvance(combo->currentText()) + qMax(frame, 0);
            if (combo->count() > 0 && combo->width() + 1 < needed)
                problems.append(QStringLiteral("text cut (needs %1 px): %2 \"%3\"")
                                    .arg(needed)
                                    .arg(what, combo->currentText()));
        }
        // A line edit shows its whole text (its minimum size hint is a few letters wide).
        if (auto *line = qobject_cast<QLineEdit *>(widget); line && !line->text().isEmpty()
            && line->echoMode() == QLineEdit::Normal && !qobject_cast<QAbstractSpinBox *>(parent)) {
            const int frame = line->hasFrame()
                ? 2 * line->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, line)
                : 0;
            const QMargins margins = line->textMargins();
            const int needed = line->fontMetrics().horizontalAdvance(line->text()) + frame + 4
                + margins.left() + margins.right();
            if (line->width() + 1 < needed)
                problems.append(QStringLiteral("text cut (needs %1 px): %2 \"%3\"")
                                    .arg(needed)
                                    .arg(what, line->text()));
        }
        if (textControl && widget->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored) {
            const QSize needed = widget->minimumSizeHint();
            if (label && label->wordWrap()) {
                if (label->hasHeightForWidth()
                    && widget->height() + 1 < label->heightForWidth(widget->width()))
                    problems.append(QStringLiteral("text cut at the bottom (needs %1 px): %2")
                                        .arg(label->heightForWidth(widget->width()))
                                        .arg(what));
            } else if (widget->width() + 1 < needed.width()
                       || widget->height() + 1 < needed.height()) {
                problems.append(QStringLiteral("squeezed below %1x%2: %3")
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(what));
            }
        }

        // Readable: text against the window's colour.
        if (label && !label->text().isEmpty()) {
            const QPalette palette = label->palette();
            const QPalette::ColorGroup group =
                label->isEnabled() ? QPalette::Active : QPalette::Disabled;
            const double ratio = contrast(palette.color(group, label->foregroundRole()),
                                          palette.color(group, label->backgroundRole()));
            const double needed = label->isEnabled() ? 4.5 : 3.0;
            if (ratio < needed)
                problems.append(QStringLiteral("text hard to read (contrast %1, needs %2): %3")
                                    .arg(ratio, 0, 'f', 1)
                                    .arg(needed)
                                    .arg(what));
        }

        // Over a neighbour: two widgets of the same layout on top of each other.
        if (parent && parent->layout() && inLayout(parent->layout(), widget)) {
            for (QWidget *sibling :
                 parent->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (sibling == widget || !sibling->isVisibleTo(window) || sibling < widget
                    || !inLayout(parent->layout(), sibling))
                    continue;
                const QRect overlap = widget->geometry().intersected(sibling->geometry());
                if (overlap.width() > 1 && overlap.height() > 1)
                    problems.append(QStringLiteral("overlaps %1: %2").arg(describe(sibling), what));
            }
        }

        // Lists and tables that cut off what they hold: a list's items wider than it (it
        // scrolls sideways), a column narrower than its title.
        if (auto *list = qobject_cast<QListView *>(widget); list && list->horizontalScrollBar()
            && list->horizontalScrollBar()->isVisibleTo(window)) {
            problems.append(QStringLiteral("items cut off (scrolls sideways): ") + what);
        }
        if (auto *header = qobject_cast<QHeaderView *>(widget);
            header && header->orientation() == Qt::Horizontal && header->model()) {
            const int margin =
                2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString title =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(title) + margin;
                if (header->sectionSize(section) < needed)
                    problems.append(QStringLiteral("column \"%1\" cut off (%2 of %3 px): %4")
                                        .arg(title)
                                        .arg(header->sectionSize(section))
                                        .arg(needed)
                                        .arg(describe(header->parentWidget())));
            }
        }

        // An empty pane: a part of a splitter or of a stack of pages that shows nothing.
        const bool pane =
            qobject_cast<QSplitter *>(parent) || qobject_cast<QStackedWidget *>(parent);
        if (pane && widget->width() >= 40 && widget->height() >= 40
            && !hasVisibleChild(widget, window) && !drawsItsContent(widget))
            problems.append(QStringLiteral("empty pane: ") + what);
    }
    return problems;
}

QTEST_MAIN(TestPageScreenshots)
#include "tst_pagescreenshots.moc"
