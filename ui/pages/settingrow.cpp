#include "settingrow.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace Hubstate::Ui {

using Core::SettingType;

SettingRow::SettingRow(const Core::SettingDefinition &definition, Core::PreferencesStore &store,
                       QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_store(store)
{
    setObjectName(QStringLiteral("row:") + definition.key);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    m_label = new QLabel(definition.translatedLabel(), this);
    m_label->setMinimumWidth(200); // one column of labels down the page
    m_label->setToolTip(definition.translatedDescription() + QStringLiteral("\n") + definition.key);
    m_marker = new QLabel(this);
    m_marker->setObjectName(QStringLiteral("modifiedMarker"));
    m_marker->setAccessibleName(tr("Modified"));
    m_lock = new QLabel(this);
    m_lock->setObjectName(QStringLiteral("lock"));
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setEnabled(false); // secondary text
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("problem"));
    m_error->setStyleSheet(QStringLiteral("color: #da4453;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("reset"));
    m_reset->setText(tr("Reset"));
    m_reset->setAccessibleName(tr("Reset %1").arg(definition.translatedLabel()));
    m_reset->setToolTip(tr("Return to the value below yours"));
    m_reset->setAccessibleDescription(tr("Return to the value below yours"));
    connect(m_reset, &QToolButton::clicked, this,
            [this] { Q_EMIT resetRequested(m_definition.key); });

    buildEditor();
    m_label->setBuddy(m_editor);
    m_editor->setAccessibleName(definition.translatedLabel());
    m_editor->setAccessibleDescription(definition.translatedDescription());

    layout->addWidget(m_marker, 0, 0);
    layout->addWidget(m_label, 0, 1);
    if (m_colorButton) {
        auto *editorBox = new QHBoxLayout;
        editorBox->addWidget(m_editor, 1);
        editorBox->addWidget(m_colorButton);
        layout->addLayout(editorBox, 0, 2);
    } else {
        layout->addWidget(m_editor, 0, 2);
    }
    layout->addWidget(m_lock, 0, 3);
    layout->addWidget(m_reset, 0, 4);
    layout->addWidget(m_why, 1, 1, 1, 4);
    layout->addWidget(m_error, 2, 1, 1, 4);
    layout->setColumnStretch(2, 1);
    refresh();
}

QString SettingRow::key() const
{
    return m_definition.key;
}

void SettingRow::buildEditor()
{
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
        connect(combo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
            if (!m_refreshing)
                Q_EMIT editRequested(m_definition.key, text);
        });
        m_editor = combo;
        break;
    }
    case SettingType::Integer:
    case SettingType::Text:
    case SettingType::Color:
    case SettingType::KeySequence: {
        auto *line = new QLineEdit(this);
        if (!m_definition.unit.isEmpty())
            line->setPlaceholderText(m_definition.unit);
        // Checked at every keystroke; stored when the user is done (Enter or leaving the field).
        connect(line, &QLineEdit::textEdited, this, [this](const QString &text) {
            QVariant parsed;
            const auto broken = Core::SettingValidator::parseText(m_definition, text, &parsed);
            showProblem(broken ? broken->message : QString());
            if (m_colorButton && !broken)
                showSwatch(text); // the colour as typed, before it is stored
        });
        connect(line, &QLineEdit::editingFinished, this,
                [this, line] { commitText(line->text()); });
        m_editor = line;
        break;
    }
    }
    m_editor->setObjectName(QStringLiteral("editor"));
    if (m_definition.type == SettingType::Color)
        buildColorChooser();
}

void SettingRow::buildColorChooser()
{
    auto *line = static_cast<QLineEdit *>(m_editor);
    line->setMaxLength(7);
    line->setPlaceholderText(QStringLiteral("#RRGGBB"));
    m_colorButton = new QToolButton(this);
    m_colorButton->setObjectName(QStringLiteral("chooseColor"));
    m_colorButton->setText(tr("Choose…"));
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colorButton->setAccessibleName(tr("Choose %1").arg(m_definition.translatedLabel()));
    m_colorButton->setAccessibleDescription(tr("Opens a colour dialog"));
    connect(m_colorButton, &QToolButton::clicked, this, [this] {
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

void SettingRow::showSwatch(const QString &text)
{
    QPixmap swatch(16, 16);
    swatch.fill(QColor(text));
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    painter.end();
    m_colorButton->setIcon(QIcon(swatch));
    m_colorButton->setProperty("swatchColor", QColor(text).name());
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

void SettingRow::showProblem(const QString &problem)
{
    m_problem = problem;
    m_error->setText(problem.isEmpty() ? QString() : tr("Not stored: %1").arg(problem));
    m_error->setVisible(!problem.isEmpty());
    m_editor->setProperty("invalid", !problem.isEmpty());
    m_editor->setStyleSheet(problem.isEmpty() ? QString()
                                              : QStringLiteral("border: 1px solid #da4453;"));
}

void SettingRow::refresh()
{
    m_refreshing = true;
    const QVariant value = m_store.value(m_definition.key);
    if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        box->setChecked(value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        combo->setCurrentText(value.toString());
    else if (auto *line = qobject_cast<QLineEdit *>(m_editor); line && !line->hasFocus())
        line->setText(m_store.text(m_definition.key));
    if (m_colorButton)
        showSwatch(m_store.text(m_definition.key));
    m_refreshing = false;

    const Core::PreferencesStore::Explanation why = m_store.explain(m_definition.key);
    const bool modified = m_store.isModified(m_definition.key);
    m_marker->setText(modified ? QStringLiteral("●") : QString());
    m_marker->setToolTip(modified ? tr("Changed from the value below yours") : QString());
    m_reset->setEnabled(modified);
    m_editor->setEnabled(!why.locked && !m_store.isReadOnly());
    if (m_colorButton)
        m_colorButton->setEnabled(m_editor->isEnabled());
    m_lock->setText(why.locked ? tr("Locked") : QString());
    const QString lockText = why.policyExplanation.isEmpty()
        ? tr("Locked by the administrator in %1").arg(why.policyFile)
        : tr("Locked by the administrator in %1: %2").arg(why.policyFile, why.policyExplanation);
    m_lock->setToolTip(why.locked ? lockText : QString());
    m_lock->setAccessibleName(why.locked ? lockText : QString());
    m_why->setText(tr("Value from: %1").arg(Core::PreferencesStore::layerName(why.layer)));
}

bool SettingRow::matches(const QString &text) const
{
    if (text.isEmpty())
        return true;
    for (const QString &haystack :
         {m_definition.translatedLabel(), m_definition.translatedDescription(), m_definition.key,
          m_store.text(m_definition.key)}) {
        if (haystack.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void SettingRow::setHighlighted(bool highlighted)
{
    QFont font = m_label->font();
    font.setBold(highlighted);
    m_label->setFont(font);
}

} // namespace Hubstate::Ui
