// The advanced page: the whole configuration as highlighted JSON, problems underlined and
// listed, Enter on a problem jumps to it, Apply only when valid (undoable), import and export.
#include "core/settings/preferencesstore.h"
#include "ui/advanced/advancedpage.h"
#include "ui/advanced/jsonhighlighter.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Hubstate;

class TestAdvancedPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheConfigurationHighlighted();
    void invalidJsonIsRefusedAndEnterJumpsToTheError();
    void brokenRuleIsListedAtItsLine();
    void validEditAppliesAsOneUndoableStep();
    void importShowsProblemsBeforeAnythingChanges();
    void exportWritesTheAppliedConfiguration();
    void lockedValueIsAProblemBeforeApply();

private:
    QListWidget *problems() const
    {
        return m_window->findChild<QListWidget *>(QStringLiteral("problemList"));
    }
    QPushButton *applyButton() const
    {
        return m_window->findChild<QPushButton *>(QStringLiteral("applyConfig"));
    }
    void replaceInEditor(const QString &before, const QString &after);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::AdvancedPage *m_page = nullptr;
    QPlainTextEdit *m_editor = nullptr;
};

void TestAdvancedPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Core::PreferencesStore>(Core::Profile::inDirectory(m_dir->path()),
                                                       m_dir->filePath(QStringLiteral("none.ini")));
    QVERIFY(m_store->open());
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(QStringLiteral("advanced"));
    m_page = m_window->findChild<Ui::AdvancedPage *>(QStringLiteral("page:advanced"));
    QVERIFY(m_page && m_page->isVisible());
    m_editor = m_page->editor();
}

void TestAdvancedPage::cleanup()
{
    m_window.reset();
    m_store.reset();
}

// Types over the first occurrence of `before`, keystroke by keystroke.
void TestAdvancedPage::replaceInEditor(const QString &before, const QString &after)
{
    QTextCursor cursor = m_editor->document()->find(before);
    QVERIFY2(!cursor.isNull(), qPrintable(before));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
    QTest::keyClicks(m_editor, after);
    m_page->validateNow(); // what the typing pause does
}

void TestAdvancedPage::showsTheConfigurationHighlighted()
{
    const QJsonDocument document = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8());
    QVERIFY(document.isObject());
    QCOMPARE(document.object()
                 .value(QStringLiteral("preferences"))
                 .toObject()
                 .value(QStringLiteral("theme"))
                 .toObject()
                 .value(QStringLiteral("accentColor"))
                 .toString(),
             QStringLiteral("#3daee9"));
    QCOMPARE(problems()->count(), 0);
    QVERIFY(!applyButton()->isEnabled()); // nothing to apply
    // Member names, strings, numbers and keywords get their own colours.
    const QString line = QStringLiteral(R"(    "maxPanes": 9, "on": true, "mode": "dark")");
    QCOMPARE(Ui::JsonHighlighter::classify(line, 5), QStringLiteral("key"));
    QCOMPARE(Ui::JsonHighlighter::classify(line, 16), QStringLiteral("number"));
    QCOMPARE(Ui::JsonHighlighter::classify(line, 25), QStringLiteral("keyword"));
    QCOMPARE(Ui::JsonHighlighter::classify(line, 40), QStringLiteral("string"));
    const QTextBlock block = m_editor->document()->findBlockByNumber(1);
    QVERIFY(!block.layout()->formats().isEmpty());
    if (Ui::AdvancedPage::highlighterName() == QLatin1String("built-in"))
        QVERIFY(m_editor->document()->findChild<Ui::JsonHighlighter *>());
}

void TestAdvancedPage::invalidJsonIsRefusedAndEnterJumpsToTheError()
{
    // Remove the comma between two members: the next line is the error.
    QTextBlock member = m_editor->document()->firstBlock();
    while (member.isValid()
           && !(member.text().endsWith(u',') && member.next().text().trimmed().startsWith(u'"')))
        member = member.next();
    QVERIFY(member.isValid());
    const int errorLine = member.blockNumber() + 2;
    QTextCursor cursor(member);
    cursor.movePosition(QTextCursor::EndOfBlock);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Backspace);
    QTRY_COMPARE(problems()->count(), 1); // checked as one types
    QVERIFY(!m_page->isValid());
    QVERIFY(!applyButton()->isEnabled());
    QVERIFY2(problems()->item(0)->text().startsWith(QString::number(errorLine) + u':'),
             qPrintable(problems()->item(0)->text()));
    QVERIFY(problems()->item(0)->text().contains(QStringLiteral("malformed JSON")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("configStatus"))
                ->text()
                .contains(QStringLiteral("problem")));
    QCOMPARE(m_editor->extraSelections().size(), 1); // underlined where it is
    QCOMPARE(m_editor->extraSelections().first().cursor.blockNumber(), errorLine - 1);

    // Enter on the problem puts the cursor on it.
    cursor.movePosition(QTextCursor::Start);
    m_editor->setTextCursor(cursor);
    problems()->setFocus();
    problems()->setCurrentRow(0);
    QTest::keyClick(problems(), Qt::Key_Return);
    QVERIFY(m_editor->hasFocus());
    QCOMPARE(m_editor->textCursor().blockNumber(), errorLine - 1);
    // Nothing reached the store.
    QVERIFY(!QFile::exists(m_store->settingsFile()));
}

