#include "mainwindow.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"

#include <QHeaderView>
#include <QIcon>
#include <QStatusBar>
#include <QTreeWidget>

namespace Hubstate::Ui {

namespace {
enum Column { LabelColumn, ValueColumn, LayerColumn, KeyColumn };
}

MainWindow::MainWindow(Core::PreferencesStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_overview(new QTreeWidget(this))
{
    setWindowTitle(tr("Hubstate"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hubstate.png")));
    setObjectName(QStringLiteral("mainWindow"));
    m_overview->setObjectName(QStringLiteral("settingsOverview"));
    m_overview->setHeaderLabels({tr("Setting"), tr("Value"), tr("Supplied by"), tr("Key")});
    m_overview->setAccessibleName(tr("All settings"));
    m_overview->setAlternatingRowColors(true);
    m_overview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setCentralWidget(m_overview);
    populate();
    connect(&m_store, &Core::PreferencesStore::valueChanged, this,
            [this](const QString &key) { refresh(key); });
    if (m_store.isReadOnly())
        statusBar()->showMessage(m_store.readOnlyReason());
    resize(900, 600);
}

void MainWindow::populate()
{
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Core::SettingDefinition &definition : Core::SettingsSchema::instance().settings()) {
        QTreeWidgetItem *&group = groups[definition.page];
        if (!group) {
            group = new QTreeWidgetItem(m_overview, {definition.page});
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(LabelColumn, definition.translatedLabel());
        item->setToolTip(LabelColumn, definition.translatedDescription());
        item->setText(KeyColumn, definition.key);
        item->setData(KeyColumn, Qt::UserRole, definition.key);
        refresh(definition.key);
    }
}

void MainWindow::refresh(const QString &key)
{
    const QList<QTreeWidgetItem *> items =
        m_overview->findItems(key, Qt::MatchExactly | Qt::MatchRecursive, KeyColumn);
    for (QTreeWidgetItem *item : items) {
        const Core::PreferencesStore::Explanation why = m_store.explain(key);
        item->setText(ValueColumn, m_store.text(key));
        item->setText(LayerColumn, Core::PreferencesStore::layerName(why.layer));
    }
}

} // namespace Hubstate::Ui
