#pragma once

#include <QWidget>
#include <optional>

class QSlider;
class QSpinBox;

namespace Hubstate::Core {
struct SettingDefinition;
}

namespace Hubstate::Ui {

// A percentage as a slider across the setting's bounds with the number beside it, which reads
// better than a bare number for a scale ("Text scale: 150%"). The slider stores when it is let
// go or moved by keys; the number when the user is done typing. A typed number out of bounds
// is explained (problem()), not clamped.
class PercentEdit : public QWidget
{
    Q_OBJECT

public:
    PercentEdit(const Core::SettingDefinition &definition, QWidget *parent = nullptr);

    void setValue(qint64 value);
    QString problem() const;

    QSlider *slider() const { return m_slider; }
    QSpinBox *numberBox() const { return m_number; }

Q_SIGNALS:
    void committed(qint64 value);
    void problemChanged(const QString &problem);

private:
    std::optional<qint64> check(const QString &text, QString *problem) const;
    void commit(qint64 value);

    const Core::SettingDefinition &m_definition;
    QSlider *m_slider = nullptr;
    QSpinBox *m_number = nullptr;
    bool m_setting = false;
};

} // namespace Hubstate::Ui
