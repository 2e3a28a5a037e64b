#pragma once

#include "core/profile/profile.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Hubstate::Core {
struct DataStore;
class PreferencesStore;
class SecretStore;
class StateDatabase;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// The privacy centre, shown above the privacy switches of the schema's privacy page: says that
// Hubstate sends nothing anywhere, exports the user's data (chosen categories, a ZIP without a
// single secret value) and deletes it (every store listed with its size, confirmed by typing a
// word, then verified and reported).
class PrivacyCentre : public QWidget
{
    Q_OBJECT

public:
    PrivacyCentre(const Core::Profile &profile, Core::PreferencesStore &store,
                  Core::StateDatabase &database, const Core::SecretStore &secrets,
                  QWidget *parent = nullptr);
    ~PrivacyCentre() override;

    // The word to type before deleting (translated).
    static QString confirmationWord();
    // Lists the stores again (done whenever the page is shown).
    void refreshStores();

Q_SIGNALS:
    // Everything is gone (but what the user chose to keep): the program should quit without
    // writing anything again. `summary` says what was deleted and what was kept.
    void dataDeleted(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildExport();
    QWidget *buildDelete();
    void exportData();
    void deleteData();
    QStringList keychainEntries(QString *problem) const;
    static QString keptText(const QList<Core::DataStore> &kept);

    Core::Profile m_profile;
    Core::PreferencesStore &m_store;
    Core::StateDatabase &m_database;
    const Core::SecretStore &m_secrets;

    QMap<QString, QCheckBox *> m_categories;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_exportResult = nullptr;
    QCheckBox *m_includeBackups = nullptr;
    QTreeWidget *m_stores = nullptr;
    QLabel *m_kept = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_deleteResult = nullptr;
    bool m_deleted = false;
};

} // namespace Hubstate::Ui
