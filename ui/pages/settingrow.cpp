#include "settingrow.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingunits.h"
#include "core/settings/settingvalidator.h"
#include "editors/percentedit.h"
#include "editors/quantityedit.h"
#include "editors/referencepicker.h"
#include "ui/common/messagelook.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

namespace Hubstate::Ui {

using Core::SettingReference;
using Core::SettingType;
using Core::SettingUnits;

namespace {

// The labels' column, side by side with the editors.
constexpr int kLabelColumn = 200;

// A line of secondary text under the label: wraps, never squeezes the row's editor.
QLabel *secondaryLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SettingRow::SettingRow(const Core::SettingDefinition &definition, Core::PreferencesStore &store,
                       QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_store(store)
{
    setObjectName(QStringLiteral("row:") + definition.key);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setVerticalSpacing(2);

    m_label = new QLabel(definition.translatedLabel(), this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_label->setToolTip(definition.key);
    // Made first: Tab goes from the editor (and its chooser) to the lock's explanation, then
    // to Reset, as they read.
    buildEditor();
    // What the setting does, always in sight: not only in a tooltip.
    m_description = secondaryLabel(QStringLiteral("description"), this);
    m_description->setText(definition.translatedDescription());
    m_marker = new QLabel(this);
    m_marker->setObjectName(QStringLiteral("modifiedMarker"));
    m_marker->setAccessibleName(tr("Modified"));
    // A column of its own, as wide with the dot as without: rows never shift when it shows.
    m_marker->setFixedWidth(
        qMax(m_marker->fontMetrics().height(), m_marker->fontMetrics().horizontalAdvance(u'●')));
    m_marker->setAlignment(Qt::AlignCenter);
    m_lockBadge = new QLabel(this);
    m_lockBadge->setObjectName(QStringLiteral("lockBadge"));
    // The administrator's explanation on a line of its own; it takes the keyboard focus (the
    // disabled editor does not), so Tab and a screen reader reach it.
    m_lock = secondaryLabel(QStringLiteral("lock"), this);
    m_lock->hide();
    m_match = secondaryLabel(QStringLiteral("match"), this);
    m_match->setTextFormat(Qt::RichText);
    m_match->hide();
    m_why = secondaryLabel(QStringLiteral("why"), this);
    m_why->setEnabled(false); // secondary text
    m_error = secondaryLabel(QStringLiteral("problem"), this);
    MessageLook::markProblem(m_error);
    m_error->hide();
    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("reset"));
    m_reset->setText(tr("Reset"));
    m_reset->setAccessibleName(tr("Reset %1").arg(definition.translatedLabel()));
    m_reset->setToolTip(tr("Return to the value below yours"));
    m_reset->setAccessibleDescription(tr("Return to the value below yours"));
    connect(m_reset, &QToolButton::clicked, this, [this] {
        const bool hadFocus = m_reset->hasFocus();
        Q_EMIT resetRequested(m_definition.key);
        // Disabled once reset: the focus goes back to the setting, not to the next row.
        if (hadFocus && !m_reset->isEnabled() && m_editor->isEnabled())
            m_editor->setFocus(Qt::OtherFocusReason);
    });

    m_label->setBuddy(m_editor);
    m_editor->setAccessibleName(definition.translatedLabel());
    m_editor->setAccessibleDescription(definition.translatedDescription());

    if (m_chooser) {
        m_editorBox = new QHBoxLayout;
        m_editorBox->addWidget(m_editor, 1);
        m_editorBox->addWidget(m_chooser);
    }
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(2, 3);
    arrange(false);
    refresh();
}

// Side by side: the label, then the editor on the same line. Stacked, where the two do not
// fit (a wide editor at 200% text): the editor on a line of its own below the label, so that
// no row makes its page scroll sideways.
void SettingRow::arrange(bool stacked)
{
    m_stacked = stacked;
    auto *grid = static_cast<QGridLayout *>(layout());
    const QList<QWidget *> placed{m_marker,      m_label, m_editor, m_lockBadge, m_reset,
                                  m_description, m_lock,  m_match,  m_why,       m_error};
    for (QWidget *widget : placed)
        grid->removeWidget(widget);
    if (m_editorBox)
        grid->removeItem(m_editorBox);
    // A column of labels down the page while there is room for it.
    m_label->setMinimumWidth(stacked ? 1 : kLabelColumn);
    grid->addWidget(m_marker, 0, 0, Qt::AlignTop);
    grid->addWidget(m_label, 0, 1, 1, stacked ? 2 : 1);
    const int editorRow = stacked ? 1 : 0;
    const int editorColumn = stacked ? 1 : 2;
    const int editorSpan = stacked ? 4 : 1;
    if (m_editorBox)
        grid->addLayout(m_editorBox, editorRow, editorColumn, 1, editorSpan);
    else
        grid->addWidget(m_editor, editorRow, editorColumn, 1, editorSpan);
    grid->addWidget(m_lockBadge, 0, 3);
    grid->addWidget(m_reset, 0, 4);
    int row = editorRow + 1;
    const QList<QWidget *> below{m_description, m_lock, m_match, m_why, m_error};
    for (QWidget *line : below)
        grid->addWidget(line, row++, 1, 1, 4);
}

int SettingRow::sideBySideWidth() const
{
    const auto *grid = static_cast<const QGridLayout *>(layout());
    const QMargins margins = grid->contentsMargins();
    const int editor = m_editorBox ? m_editorBox->minimumSize().width()
                                   : QWidgetItem(m_editor).minimumSize().width();
    return margins.left() + margins.right() + 4 * qMax(0, grid->horizontalSpacing())
        + m_marker->width() + kLabelColumn + editor + m_lockBadge->sizeHint().width()
        + m_reset->sizeHint().width();
}

QSize SettingRow::minimumSizeHint() const
{
    // As narrow as the stacked rows allow: wider than that, the row goes side by side.
    QSize least = QWidget::minimumSizeHint();
    if (!m_stacked)
        least.setWidth(qMin(least.width(), qMax(sideBySideWidth() - kLabelColumn, 1)));
    return least;
}

void SettingRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool stacked = width() < sideBySideWidth();
    if (stacked != m_stacked)
        arrange(stacked);
}

void SettingRow::changeEvent(QEvent *event)
{
    // The marker's column follows the text size (200% text needs a wider dot).
    if (event->type() == QEvent::FontChange)
        m_marker->setFixedWidth(qMax(m_marker->fontMetrics().height(),
                                     m_marker->fontMetrics().horizontalAdvance(u'●')));
    QWidget::changeEvent(event);
}

QString SettingRow::key() const
{
    return m_definition.key;
}

QLineEdit *SettingRow::buildLineEdit()
{
    auto *line = new QLineEdit(this);
    if (!m_definition.unit.isEmpty())
        line->setPlaceholderText(m_definition.unit);
    // Checked at every keystroke; stored when the user is done (Enter or leaving the field).
    connect(line, &QLineEdit::textEdited, this, [this](const QString &text) {
        QVariant parsed;
        const auto broken = Core::SettingValidator::parseText(m_definition, text, &parsed);
        showProblem(broken ? broken->message : QString());
        if (m_definition.type == SettingType::Color && m_chooser && !broken)
            showSwatch(text); // the colour as typed, before it is stored
    });
    connect(line, &QLineEdit::editingFinished, this, [this, line] { commitText(line->text()); });
    return line;
}

void SettingRow::buildEditor()
{
    const SettingUnits::Kind unitKind = SettingUnits::kind(m_definition);
    switch (m_definition.type) {
    case SettingType::Bool: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this](bool on) {
            if (!m_refreshing)
                Q_EMIT editRequested(m_definition.key, on);
        });
        m_editor = box;
        break;
    }
    case SettingType::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItems(m_definition.choices);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never cut short
        connect(combo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
            if (!m_refreshing)
                Q_EMIT editRequested(m_definition.key, text);
        });
        m_editor = combo;
        break;
    }
    case SettingType::Integer:
        if (unitKind == SettingUnits::Kind::Percent) {
            auto *percent = new PercentEdit(m_definition, this);
            percent->slider()->setAccessibleName(m_definition.translatedLabel());
            percent->slider()->setAccessibleDescription(m_definition.translatedDescription());
            percent->numberBox()->setAccessibleName(
                tr("%1 in percent").arg(m_definition.translatedLabel()));
            percent->numberBox()->setAccessibleDescription(
                tr("Allowed: %1").arg(SettingUnits::rangeText(m_definition)));
            connect(percent, &PercentEdit::problemChanged, this, &SettingRow::showProblem);
            connect(percent, &PercentEdit::committed, this, &SettingRow::commitNumber);
            m_editor = percent;
        } else if (unitKind != SettingUnits::Kind::None) {
            auto *quantity = new QuantityEdit(m_definition, this);
            quantity->amountBox()->setAccessibleName(m_definition.translatedLabel());
            quantity->amountBox()->setAccessibleDescription(
                tr("%1 Allowed: %2")
                    .arg(m_definition.translatedDescription(),
                         SettingUnits::rangeText(m_definition)));
            quantity->unitBox()->setAccessibleName(
                tr("Unit of %1").arg(m_definition.translatedLabel()));
            quantity->unitBox()->setAccessibleDescription(
                tr("The number beside keeps its value when another unit is chosen"));
            connect(quantity, &QuantityEdit::problemChanged, this, &SettingRow::showProblem);
            connect(quantity, &QuantityEdit::committed, this, &SettingRow::commitNumber);
            m_editor = quantity;
        } else {
            m_editor = buildLineEdit();
        }
        break;
    case SettingType::Text:
        if (m_definition.reference == SettingReference::Layout
            || m_definition.reference == SettingReference::Agent) {
            auto *picker = new ReferencePicker(m_definition, m_store, this);
            connect(picker, &ReferencePicker::chosen, this, &SettingRow::commitText);
            m_editor = picker;
        } else {
            m_editor = buildLineEdit();
        }
        break;
    case SettingType::Color:
    case SettingType::KeySequence: m_editor = buildLineEdit(); break;
    }
    m_editor->setObjectName(QStringLiteral("editor"));
    if (m_definition.type == SettingType::Color)
        buildColorChooser();
    if (m_definition.reference == SettingReference::Folder)
        buildFolderChooser();
}

