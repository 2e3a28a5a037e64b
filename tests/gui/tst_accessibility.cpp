// Everything by keyboard: every page by a shortcut, Tab reaches every control of a page and
// leaves it again (no traps), every control is named for screen readers, the focus outline
// follows the focus, and the pages stay usable at 200% text.
#include "core/settings/preferencesstore.h"
#include "ui/accessibility/focusindicator.h"
#include "ui/backup/backupspanel.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/theme/themeapplier.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLayout>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyPageHasAShortcut();
    void tabReachesEveryControlOfEveryPage();
    void tabFromTheSidebarEntersThePage();
    void everyControlHasAnAccessibleNameAndDescription();
    void focusIndicatorFollowsTheFocus();
    void focusIndicatorTakesNoSpace();
    void usableAtTwiceTheTextSize();
    void noLabelShowsAnAmpersand();
    void sidebarKeepsItsTitles();

private:
    QList<QWidget *> focusableOnCurrentPage() const;
    QListWidget *pageList() const
    {
        return m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    }
    QWidget *currentPage() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Core::PreferencesStore>(Core::Profile::inDirectory(m_dir->path()),
                                                       m_dir->filePath(QStringLiteral("none.ini")));
    QVERIFY(m_store->open());
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_store.reset();
}

// What Tab should reach on the page shown: visible, enabled controls that take focus by Tab.
QList<QWidget *> TestAccessibility::focusableOnCurrentPage() const
{
    QList<QWidget *> widgets;
    for (QWidget *widget : currentPage()->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(m_window.get()) && widget->isEnabled() && !widget->focusProxy()
            && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && widget->objectName() != QLatin1String("focusIndicator")
            && !widget->objectName().startsWith(QLatin1String("qt_")))
            widgets.append(widget);
    }
    return widgets;
}

void TestAccessibility::everyPageHasAShortcut()
{
    const int pages = pageList()->count();
    QVERIFY(pages > 9);
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
        QCOMPARE(pageList()->currentRow(), i);
    }
    // Beyond the ninth: Ctrl+PgDown walks through all of them and comes round again.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
    for (int i = 1; i <= pages; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(pageList()->currentRow(), i % pages);
    }
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(pageList()->currentRow(), pages - 1);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("advanced"));
}

void TestAccessibility::tabReachesEveryControlOfEveryPage()
{
    for (int page = 0; page < pageList()->count(); ++page) {
        pageList()->setCurrentRow(page);
        const QList<QWidget *> expected = focusableOnCurrentPage();
        QVERIFY(!expected.isEmpty());
        pageList()->setFocus();
        QSet<QWidget *> reached;
        bool backAtTheList = false;
        for (int step = 0; step < expected.size() + 10; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            if (focused == pageList()) {
                backAtTheList = true;
                break;
            }
            reached.insert(focused);
        }
        const QString pageId = m_window->currentPageId();
        QVERIFY2(backAtTheList, qPrintable(pageId + QStringLiteral(": Tab never came round")));
        for (QWidget *widget : expected) {
            QVERIFY2(reached.contains(widget),
                     qPrintable(pageId + QStringLiteral(": not reached: ") + widget->objectName()
                                + u' ' + widget->accessibleName()));
        }
    }
}

// Pages are built when first shown; Tab from the sidebar must still go into the page, not to
// whatever the window made before it (the status bar's sync button), and on round the window.
void TestAccessibility::tabFromTheSidebarEntersThePage()
{
    auto *statusButton = new QPushButton(QStringLiteral("Sync"), m_window->statusBar());
    m_window->statusBar()->addPermanentWidget(statusButton);
    // As the composition root does: hand-made pages added once the status bar has its button.
    auto *late = new QWidget;
    auto *field = new QLineEdit(late);
    field->setObjectName(QStringLiteral("lateField"));
    (new QVBoxLayout(late))->addWidget(field);
    m_window->addPage(QStringLiteral("late"), QStringLiteral("Late"), late);
    // The pages not yet seen are made while the window is idle.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isPageBuilt(QStringLiteral("advanced")), 10000);
    for (int page = 0; page < pageList()->count(); ++page) {
        pageList()->setCurrentRow(page);
        pageList()->setFocus();
        QTest::keyClick(pageList(), Qt::Key_Tab);
        // Into the page, to its first control (not the page's scroll area itself).
        QVERIFY2(currentPage()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(m_window->currentPageId() + QStringLiteral(": ")
                            + QApplication::focusWidget()->objectName() + u' '
                            + QLatin1String(QApplication::focusWidget()->metaObject()->className())));
        // Back again with Shift+Tab.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), pageList());
    }
    // From the last control of a page on to the status bar, then round to the search field.
    m_window->showPage(QStringLiteral("late"));
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), statusButton);
    QTest::keyClick(statusButton, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchField"));
}

