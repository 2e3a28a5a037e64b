#include "percentedit.h"

#include "core/settings/settingdefinition.h"
#include "core/settings/settingunits.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>

namespace Hubstate::Ui {

PercentEdit::PercentEdit(const Core::SettingDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("slider"));
    m_slider->setRange(int(definition.minimum), int(definition.maximum));
    const int span = int(definition.maximum - definition.minimum);
    m_slider->setSingleStep(qMax(1, span / 20));
    m_slider->setPageStep(qMax(1, span / 4));
    m_slider->setTickInterval(qMax(1, span / 4));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setMinimumWidth(120);
    layout->addWidget(m_slider, 1);
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("amount"));
    m_number->setSuffix(QStringLiteral("%"));
    // Wider than the bounds, so that a number outside them is explained rather than refused.
    m_number->setRange(0, int(qMax<qint64>(definition.maximum * 10 - 1, 999)));
    m_number->setKeyboardTracking(false);
    m_number->setAlignment(Qt::AlignRight);
    layout->addWidget(m_number);
    setFocusProxy(m_slider);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_setting)
            return;
        m_setting = true;
        m_number->setValue(value);
        m_setting = false;
        if (!m_slider->isSliderDown()) // keys, clicks on the groove, the wheel
            commit(value);
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { commit(m_slider->value()); });
    connect(m_number->findChild<QLineEdit *>(), &QLineEdit::textEdited, this,
            [this](const QString &text) {
                QString problem;
                (void)check(QString(text).remove(u'%').trimmed(), &problem);
                Q_EMIT problemChanged(problem);
            });
    connect(m_number, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_setting)
            return;
        QString problem;
        const std::optional<qint64> checked = check(QString::number(value), &problem);
        Q_EMIT problemChanged(problem);
        if (!checked)
            return;
        m_setting = true;
        m_slider->setValue(value);
        m_setting = false;
        commit(value);
    });
    setValue(definition.defaultValue.toLongLong());
}

void PercentEdit::setValue(qint64 value)
{
    m_setting = true;
    m_slider->setValue(int(value));
    m_number->setValue(int(value));
    m_setting = false;
}

std::optional<qint64> PercentEdit::check(const QString &text, QString *problem) const
{
    qint64 value = 0;
    if (const std::optional<Core::Violation> broken =
            Core::SettingUnits::parse(m_definition, text, &value)) {
        *problem = broken->message;
        return std::nullopt;
    }
    problem->clear();
    return value;
}

QString PercentEdit::problem() const
{
    QString problem;
    (void)check(QString::number(m_number->value()), &problem);
    return problem;
}

void PercentEdit::commit(qint64 value)
{
    Q_EMIT problemChanged({});
    Q_EMIT committed(value);
}

} // namespace Hubstate::Ui
