#include "focusindicator.h"

#include "core/settings/preferencesstore.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace Hubstate::Ui {

namespace {
constexpr int kWidth = 3; // thick enough to see at a glance, also at 200% text
const QString kSetting = QStringLiteral("preferences.accessibility.focusIndicators");
} // namespace

FocusIndicator::FocusIndicator(Core::PreferencesStore &store, QObject *owner)
    : QWidget(nullptr)
    , m_store(store)
{
    setObjectName(QStringLiteral("focusIndicator"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Keyboard focus indicator"));
    setAccessibleDescription(tr("Outline around the control that has keyboard focus"));
    hide();
    // Owned by `owner` without being its child widget: it moves between parents as focus moves.
    connect(owner, &QObject::destroyed, this, [this] { deleteLater(); });
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key == kSetting || key.startsWith(QLatin1String("preferences.theme."))) {
            m_on = m_store.value(kSetting).toBool();
            follow(QApplication::focusWidget());
        }
    });
    m_on = m_store.value(kSetting).toBool();
}

FocusIndicator::~FocusIndicator()
{
    if (m_target)
        m_target->removeEventFilter(this);
}

void FocusIndicator::follow(QWidget *widget)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = widget;
    if (!m_on || !widget || !widget->parentWidget() || widget->isWindow()) {
        hide();
        if (!widget || widget->isWindow())
            setParent(nullptr);
        return;
    }
    widget->installEventFilter(this);
    if (parentWidget() != widget->parentWidget()) {
        setParent(widget->parentWidget());
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
    }
    place();
}

void FocusIndicator::place()
{
    if (!m_target || !m_on || !m_target->isVisible()) {
        hide();
        return;
    }
    setGeometry(m_target->geometry().adjusted(-kWidth, -kWidth, kWidth, kWidth));
    show();
    raise();
    update();
}

bool FocusIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide: place(); break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(
        QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
}

} // namespace Hubstate::Ui
