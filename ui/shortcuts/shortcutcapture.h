#pragma once

#include <QKeySequenceEdit>

namespace Hubstate::Ui {

// Records a key sequence (up to four chords; recording ends a second after the last key).
// Escape cancels and puts back the sequence it started with; Tab and Shift+Tab move the focus
// on as everywhere else, so the recorder is never a keyboard trap. Every recorded key is
// reported at once, so conflicts show while the user is still typing.
class ShortcutCapture : public QKeySequenceEdit
{
    Q_OBJECT

public:
    explicit ShortcutCapture(QWidget *parent = nullptr);

    // The sequence Escape goes back to.
    void setOriginal(const QKeySequence &sequence);

Q_SIGNALS:
    void recording(const QKeySequence &soFar);
    void cancelled();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QKeySequence m_original;
};

} // namespace Hubstate::Ui
