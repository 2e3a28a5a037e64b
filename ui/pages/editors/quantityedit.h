#pragma once

#include "core/settings/settingunits.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace Hubstate::Core {
struct SettingDefinition;
}

namespace Hubstate::Ui {

// A number with a unit chooser, for settings whose schema gives a unit: "[ 30 ] [seconds]",
// "[ 512 ] [MiB]", "[ 200 ] px". The amount keeps its number when another unit is chosen
// (typing 5 and choosing minutes means 5 minutes). Out-of-range amounts are not clamped:
// problem() says what is wrong, in the units shown, and nothing is committed.
class QuantityEdit : public QWidget
{
    Q_OBJECT

public:
    QuantityEdit(const Core::SettingDefinition &definition, QWidget *parent = nullptr);

    // Shows a stored value in the largest unit that shows it whole.
    void setValue(qint64 value);
    // The value the amount and unit say, or nothing when they break a rule (see problem()).
    std::optional<qint64> value() const;
    QString problem() const;
    QString unitSymbol() const;

    QDoubleSpinBox *amountBox() const { return m_amount; }
    QComboBox *unitBox() const { return m_unit; }

Q_SIGNALS:
    // The user is done with an amount or chose a unit; `problem()` is empty.
    void committed(qint64 value);
    // As the user types: the rule the amount breaks, or an empty text.
    void problemChanged(const QString &problem);

private:
    void setUnits(const QList<Core::SettingUnits::Unit> &units,
                  const Core::SettingUnits::Unit &current);
    Core::SettingUnits::Unit currentUnit() const;
    std::optional<qint64> parse(const QString &amountText, QString *problem) const;
    void commit();

    const Core::SettingDefinition &m_definition;
    QList<Core::SettingUnits::Unit> m_units;
    QDoubleSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr; // several units
    QLabel *m_unitLabel = nullptr; // one unit
    bool m_setting = false;
};

} // namespace Hubstate::Ui
