#include "retentionfields.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Hubstate::Ui {

using Core::BackupDestination;

namespace {

// The counts, each standing in for the setting whose bounds it has.
struct Count
{
    const char *setting;
    std::optional<int> BackupDestination::Retention::*field;
    const char *label;
    const char *objectName;
    const char *accessibleName;
};
const Count counts[] = {
    {"backup.maxBackups", &BackupDestination::Retention::keepLast,
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Keep &last:"), "destinationKeepLast",
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Backups kept")},
    {"backup.keepDaily", &BackupDestination::Retention::keepDaily,
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Daily:"), "destinationKeepDaily",
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Daily backups kept")},
    {"backup.keepWeekly", &BackupDestination::Retention::keepWeekly,
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Weekly:"), "destinationKeepWeekly",
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Weekly backups kept")},
    {"backup.keepMonthly", &BackupDestination::Retention::keepMonthly,
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Monthly:"), "destinationKeepMonthly",
     QT_TRANSLATE_NOOP("Hubstate::Ui::RetentionFields", "Monthly backups kept")},
};

} // namespace

RetentionFields::RetentionFields(const Core::PreferencesStore &store, QWidget *parent)
    : QWidget(parent)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_own = new QCheckBox(tr("Keep backups here by &own counts"), this);
    m_own->setObjectName(QStringLiteral("destinationOwnRetention"));
    m_own->setAccessibleName(tr("Own retention"));
    m_own->setAccessibleDescription(
        tr("Off: the Backups kept, Daily, Weekly and Monthly settings of this page apply"));
    column->addWidget(m_own);
    m_counts = new QWidget(this);
    auto *grid = new QGridLayout(m_counts);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const Count &count : counts) {
        const QString setting = QLatin1String(count.setting);
        const Core::SettingDefinition *definition = Core::SettingsSchema::instance().find(setting);
        const int current = store.value(setting).toInt();
        auto *spin = new QSpinBox(m_counts);
        spin->setObjectName(QLatin1String(count.objectName));
        // The lowest value stands for "not given": the setting's value applies.
        spin->setRange(int(definition ? definition->minimum : 0) - 1,
                       int(definition ? definition->maximum : 1000));
        spin->setSpecialValueText(tr("default (%1)").arg(current));
        spin->setValue(current);
        spin->setAccessibleName(tr(count.accessibleName));
        spin->setAccessibleDescription(
            tr("At its lowest it follows the page's setting, now %1").arg(current));
        auto *label = new QLabel(tr(count.label), m_counts);
        label->setBuddy(spin);
        grid->addWidget(label, index / 2, (index % 2) * 2);
        grid->addWidget(spin, index / 2, (index % 2) * 2 + 1);
        m_keep[index++] = spin;
        connect(spin, &QSpinBox::valueChanged, this, &RetentionFields::changed);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    column->addWidget(m_counts);
    connect(m_own, &QCheckBox::toggled, this, [this] {
        updateCounts();
        Q_EMIT changed();
    });
    updateCounts();
}

void RetentionFields::setRetention(
    const std::optional<Core::BackupDestination::Retention> &retention)
{
    m_own->setChecked(retention.has_value());
    if (retention) {
        for (int i = 0; i < 4; ++i) {
            const std::optional<int> value = (*retention).*(counts[i].field);
            m_keep[i]->setValue(value ? *value : m_keep[i]->minimum());
        }
    }
}

std::optional<Core::BackupDestination::Retention> RetentionFields::retention() const
{
    if (!m_own->isChecked())
        return std::nullopt;
    BackupDestination::Retention own;
    for (int i = 0; i < 4; ++i) {
        if (m_keep[i]->value() != m_keep[i]->minimum())
            own.*(counts[i].field) = m_keep[i]->value();
    }
    return own;
}

void RetentionFields::setEditable(bool editable)
{
    m_editable = editable;
    m_own->setEnabled(editable);
    updateCounts();
}

void RetentionFields::updateCounts()
{
    m_counts->setEnabled(m_editable && m_own->isChecked());
}

} // namespace Hubstate::Ui