void TestAccessibility::everyControlHasAnAccessibleNameAndDescription()
{
    QList<QWidget *> controls{pageList(),
                              m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))};
    for (int page = 0; page < pageList()->count(); ++page) {
        pageList()->setCurrentRow(page);
        controls += focusableOnCurrentPage();
    }
    for (QWidget *widget : std::as_const(controls)) {
        const QString what =
            widget->objectName() + u'/' + QLatin1String(widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
        QVERIFY2(!widget->accessibleDescription().isEmpty(),
                 qPrintable(what + u' ' + widget->accessibleName()));
    }
}

void TestAccessibility::focusIndicatorFollowsTheFocus()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QWidget *frame = m_window->focusIndicator()->frame();
    QVERIFY(frame);
    QVERIFY(frame->isVisible());
    const auto where = [&frame](QWidget *widget) {
        return QRect(widget->mapTo(frame->parentWidget(), QPoint(0, 0)), widget->size());
    };
    QVERIFY(frame->geometry().contains(where(search)));
    QVERIFY(frame->geometry() != where(search));
    pageList()->setFocus();
    frame = m_window->focusIndicator()->frame();
    QVERIFY(frame && frame->geometry().contains(where(pageList())));
    // Drawn in the accent colour.
    const QImage image = frame->grab().toImage();
    QCOMPARE(image.pixelColor(1, image.height() / 2).rgb(),
             frame->palette().color(QPalette::Highlight).rgb());
    QVERIFY(m_store->setText(QStringLiteral("preferences.accessibility.focusIndicators"),
                             QStringLiteral("false")));
    QVERIFY(!m_window->focusIndicator()->frame());
    search->setFocus();
    QVERIFY(!m_window->focusIndicator()->frame());
}

