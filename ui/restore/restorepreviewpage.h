#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Hubstate::Ui {

class RestoreWizard;

// What the backup would change, row by row, with a filter field: settings by their labels
// with their old and new values as the settings pages show them, layouts and agents added, removed
// or replaced, the history's counts, and the names (never the values) of the secrets it would
// write.
class RestorePreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    // KeyColumn (hidden) holds the setting's key or the item's id, for the filter.
    enum Column {
        PartColumn,
        ItemColumn,
        ChangeColumn,
        BeforeColumn,
        AfterColumn,
        KeyColumn,
        ColumnCount
    };

    explicit RestorePreviewPage(RestoreWizard *wizard);

    void initializePage() override;

private:
    RestoreWizard *m_wizard;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace Hubstate::Ui
