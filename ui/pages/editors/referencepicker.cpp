#include "referencepicker.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingdefinition.h"
#include "core/settings/settingreferences.h"
#include "core/state/layouttemplates.h"

#include <QFont>
#include <QSignalBlocker>

namespace Hubstate::Ui {

using Core::SettingReference;
using Core::SettingReferences;

ReferencePicker::ReferencePicker(const Core::SettingDefinition &definition,
                                 Core::PreferencesStore &store, QWidget *parent)
    : QComboBox(parent)
    , m_definition(definition)
    , m_store(store)
{
    // As wide as the longest name it offers, never narrower: names are not cut short.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (!m_loading)
            Q_EMIT chosen(itemData(index).toString());
    });
}

QString ReferencePicker::currentValue() const
{
    return currentData().toString();
}

void ReferencePicker::showValue(const QString &value)
{
    reload(value);
}

void ReferencePicker::showPopup()
{
    reload(currentValue());
    QComboBox::showPopup();
}

void ReferencePicker::reload(const QString &current)
{
    QList<SettingReferences::Choice> choices;
    m_problem.clear();
    if (const SettingReferences *references = m_store.references()) {
        const Core::Result<QList<SettingReferences::Choice>> read =
            references->choices(m_definition.reference);
        if (read)
            choices = *read;
        else
            m_problem = read.error().message;
    }
    if (choices.isEmpty() && m_definition.reference == SettingReference::Layout) {
        // No database: the templates are known all the same.
        for (const char *type : {"single", "split", "grid-2x2", "grid-3x3"}) {
            const Core::Layout shape = Core::LayoutTemplates::make(QLatin1String(type), {});
            choices.append({QLatin1String(type), shape.name, tr("template"), true});
        }
    }

    const QSignalBlocker blocker(this);
    m_loading = true;
    clear();
    if (m_definition.reference == SettingReference::Agent)
        addItem(tr("No agent"), QString());
    for (const SettingReferences::Choice &choice : std::as_const(choices)) {
        const QString text =
            choice.detail.isEmpty() ? choice.name : tr("%1 (%2)").arg(choice.name, choice.detail);
        addItem(text, choice.value);
        if (!choice.enabled)
            setItemData(count() - 1, palette().color(QPalette::Disabled, QPalette::Text),
                        Qt::ForegroundRole);
    }
    int index = findData(current);
    if (index < 0 && !current.isEmpty()) {
        // What the setting names is gone (or was never there): shown, marked, not replaced.
        addItem(m_definition.reference == SettingReference::Agent
                    ? tr("Missing agent (%1)").arg(current)
                    : tr("Missing layout (%1)").arg(current),
                current);
        index = count() - 1;
        QFont marked = font();
        marked.setItalic(true);
        setItemData(index, marked, Qt::FontRole);
    }
    setCurrentIndex(index);
    m_loading = false;
}

} // namespace Hubstate::Ui
