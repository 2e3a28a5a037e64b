#include "advancedpage.h"

#include "buildinfo.h"
#include "core/common/atomicfile.h"
#include "core/settings/configdocument.h"
#include "core/settings/preferencesstore.h"
#include "jsonhighlighter.h"
#include "ui/common/messagelook.h"
#include "ui/common/prompts.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#ifdef HUBSTATE_HAVE_KF6_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Hubstate::Ui {

namespace {
constexpr int LineRole = Qt::UserRole;
constexpr int ColumnRole = Qt::UserRole + 1;
} // namespace

AdvancedPage::AdvancedPage(Core::PreferencesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_validateTimer(new QTimer(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("page:advanced"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The whole configuration as JSON. Problems are underlined and "
                                "listed below; Apply stays off until the document is valid."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importConfig"));
    m_import->setAccessibleName(tr("Import a configuration file"));
    m_import->setAccessibleDescription(tr("Loads a JSON file into the editor for review"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportConfig"));
    m_export->setAccessibleName(tr("Export the configuration"));
    m_export->setAccessibleDescription(tr("Writes the applied configuration to a JSON file"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertConfig"));
    m_revert->setAccessibleName(tr("Revert"));
    m_revert->setAccessibleDescription(tr("Drops unapplied edits and shows the configuration"));
    m_apply = new QPushButton(tr("A&pply"), this);
    m_apply->setObjectName(QStringLiteral("applyConfig"));
    m_apply->setAccessibleName(tr("Apply the configuration"));
    m_apply->setAccessibleDescription(tr("Stores the edited values; possible only when valid"));
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_editor = new QPlainTextEdit(splitter);
    m_editor->setObjectName(QStringLiteral("configEditor"));
    m_editor->setAccessibleName(tr("Configuration document"));
    m_editor->setAccessibleDescription(tr("JSON; Tab moves to the next control"));
    fitEditorFont();
    m_editor->setTabChangesFocus(true); // no keyboard trap
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *problemBox = new QWidget(splitter);
    auto *problemLayout = new QVBoxLayout(problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(problemBox);
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setWordWrap(true);
    m_problems = new QListWidget(problemBox);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setAccessibleDescription(
        tr("Every problem of the document; Enter jumps to it in the editor"));
    problemLayout->addWidget(m_status);
    problemLayout->addWidget(m_problems, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    buildHighlighter();
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_validateTimer, &QTimer::timeout, this, &AdvancedPage::validateNow);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!m_editor->document()->isModified())
            reload();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_validateTimer->start();
    });
    connect(&m_store, &Core::PreferencesStore::valueChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    const auto jump = [this](QListWidgetItem *item) {
        jumpTo(item->data(LineRole).toInt(), item->data(ColumnRole).toInt());
    };
    connect(m_problems, &QListWidget::itemActivated, this, jump);
    connect(m_problems, &QListWidget::itemClicked, this, jump);
    connect(m_apply, &QPushButton::clicked, this, &AdvancedPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &AdvancedPage::reload);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFile(this, tr("Import a configuration"), {},
                                               tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            (void)importFile(path); // the outcome is shown on the page
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            Prompts::saveFile(this, tr("Export the configuration"), QStringLiteral("hubstate.json"),
                              tr("JSON files (*.json)"));
        if (!path.isEmpty())
            (void)exportFile(path);
    });
    reload();
}

QString AdvancedPage::highlighterName()
{
    return QLatin1String(BuildInfo::syntaxHighlighter);
}

void AdvancedPage::buildHighlighter()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
#ifdef HUBSTATE_HAVE_KF6_SYNTAX_HIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    highlighter->setTheme(
        repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                     : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("JSON")));
    m_highlighter = highlighter;
#else
    m_highlighter = new JsonHighlighter(m_editor->document(), dark);
#endif
}

void AdvancedPage::reload()
{
    m_loading = true;
    const QByteArray json =
        QJsonDocument(Core::ConfigDocument::build(m_store)).toJson(QJsonDocument::Indented);
    const int position = m_editor->textCursor().position();
    m_editor->setPlainText(QString::fromUtf8(json));
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->document()->setModified(false);
    m_loading = false;
    validateNow();
}

QPair<int, int> AdvancedPage::locate(const QString &path) const
{
    // A syntax error names "source:line:column".
    static const QRegularExpression position(QStringLiteral(":(\\d+):(\\d+)$"));
    if (const QRegularExpressionMatch match = position.match(path); match.hasMatch())
        return {match.captured(1).toInt(), match.captured(2).toInt()};
    // A value's path: find each member in turn; a member name may hold dots ("app.find").
    const QString text = m_editor->toPlainText();
    const QStringList segments = path.split(u'.');
    qsizetype from = 0;
    qsizetype found = -1;
    for (int i = 0; i < segments.size();) {
        bool matched = false;
        for (int j = int(segments.size()); j > i; --j) {
            const QString name = segments.mid(i, j - i).join(u'.');
            const QRegularExpression member(
                QStringLiteral("\"%1\"\\s*:").arg(QRegularExpression::escape(name)));
            const QRegularExpressionMatch match = member.match(text, from);
            if (match.hasMatch()) {
                found = match.capturedStart();
                from = match.capturedEnd();
                i = j;
                matched = true;
                break;
            }
        }
        if (!matched)
            break;
    }
    if (found < 0)
        return {1, 1};
    const QTextBlock block = m_editor->document()->findBlock(int(found));
    return {block.blockNumber() + 1, int(found) - block.position() + 1};
}

void AdvancedPage::validateNow()
{
    m_validateTimer->stop();
    const Core::ConfigDocument::Parsed parsed = Core::ConfigDocument::parse(
        m_editor->toPlainText().toUtf8(), tr("configuration", "source name in messages"));
    m_valid = parsed.isValid();
    m_pending = parsed.values;
    m_problems->clear();
    QList<QTextEdit::ExtraSelection> underlines;
    int errors = 0;
    for (const Core::Violation &violation : parsed.violations) {
        const auto [line, column] = locate(violation.path);
        auto *item = new QListWidgetItem(
            tr("%1:%2: %3").arg(line).arg(column).arg(violation.toString()), m_problems);
        item->setData(LineRole, line);
        item->setData(ColumnRole, column);
        item->setToolTip(violation.isError() ? tr("Error") : tr("Warning"));
        errors += violation.isError() ? 1 : 0;

        QTextEdit::ExtraSelection underline;
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(block.position() + qMin(column - 1, qMax(0, block.length() - 1)));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!cursor.hasSelection()) // at the end of a line: mark the line
            cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        underline.cursor = cursor;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(violation.isError() ? QColor(0xda, 0x44, 0x53)
                                                               : QColor(0xf6, 0x74, 0x00));
        underline.format.setToolTip(violation.toString());
        underlines.append(underline);
    }
    // A value an administrator locked cannot be applied: said here, before Apply.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!m_store.isLocked(it.key()) || m_store.value(it.key()) == it.value())
            continue;
        const auto [line, column] = locate(it.key());
        auto *item = new QListWidgetItem(
            tr("%1:%2: %3: locked by the administrator").arg(line).arg(column).arg(it.key()),
            m_problems);
        item->setData(LineRole, line);
        item->setData(ColumnRole, column);
        item->setToolTip(tr("Error"));
        ++errors;
        m_valid = false;
    }
    m_editor->setExtraSelections(underlines);
    bool changes = false;
    for (auto it = m_pending.cbegin(); it != m_pending.cend() && !changes; ++it)
        changes = m_store.value(it.key()) != it.value();
    m_apply->setEnabled(m_valid && changes && !m_store.isReadOnly());
    if (!m_valid)
        showMessage(tr("%n problem(s); fix them to apply.", nullptr, errors), true);
    else if (!parsed.unknown.isEmpty())
        showMessage(tr("Valid, with %n warning(s). Keys Hubstate does not know are not applied "
                       "from here (hubstate-cli config import keeps them).",
                       nullptr, int(parsed.violations.size())),
                    false);
    else if (!parsed.violations.isEmpty())
        showMessage(tr("Valid, with %n warning(s).", nullptr, int(parsed.violations.size())),
                    false);
    else
        showMessage(changes ? tr("Valid; not applied yet.")
                            : tr("Valid; this is the applied "
                                 "configuration."),
                    false);
}

