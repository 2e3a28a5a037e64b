#pragma once

#include <QMainWindow>

class QTreeWidget;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// The main window. For now an overview of every setting, its value and the layer that supplies
// it, kept current through the store's change notifications.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::PreferencesStore &store, QWidget *parent = nullptr);

private:
    void populate();
    void refresh(const QString &key);

    Core::PreferencesStore &m_store;
    QTreeWidget *m_overview = nullptr;
};

} // namespace Hubstate::Ui
