#include "quantityedit.h"

#include "core/settings/settingdefinition.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <cmath>

namespace Hubstate::Ui {

using Core::SettingUnits;

QuantityEdit::QuantityEdit(const Core::SettingDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setDecimals(0);
    m_amount->setKeyboardTracking(false); // valueChanged once the user is done typing
    m_amount->setAlignment(Qt::AlignRight);
    layout->addWidget(m_amount);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    // Never narrower than its longest unit's name: a squeezed page scrolls instead of cutting
    // "seconds" to "seco".
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout->addWidget(m_unit);
    m_unitLabel = new QLabel(this);
    m_unitLabel->setObjectName(QStringLiteral("unitLabel"));
    layout->addWidget(m_unitLabel);
    layout->addStretch(1);
    setFocusProxy(m_amount);

    connect(m_amount->findChild<QLineEdit *>(), &QLineEdit::textEdited, this,
            [this](const QString &text) {
                QString problem;
                (void)parse(text.trimmed(), &problem);
                Q_EMIT problemChanged(problem);
            });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_setting)
            commit();
    });
    connect(m_unit, &QComboBox::activated, this, [this] {
        if (!m_setting)
            commit();
    });
    setValue(definition.defaultValue.toLongLong());
}

void QuantityEdit::setUnits(const QList<SettingUnits::Unit> &units,
                            const SettingUnits::Unit &current)
{
    if (units != m_units) {
        m_units = units;
        m_unit->clear();
        for (const SettingUnits::Unit &unit : units)
            m_unit->addItem(SettingUnits::chooserName(unit), unit.symbol);
    }
    m_unit->setCurrentIndex(qMax(0, int(m_units.indexOf(current))));
    m_unit->setVisible(m_units.size() > 1);
    m_unitLabel->setVisible(m_units.size() == 1);
    m_unitLabel->setText(current.symbol);
    // Room for the largest amount of the smallest unit, and one digit more: a value above the
    // maximum can be typed, and is then explained, not refused keystroke by keystroke.
    const qint64 largest = qMax<qint64>(m_definition.maximum / m_units.first().factor, 1);
    const double limit = std::pow(10.0, std::floor(std::log10(double(largest))) + 2) - 1;
    m_amount->setRange(m_definition.minimum < 0 ? -limit : 0, limit);
}

SettingUnits::Unit QuantityEdit::currentUnit() const
{
    const int index = m_unit->currentIndex();
    return index >= 0 && index < m_units.size() ? m_units.at(index) : SettingUnits::Unit{};
}

QString QuantityEdit::unitSymbol() const
{
    return currentUnit().symbol;
}

void QuantityEdit::setValue(qint64 value)
{
    m_setting = true;
    const SettingUnits::Unit unit = SettingUnits::bestUnit(m_definition, value);
    setUnits(SettingUnits::unitsFor(m_definition, value), unit);
    m_amount->setValue(double(value / qMax<qint64>(unit.factor, 1)));
    m_setting = false;
}

std::optional<qint64> QuantityEdit::parse(const QString &amountText, QString *problem) const
{
    qint64 result = 0;
    const SettingUnits::Unit unit = currentUnit();
    if (const std::optional<Core::Violation> broken =
            SettingUnits::parse(m_definition, amountText + unit.symbol, &result)) {
        *problem = broken->message;
        return std::nullopt;
    }
    problem->clear();
    return result;
}

std::optional<qint64> QuantityEdit::value() const
{
    QString problem;
    return parse(QString::number(qint64(m_amount->value())), &problem);
}

QString QuantityEdit::problem() const
{
    QString problem;
    (void)parse(QString::number(qint64(m_amount->value())), &problem);
    return problem;
}

void QuantityEdit::commit()
{
    QString problem;
    const std::optional<qint64> parsed =
        parse(QString::number(qint64(m_amount->value())), &problem);
    Q_EMIT problemChanged(problem);
    if (parsed)
        Q_EMIT committed(*parsed);
}

} // namespace Hubstate::Ui