void AdvancedPage::showMessage(const QString &message, bool problem)
{
    m_status->setText(message);
    m_status->setAccessibleName(message);
    MessageLook::markProblem(m_status, problem);
}

void AdvancedPage::jumpTo(int line, int column)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qMin(column - 1, qMax(0, block.length() - 1)));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void AdvancedPage::apply()
{
    validateNow();
    if (!m_valid)
        return;
    QMap<QString, QVariant> changes;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (m_store.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return;
    m_editor->document()->setModified(false); // the store's answer reloads the editor
    Q_EMIT applyRequested(changes);
    reload();
}

bool AdvancedPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    m_editor->document()->setModified(true); // kept until applied or reverted
    validateNow();
    return true;
}

bool AdvancedPage::exportFile(const QString &path)
{
    const QByteArray json =
        QJsonDocument(Core::ConfigDocument::build(m_store)).toJson(QJsonDocument::Indented);
    if (const Core::Status written = Core::AtomicFile::write(path, json); !written) {
        showMessage(written.error().message, true);
        return false;
    }
    showMessage(tr("Exported to %1").arg(path), false);
    return true;
}

void AdvancedPage::fitEditorFont()
{
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    m_editor->setFont(fixed);
}

void AdvancedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && m_editor)
        fitEditorFont();
    QWidget::changeEvent(event);
}

} // namespace Hubstate::Ui
