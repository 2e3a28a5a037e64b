#include "syncdevicesbox.h"

#include "core/sync/syncscheduler.h"
#include "syncstatusbutton.h"
#include "ui/common/prompts.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

enum Column { NameColumn, WhichColumn, SeenColumn, IdColumn };
enum Role { IdRole = Qt::UserRole, SelfRole, NameRole };

const QString renameTask = QStringLiteral("renameDevice");
const QString forgetTask = QStringLiteral("forgetDevice");

} // namespace

SyncDevicesBox::SyncDevicesBox(Core::SyncScheduler &scheduler, QWidget *parent)
    : QGroupBox(tr("Devices"), parent)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("syncDevices"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("syncDeviceList"));
    m_list->setAccessibleName(tr("Devices"));
    m_list->setAccessibleDescription(
        tr("The devices that share the sync store; F2 renames the one selected"));
    m_list->setHeaderLabels({tr("Name"), tr("Which"), tr("Last wrote"), tr("Device id")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::DoubleClicked);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {WhichColumn, SeenColumn, IdColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A few devices at most: room for four without scrolling, no more.
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(140);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    m_rename = new QPushButton(tr("Re&name"), this);
    m_rename->setObjectName(QStringLiteral("renameDevice"));
    m_rename->setAccessibleName(tr("Rename the selected device"));
    m_rename->setAccessibleDescription(tr("Edits the name in the list; Enter keeps it"));
    m_forget = new QPushButton(tr("F&orget…"), this);
    m_forget->setObjectName(QStringLiteral("forgetDevice"));
    m_forget->setAccessibleName(tr("Forget the selected device"));
    m_forget->setAccessibleDescription(
        tr("Removes another device's files from the sync store; it is no longer waited for"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncDevicesMessage"));
    m_message->setWordWrap(true);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_message, 1);
    layout->addLayout(buttons);

    connect(m_rename, &QPushButton::clicked, this, &SyncDevicesBox::renameSelected);
    connect(m_forget, &QPushButton::clicked, this, &SyncDevicesBox::forgetSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SyncDevicesBox::updateActions);
    connect(m_list, &QTreeWidget::itemChanged, this, &SyncDevicesBox::renamed);
    connect(&m_scheduler, &Core::SyncScheduler::changed, this, &SyncDevicesBox::showDevices);
    connect(&m_scheduler, &Core::SyncScheduler::taskFinished, this,
            [this](const QString &kind, const Core::SyncScheduler::Outcome &outcome) {
                if (kind == renameTask || kind == forgetTask)
                    setMessage(outcome.status ? outcome.value.toString()
                                              : outcome.status.error().message);
            });
    showDevices();
}

void SyncDevicesBox::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void SyncDevicesBox::showDevices()
{
    // Not while a name is being typed: the editor (in the viewport) would go.
    if (QWidget *focus = QApplication::focusWidget();
        focus && focus != m_list->viewport() && m_list->viewport()->isAncestorOf(focus))
        return;
    const QTreeWidgetItem *current = m_list->currentItem();
    const QString selectedId = current ? current->data(NameColumn, IdRole).toString() : QString();
    m_filling = true;
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTime();
    for (const Core::SyncEngine::Device &device : m_scheduler.status().devices) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, device.name.isEmpty() ? tr("(no name)") : device.name);
        item->setText(WhichColumn, device.self ? tr("this device") : tr("other"));
        item->setText(SeenColumn, device.lastSeen.isValid()
                                      ? SyncStatusButton::ago(device.lastSeen, now)
                                      : tr("never"));
        item->setText(IdColumn, device.id);
        item->setData(NameColumn, IdRole, device.id);
        item->setData(NameColumn, SelfRole, device.self);
        item->setData(NameColumn, NameRole, device.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (device.self) {
            QFont font = item->font(NameColumn);
            font.setBold(true);
            item->setFont(NameColumn, font);
        }
        if (device.id == selectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_filling = false;
    updateActions();
}

void SyncDevicesBox::updateActions()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_rename->setEnabled(item != nullptr);
    m_forget->setEnabled(item && !item->data(NameColumn, SelfRole).toBool());
}

void SyncDevicesBox::renameSelected()
{
    if (QTreeWidgetItem *item = m_list->currentItem()) {
        m_list->setFocus();
        m_list->editItem(item, NameColumn);
    }
}

void SyncDevicesBox::renamed(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != NameColumn)
        return;
    const QString id = item->data(NameColumn, IdRole).toString();
    const QString name = item->text(NameColumn).trimmed();
    if (name.isEmpty() || name == item->data(NameColumn, NameRole).toString()) {
        m_filling = true;
        item->setText(NameColumn, item->data(NameColumn, NameRole).toString());
        m_filling = false;
        return;
    }
    item->setData(NameColumn, NameRole, name);
    setMessage(tr("Renaming…"));
    m_scheduler.perform(
        renameTask,
        [id, name](Core::SyncScheduler::Context &context) {
            if (Core::Status renamed = context.engine.renameDevice(id, name); !renamed)
                return Core::SyncScheduler::Outcome{renamed, {}};
            return Core::SyncScheduler::Outcome{{}, tr("Renamed to “%1”.").arg(name)};
        },
        true);
}

void SyncDevicesBox::forgetSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(NameColumn, SelfRole).toBool())
        return;
    const QString id = item->data(NameColumn, IdRole).toString();
    const QString name = item->text(NameColumn);
    Prompts::Question question;
    question.title = tr("Forget a device");
    question.text = tr("Forget “%1”? Its files are removed from the sync store and nobody waits "
                       "for it any more. If it syncs again later, it must join again.")
                        .arg(name);
    question.acceptText = tr("&Forget it");
    question.rejectText = tr("&Keep it");
    if (!Prompts::ask(this, question))
        return;
    setMessage(tr("Forgetting “%1”…").arg(name));
    m_scheduler.perform(forgetTask, [id, name](Core::SyncScheduler::Context &context) {
        if (Core::Status forgotten = context.engine.forgetDevice(id); !forgotten)
            return Core::SyncScheduler::Outcome{forgotten, {}};
        return Core::SyncScheduler::Outcome{{}, tr("“%1” is forgotten.").arg(name)};
    });
}

} // namespace Hubstate::Ui