// Issue 16, item 3: the first click or Tab put the frame into the window's splitter as a third
// pane, an empty one with a blue border that squeezed the page and the sidebar.
void TestAccessibility::focusIndicatorTakesNoSpace()
{
    QVERIFY(m_store->value(QStringLiteral("preferences.accessibility.focusIndicators")).toBool());
    auto *splitter = m_window->findChild<QSplitter *>();
    QVERIFY(splitter);
    const int panes = splitter->count();
    const QList<int> sizes = splitter->sizes();
    const QRect sidebar = pageList()->geometry();
    const auto frameIsApart = [this](QWidget *frame, const QString &where) {
        QVERIFY2(!qobject_cast<QSplitter *>(frame->parentWidget()), qPrintable(where));
        for (QLayout *layout : m_window->findChildren<QLayout *>())
            QVERIFY2(layout->indexOf(frame) < 0, qPrintable(where));
    };
    for (int page = 0; page < pageList()->count(); ++page) {
        pageList()->setCurrentRow(page);
        const QString pageId = m_window->currentPageId();
        QTest::mouseClick(pageList()->viewport(), Qt::LeftButton, {},
                          pageList()->visualItemRect(pageList()->currentItem()).center());
        QVERIFY(pageList()->hasFocus());
        for (int step = 0; step < 6; ++step) {
            QTRY_VERIFY(m_window->focusIndicator()->frame());
            QWidget *frame = m_window->focusIndicator()->frame();
            frameIsApart(frame, pageId);
            QWidget *target = m_window->focusIndicator()->target();
            QTRY_VERIFY2(frame->geometry()
                             == QRect(target->mapTo(frame->parentWidget(), QPoint(0, 0)),
                                      target->size())
                                    .adjusted(-3, -3, 3, 3),
                         qPrintable(pageId + u' ' + target->objectName()));
            QCOMPARE(splitter->count(), panes);
            QCOMPARE(splitter->sizes(), sizes);
            QCOMPARE(pageList()->geometry(), sidebar);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
    }
}

void TestAccessibility::usableAtTwiceTheTextSize()
{
    Ui::ThemeApplier theme(*m_store, *qApp);
    const double normal = QApplication::font().pointSizeF();
    QVERIFY(m_store->setText(QStringLiteral("preferences.accessibility.textScale"),
                             QStringLiteral("200")));
    QCOMPARE(QApplication::font().pointSizeF(), normal * 2);
    // Nothing squeezed below the size its text needs (pages scroll instead); the first
    // widget that is, or nothing.
    const auto squeezed = [this]() -> QString {
        for (QWidget *widget : currentPage()->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_window.get()))
                continue;
            auto *label = qobject_cast<QLabel *>(widget);
            auto *button = qobject_cast<QAbstractButton *>(widget);
            if ((label && !label->wordWrap() && !label->text().isEmpty())
                || (button && !button->text().isEmpty())) {
                if (widget->width() < widget->minimumSizeHint().width()
                    || widget->height() < widget->fontMetrics().height())
                    return m_window->currentPageId() + QStringLiteral(": ")
                        + QLatin1String(widget->metaObject()->className()) + u' '
                        + widget->objectName() + u' ' + (label ? label->text() : button->text())
                        + u' ' + QString::number(widget->width()) + u'x'
                        + QString::number(widget->height());
            }
        }
        return {};
    };
    for (int page = 0; page < pageList()->count(); ++page) {
        pageList()->setCurrentRow(page);
        // The layouts settle on the new font as their requests are handled (a page shown
        // for the first time has not been laid out yet).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QString problem;
        QTRY_VERIFY2((problem = squeezed()).isEmpty(), qPrintable(problem));
    }
}

// Issue 16, item 9: "WebDAV &password:" on the Backups page. A label with a mnemonic shows
// the '&' itself unless it has a buddy.
void TestAccessibility::noLabelShowsAnAmpersand()
{
    m_window->page(QStringLiteral("backup"))
        ->addPanel(new Ui::BackupsPanel(Core::Profile::inDirectory(m_dir->path()), *m_store,
                                        nullptr));
    const auto literalAmpersand = [](const QLabel *label) {
        const QString text = label->text();
        if (label->buddy() || label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
            return false;
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&' && text.at(i + 1) == u'&')
                ++i;
            else if (text.at(i) == u'&')
                return true;
        }
        return false;
    };
    for (int page = 0; page < pageList()->count(); ++page) {
        pageList()->setCurrentRow(page);
        for (QLabel *label : currentPage()->findChildren<QLabel *>()) {
            if (label->isVisibleTo(m_window.get()))
                QVERIFY2(!literalAmpersand(label),
                         qPrintable(m_window->currentPageId() + QStringLiteral(": ")
                                    + label->text()));
        }
    }
    // The mnemonic works: Alt+W on the Backups page reaches the backup password.
    m_window->showPage(QStringLiteral("backup"));
    auto *password = m_window->findChild<QLineEdit *>(QStringLiteral("backupPassword"));
    QVERIFY(password);
    if (password->isVisibleTo(m_window.get()) && password->isEnabled()) {
        pageList()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(password->hasFocus());
    }
}

QTEST_MAIN(TestAccessibility)
// Issue 16, item 3: the sidebar could be squeezed to about 95 px, its titles cut off behind a
// scrollbar. Dragged as far as it goes, it still shows its longest title.
void TestAccessibility::sidebarKeepsItsTitles()
{
    auto *splitter = m_window->findChild<QSplitter *>();
    QVERIFY(splitter);
    splitter->setSizes({0, 2000});
    int longest = 0;
    for (int row = 0; row < pageList()->count(); ++row) {
        longest = std::max(
            longest, pageList()->fontMetrics().horizontalAdvance(pageList()->item(row)->text()));
    }
    QVERIFY(longest > 0);
    QTRY_VERIFY2(pageList()->viewport()->width() >= longest,
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(pageList()->viewport()->width())
                                .arg(longest)));
}

#include "tst_accessibility.moc"
