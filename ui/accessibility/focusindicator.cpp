#include "focusindicator.h"

#include "core/settings/preferencesstore.h"
#include "focusframe.h"

#include <QAbstractScrollArea>
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
    unwatch();
    delete m_frame.data();
}

QWidget *FocusIndicator::frame() const
{
    return m_frame && m_frame->isVisible() ? m_frame.data() : nullptr;
}

QWidget *FocusIndicator::hostFor(const QWidget *widget)
{
    QWidget *host = widget->parentWidget();
    while (host && !host->isWindow()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(host->parentWidget());
        if (area && area->viewport() == host)
            return host;
        host = host->parentWidget();
    }
    return host;
}

void FocusIndicator::unwatch()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_watched)) {
        if (widget)
            widget->removeEventFilter(this);
    }
    m_watched.clear();
}

void FocusIndicator::follow(QWidget *widget)
{
    unwatch();
    m_target = widget;
    QWidget *host = widget && !widget->isWindow() ? hostFor(widget) : nullptr;
    if (!m_on || !host) {
        if (m_frame)
            m_frame->hide();
        return;
    }
    for (QWidget *step = widget; step && step != host; step = step->parentWidget()) {
        step->installEventFilter(this);
        m_watched.append(step);
    }
    if (!m_frame || m_frame->parentWidget() != host) {
        // A fresh frame under the new host: reparenting a visible widget while the host's
        // layout runs is fragile, and focus moves while Qt walks a parent's children (showing
        // a window), so the old frame is only hidden now and deleted later.
        if (m_frame) {
            m_frame->hide();
            m_frame->deleteLater();
        }
        m_frame = new FocusFrame(host);
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
    QWidget *host = m_frame->parentWidget();
    if (!m_target || !m_on || !host || !m_target->isVisible() || hostFor(m_target) != host) {
        m_frame->hide();
        return;
    }
    const int width = FocusFrame::width;
    const QRect target(m_target->mapTo(host, QPoint(0, 0)), m_target->size());
    m_frame->setGeometry(target.adjusted(-width, -width, width, width));
    m_frame->show();
    m_frame->raise();
    m_frame->update();
}

bool FocusIndicator::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide: schedulePlace(); break;
    case QEvent::ParentChange:
        // The chain to the host is another one now: followed again once the move is over.
        QMetaObject::invokeMethod(
            this, [this] { follow(m_target); }, Qt::QueuedConnection);
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Hubstate::Ui
