#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace Hubstate::Ui {

class RestoreWizard;

// Where the backup comes from: the catalog's backups, a file, or a WebDAV server whose
// listing is fetched. A remote file is downloaded into the profile's cache before staging.
class RestoreSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreSourcePage(RestoreWizard *wizard);

    void selectFile(const QString &file);
    // Preselects a backup of the catalog (Restore on a row of the Backups page).
    void selectCatalogBackup(const QString &destination, const QString &name);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadCatalog();
    void listServer();
    void showProblem(const QString &text);
    bool fetch(const QString &destination, const QString &name);

    RestoreWizard *m_wizard;
    QButtonGroup *m_choice;
    QRadioButton *m_catalogChoice;
    QRadioButton *m_fileChoice;
    QRadioButton *m_serverChoice;
    QTreeWidget *m_catalog;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLineEdit *m_url;
    QPushButton *m_list;
    QListWidget *m_serverFiles;
    QLabel *m_problem;
    QString m_listedUrl;
    std::pair<QString, QString> m_wanted; // destination and file asked for

    bool m_loaded = false;
};

} // namespace Hubstate::Ui
