#include "shortcutcapture.h"

#include <QKeyEvent>

namespace Hubstate::Ui {

ShortcutCapture::ShortcutCapture(QWidget *parent)
    : QKeySequenceEdit(parent)
{
}

void ShortcutCapture::setOriginal(const QKeySequence &sequence)
{
    m_original = sequence;
    setKeySequence(sequence);
}

bool ShortcutCapture::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab))
            // Focus navigation, not a key to record. Qt 6.4 does this already; said here so
            // that no Qt version can turn the recorder into a keyboard trap.
            return QWidget::event(event);
    }
    return QKeySequenceEdit::event(event);
}

void ShortcutCapture::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        setKeySequence(m_original);
        event->accept();
        Q_EMIT cancelled();
        return;
    }
    QKeySequenceEdit::keyPressEvent(event);
    Q_EMIT recording(keySequence());
}

} // namespace Hubstate::Ui