void SettingRow::buildColorChooser()
{
    auto *line = static_cast<QLineEdit *>(m_editor);
    line->setMaxLength(7);
    line->setPlaceholderText(QStringLiteral("#RRGGBB"));
    m_chooser = new QToolButton(this);
    m_chooser->setObjectName(QStringLiteral("chooseColor"));
    m_chooser->setText(tr("Choose…"));
    m_chooser->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_chooser->setAccessibleName(tr("Choose %1").arg(m_definition.translatedLabel()));
    m_chooser->setAccessibleDescription(tr("Opens a colour dialog"));
    connect(m_chooser, &QToolButton::clicked, this, [this] {
        // Not modal-blocking: the dialog reports back, so tests and screen readers see it.
        auto *dialog = new QColorDialog(QColor(m_store.text(m_definition.key)), this);
        dialog->setObjectName(QStringLiteral("colorDialog"));
        dialog->setWindowTitle(m_definition.translatedLabel());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
            if (color.isValid())
                commitText(color.name());
        });
        dialog->open();
    });
}

// A folder is picked from a dialog; the field still takes a typed folder or WebDAV address.
void SettingRow::buildFolderChooser()
{
    m_chooser = new QToolButton(this);
    m_chooser->setObjectName(QStringLiteral("chooseFolder"));
    m_chooser->setText(tr("Choose folder…"));
    m_chooser->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    m_chooser->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_chooser->setAccessibleName(tr("Choose a folder for %1").arg(m_definition.translatedLabel()));
    m_chooser->setAccessibleDescription(tr("Opens a folder dialog"));
    connect(m_chooser, &QToolButton::clicked, this, [this] {
        const QFileInfo current(m_store.text(m_definition.key));
        const QString start =
            !current.filePath().isEmpty() && current.isAbsolute() && current.isDir()
            ? current.absoluteFilePath()
            : QDir::homePath();
        auto *dialog = new QFileDialog(this, m_definition.translatedLabel(), start);
        dialog->setObjectName(QStringLiteral("folderDialog"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog for tests
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
            if (!folder.isEmpty())
                commitText(QDir::toNativeSeparators(folder));
        });
        dialog->open();
    });
}

