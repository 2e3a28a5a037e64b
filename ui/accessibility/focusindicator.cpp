#include "focusindicator.h"

#include "core/settings/preferencesstore.h"
#include "focusframe.h"

#include <QApplication>
#include <QEvent>

namespace Hubstate::Ui {

namespace {
const QString kSetting = QStringLiteral("preferences.accessibility.focusIndicators");
} // namespace

FocusIndicator::FocusIndicator(Core::PreferencesStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_on(store.value(kSetting).toBool())
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key == kSetting || key.startsWith(QLatin1String("preferences.theme."))) {
            m_on = m_store.value(kSetting).toBool();
            follow(QApplication::focusWidget());
        }
    });
}

FocusIndicator::~FocusIndicator()
{
    if (m_target)
        m_target->removeEventFilter(this);
    delete m_frame.data();
}

QWidget *FocusIndicator::frame() const
{
    return m_frame && m_frame->isVisible() ? m_frame.data() : nullptr;
}

void FocusIndicator::follow(QWidget *widget)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = widget;
    if (!m_on || !widget || !widget->parentWidget() || widget->isWindow()) {
        if (m_frame)
            m_frame->hide();
        return;
    }
    widget->installEventFilter(this);
    if (!m_frame || m_frame->parentWidget() != widget->parentWidget()) {
        // A fresh frame under the new parent: reparenting a visible widget while the parent's
        // layout runs is fragile, and focus moves while Qt walks a parent's children (showing
        // a window), so the old frame is only hidden now and deleted later.
        if (m_frame) {
            m_frame->hide();
            m_frame->deleteLater();
        }
        m_frame = new FocusFrame(widget->parentWidget());
    }
    place();
}

void FocusIndicator::schedulePlace()
{
    if (m_placePending)
        return;
    m_placePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_placePending = false;
            place();
        },
        Qt::QueuedConnection);
}

void FocusIndicator::place()
{
    if (!m_frame)
        return;
    if (!m_target || !m_on || !m_target->isVisible()
        || m_target->parentWidget() != m_frame->parentWidget()) {
        m_frame->hide();
        return;
    }
    const int width = FocusFrame::width;
    m_frame->setGeometry(m_target->geometry().adjusted(-width, -width, width, width));
    m_frame->show();
    m_frame->raise();
    m_frame->update();
}

bool FocusIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide: schedulePlace(); break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Hubstate::Ui
