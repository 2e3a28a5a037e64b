// Everything by keyboard: every page by a shortcut, Tab reaches every control of a page and
// leaves it again (no traps), every control is named for screen readers, the focus outline
// follows the focus, and the pages stay usable at 200% text.
#include "core/settings/preferencesstore.h"
#include "ui/accessibility/focusindicator.h"
#include "ui/mainwindow.h"
#include "ui/theme/themeapplier.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    void everyControlHasAnAccessibleNameAndDescription();
    void focusIndicatorFollowsTheFocus();
    void usableAtTwiceTheTextSize();

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
    QVERIFY(frame->geometry().contains(search->geometry()));
    QVERIFY(frame->geometry() != search->geometry());
    pageList()->setFocus();
    frame = m_window->focusIndicator()->frame();
    QVERIFY(frame && frame->geometry().contains(pageList()->geometry()));
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

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