void SettingRow::showSwatch(const QString &text)
{
    QPixmap swatch(16, 16);
    swatch.fill(QColor(text));
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    painter.end();
    m_chooser->setIcon(QIcon(swatch));
    m_chooser->setProperty("swatchColor", QColor(text).name());
}

void SettingRow::commitText(const QString &text)
{
    if (m_refreshing || text == m_store.text(m_definition.key))
        return;
    QVariant parsed;
    if (const auto broken = Core::SettingValidator::parseText(m_definition, text, &parsed)) {
        showProblem(broken->message); // never stored
        return;
    }
    showProblem({});
    Q_EMIT editRequested(m_definition.key, parsed);
}

void SettingRow::commitNumber(qint64 value)
{
    if (m_refreshing || value == m_store.value(m_definition.key).toLongLong())
        return;
    Q_EMIT editRequested(m_definition.key, value);
}

void SettingRow::showProblem(const QString &problem)
{
    m_problem = problem;
    m_error->setText(problem.isEmpty() ? QString() : tr("Not stored: %1").arg(problem));
    m_error->setVisible(!problem.isEmpty());
    m_editor->setProperty("invalid", !problem.isEmpty());
    QWidget *framed = m_editor;
    if (auto *quantity = qobject_cast<QuantityEdit *>(m_editor))
        framed = quantity->amountBox();
    else if (auto *percent = qobject_cast<PercentEdit *>(m_editor))
        framed = percent->numberBox();
    framed->setStyleSheet(problem.isEmpty() ? QString()
                                            : QStringLiteral("border: 1px solid #da4453;"));
}