void TestAdvancedPage::brokenRuleIsListedAtItsLine()
{
    replaceInEditor(QStringLiteral("\"maxPanes\": 9"), QStringLiteral("\"maxPanes\": 10"));
    QCOMPARE(problems()->count(), 1);
    const QString text = problems()->item(0)->text();
    QVERIFY2(
        text.contains(QStringLiteral("layout.maxPanes: exceeds maximum value of 9 (value: 10)")),
        qPrintable(text));
    const int line = m_editor->document()->find(QStringLiteral("\"maxPanes\"")).blockNumber() + 1;
    QVERIFY2(text.startsWith(QString::number(line) + u':'), qPrintable(text));
    QVERIFY(!applyButton()->isEnabled());
    QTest::mouseClick(applyButton(), Qt::LeftButton);
    QCOMPARE(m_store->value(QStringLiteral("layout.maxPanes")).toLongLong(), 9);
}

void TestAdvancedPage::validEditAppliesAsOneUndoableStep()
{
    replaceInEditor(QStringLiteral("\"mode\": \"auto\""), QStringLiteral("\"mode\": \"dark\""));
    replaceInEditor(QStringLiteral("\"maxPanes\": 9"), QStringLiteral("\"maxPanes\": 4"));
    QCOMPARE(problems()->count(), 0);
    QVERIFY(applyButton()->isEnabled());
    QTest::mouseClick(applyButton(), Qt::LeftButton);
    QCOMPARE(m_store->text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    QCOMPARE(m_store->value(QStringLiteral("layout.maxPanes")).toLongLong(), 4);
    QVERIFY(!applyButton()->isEnabled());
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_store->text(QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
    QCOMPARE(m_store->value(QStringLiteral("layout.maxPanes")).toLongLong(), 9);
    // The editor follows the store when it holds no edits of its own.
    QTRY_VERIFY(m_editor->toPlainText().contains(QStringLiteral("\"maxPanes\": 9")));
}

void TestAdvancedPage::importShowsProblemsBeforeAnythingChanges()
{
    const QString path = m_dir->filePath(QStringLiteral("import.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": "2.0.0", "agents": {"timeout": 10}, "layout": {"gridSize": 2}})");
    file.close();
    QVERIFY(m_page->importFile(path));
    QCOMPARE(problems()->count(), 1);
    QVERIFY(problems()->item(0)->text().contains(QStringLiteral("agents.timeout")));
    QVERIFY(!applyButton()->isEnabled());
    QCOMPARE(m_store->value(QStringLiteral("layout.gridSize")).toLongLong(), 3);
    replaceInEditor(QStringLiteral("10}"), QStringLiteral("2000}"));
    QVERIFY(applyButton()->isEnabled());
    QTest::mouseClick(applyButton(), Qt::LeftButton);
    QCOMPARE(m_store->value(QStringLiteral("layout.gridSize")).toLongLong(), 2);
    QCOMPARE(m_store->value(QStringLiteral("agents.timeout")).toLongLong(), 2000);
    QVERIFY(!m_page->importFile(m_dir->filePath(QStringLiteral("missing.json"))));
}

void TestAdvancedPage::exportWritesTheAppliedConfiguration()
{
    QVERIFY(m_store->setText(QStringLiteral("preferences.theme.accentColor"),
                             QStringLiteral("#112233")));
    replaceInEditor(QStringLiteral("\"mode\": \"auto\""), QStringLiteral("\"mode\": \"dark\""));
    const QString path = m_dir->filePath(QStringLiteral("export.json"));
    QVERIFY(m_page->exportFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"accentColor\": \"#112233\""));
    QVERIFY(json.contains("\"mode\": \"auto\"")); // not the unapplied edit
}

void TestAdvancedPage::lockedValueIsAProblemBeforeApply()
{
    m_window.reset();
    const QString policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[locked]\nprivacy.telemetry=false\n");
    file.close();
    m_store =
        std::make_unique<Core::PreferencesStore>(Core::Profile::inDirectory(m_dir->path()), policy);
    QVERIFY(m_store->open());
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_window->show();
    m_window->showPage(QStringLiteral("advanced"));
    m_page = m_window->findChild<Ui::AdvancedPage *>(QStringLiteral("page:advanced"));
    m_editor = m_page->editor();
    replaceInEditor(QStringLiteral("\"telemetry\": false"), QStringLiteral("\"telemetry\": true"));
    QCOMPARE(problems()->count(), 1);
    QVERIFY2(problems()->item(0)->text().contains(
                 QStringLiteral("privacy.telemetry: locked by the administrator")),
             qPrintable(problems()->item(0)->text()));
    QVERIFY(!applyButton()->isEnabled());
    QTest::keyClick(problems(), Qt::Key_Return);
    QVERIFY(m_editor->textCursor().block().text().contains(QStringLiteral("telemetry")));
}

QTEST_MAIN(TestAdvancedPage)
#include "tst_advancedpage.moc"
