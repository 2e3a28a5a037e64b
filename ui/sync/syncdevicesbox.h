#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Hubstate::Core {
class SyncScheduler;
}

namespace Hubstate::Ui {

// The devices that share the sync store, as the last status read lists them: this one and the
// others with when they last wrote. A name is renamed in place (F2 or Rename); Forget removes
// another device's files from the store, after asking.
class SyncDevicesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SyncDevicesBox(Core::SyncScheduler &scheduler, QWidget *parent = nullptr);

public Q_SLOTS:
    void renameSelected();
    void forgetSelected();

private:
    void showDevices();
    void updateActions();
    void renamed(QTreeWidgetItem *item, int column);
    void setMessage(const QString &text);

    Core::SyncScheduler &m_scheduler;
    bool m_filling = false;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Hubstate::Ui