void SettingRow::refresh()
{
    m_refreshing = true;
    bool editing = false;
    const QVariant value = m_store.value(m_definition.key);
    if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        box->setChecked(value.toBool());
    else if (auto *picker = qobject_cast<ReferencePicker *>(m_editor))
        picker->showValue(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        combo->setCurrentText(value.toString());
    else if (auto *line = qobject_cast<QLineEdit *>(m_editor); line && !line->hasFocus())
        line->setText(m_store.text(m_definition.key));
    else if (auto *quantity = qobject_cast<QuantityEdit *>(m_editor);
             quantity && !quantity->amountBox()->hasFocus())
        quantity->setValue(value.toLongLong());
    else if (auto *percent = qobject_cast<PercentEdit *>(m_editor);
             percent && !percent->slider()->isSliderDown() && !percent->numberBox()->hasFocus())
        percent->setValue(value.toLongLong());
    else
        editing = true; // the user's text stays, and so does what is said about it
    if (!editing)
        showProblem({}); // the editor shows the stored value, which breaks no rule
    if (m_definition.type == SettingType::Color && m_chooser)
        showSwatch(m_store.text(m_definition.key));
    m_refreshing = false;

    const Core::PreferencesStore::Explanation why = m_store.explain(m_definition.key);
    const bool modified = m_store.isModified(m_definition.key);
    m_marker->setText(modified ? QStringLiteral("●") : QString());
    m_marker->setToolTip(modified ? tr("Changed from the value below yours") : QString());
    m_reset->setEnabled(modified && !why.locked && !m_store.isReadOnly());
    m_editor->setEnabled(!why.locked && !m_store.isReadOnly());
    if (m_chooser)
        m_chooser->setEnabled(m_editor->isEnabled());
    m_lockBadge->setText(why.locked ? tr("Locked") : QString());
    const QString lockText = why.policyExplanation.isEmpty()
        ? tr("Locked by the administrator in %1").arg(why.policyFile)
        : tr("Locked by the administrator in %1: %2").arg(why.policyFile, why.policyExplanation);
    m_lock->setText(why.locked ? lockText : QString());
    m_lock->setToolTip(why.locked ? lockText : QString());
    m_lock->setAccessibleName(why.locked ? tr("%1 is locked").arg(m_definition.translatedLabel())
                                         : QString());
    m_lock->setAccessibleDescription(why.locked ? lockText : QString());
    m_lock->setVisible(why.locked);
    m_lock->setTextInteractionFlags(why.locked
                                        ? Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse
                                        : Qt::NoTextInteraction);
    m_lock->setFocusPolicy(why.locked ? Qt::StrongFocus : Qt::NoFocus);
    m_lockBadge->setToolTip(m_lock->toolTip());
    // Always a line, "default" included: an edit never moves the rows below.
    m_why->setText(tr("Value from: %1").arg(Core::PreferencesStore::layerName(why.layer)));
    if (!m_highlighted.isEmpty())
        highlight(m_highlighted); // the value shown may have changed
}

QString SettingRow::shownValue() const
{
    if (auto *picker = qobject_cast<ReferencePicker *>(m_editor))
        return picker->currentText();
    if (SettingUnits::kind(m_definition) != SettingUnits::Kind::None)
        return SettingUnits::format(m_definition, m_store.value(m_definition.key).toLongLong());
    return {};
}

bool SettingRow::matches(const QString &text) const
{
    if (text.isEmpty())
        return true;
    QStringList haystacks{m_definition.translatedLabel(), m_definition.translatedDescription(),
                          m_definition.key, m_store.text(m_definition.key), shownValue()};
    haystacks += SettingUnits::searchTerms(m_definition);
    for (const QString &haystack : std::as_const(haystacks)) {
        if (haystack.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// `text` with every occurrence of `term` marked in the selection colours, as HTML.
QString SettingRow::marked(const QString &text, const QString &term) const
{
    const QString open = QStringLiteral("<span style=\"background-color:%1; color:%2;\">")
                             .arg(palette().color(QPalette::Highlight).name(),
                                  palette().color(QPalette::HighlightedText).name());
    QString result;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
        if (at < 0 || term.isEmpty())
            break;
        result += text.mid(from, at - from).toHtmlEscaped() + open
            + text.mid(at, term.size()).toHtmlEscaped() + QStringLiteral("</span>");
        from = at + term.size();
    }
    return result + text.mid(from).toHtmlEscaped();
}

void SettingRow::highlight(const QString &text)
{
    m_highlighted = text;
    const QString label = m_definition.translatedLabel();
    const QString description = m_definition.translatedDescription();
    const bool inLabel = !text.isEmpty() && label.contains(text, Qt::CaseInsensitive);
    const bool inDescription = !text.isEmpty() && description.contains(text, Qt::CaseInsensitive);
    m_label->setTextFormat(inLabel ? Qt::RichText : Qt::PlainText);
    m_label->setText(inLabel ? marked(label, text) : label);
    m_description->setTextFormat(inDescription ? Qt::RichText : Qt::PlainText);
    m_description->setText(inDescription ? marked(description, text) : description);
    m_label->setProperty("matched", inLabel);
    m_description->setProperty("matched", inDescription);

    // Found elsewhere: say where, so that the row does not seem to match for no reason.
    QString where;
    if (!text.isEmpty() && !inLabel && !inDescription) {
        const QString stored = m_store.text(m_definition.key);
        const QString shown = shownValue();
        if (m_definition.key.contains(text, Qt::CaseInsensitive)) {
            where = tr("Key: %1").arg(marked(m_definition.key, text));
        } else if (!shown.isEmpty() && shown.contains(text, Qt::CaseInsensitive)) {
            where = tr("Value: %1").arg(marked(shown, text));
        } else if (stored.contains(text, Qt::CaseInsensitive)) {
            where = tr("Value: %1").arg(marked(stored, text));
        } else {
            for (const QString &term : SettingUnits::searchTerms(m_definition)) {
                if (term.contains(text, Qt::CaseInsensitive)) {
                    where = term == m_definition.unit
                        ? tr("Stored in %1").arg(marked(term, text))
                        : tr("Unit: %1 (stored in %2)")
                              .arg(marked(term, text), m_definition.unit.toHtmlEscaped());
                    break;
                }
            }
        }
    }
    m_match->setText(where);
    m_match->setVisible(!where.isEmpty());
}

} // namespace Hubstate::Ui
