#pragma once

#include "core/state/agentconfig.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace Hubstate::Core {
class PreferencesStore;
class SecretStore;
class StateDatabase;
class AgentRepository;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// The agent configurations: add, duplicate, edit, delete, checked by the agents.* rules as one
// types. The API key goes to the keychain only (one secret per agent, "agent.<id>.apiKey");
// the page shows whether a key is stored, never the key. When the keychain is locked or
// unavailable a banner says so and the key cannot be entered at all: there is no other place
// a key could go.
class AgentsPage : public QWidget
{
    Q_OBJECT

public:
    AgentsPage(Core::StateDatabase &database, Core::SecretStore &secrets,
               Core::PreferencesStore &store, QWidget *parent = nullptr);
    ~AgentsPage() override;

    static QString secretNameFor(const QString &agentId);
    // The form's label of a field the agent rules name ("timeout" is "Timeout").
    static QString fieldLabel(const QString &path);

    // Asks the keychain how it is (done once when the page is first shown).
    void probeKeychain();
    bool keychainAnswered() const { return m_asked; }
    void reloadAgents();
    // Save (Ctrl+S) anywhere on the page: the agent in the form, when it follows the rules.
    Q_INVOKABLE bool save();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Core::AgentRepository repository() const; // with the rules as set now
    Core::AgentConfig formAgent() const;
    void showAgent(const std::optional<Core::AgentConfig> &agent, bool isNew);
    void checkForm();
    void selectAgent(const QString &id);
    void addAgent();
    void duplicateAgent();
    void deleteAgent();
    void saveAgent();
    void storeKey();
    void removeKey();
    void showKeyStatus();
    QString uniqueId(const QString &base) const;
    QWidget *buildForm();
    void setMessage(const QString &message, bool problem);
    void fitFields();

    Core::StateDatabase &m_database;
    Core::SecretStore &m_secrets;
    Core::PreferencesStore &m_store;
    bool m_probed = false; // asked for, maybe not answered yet
    bool m_asked = false; // answered
    bool m_keychainWorks = false;
    bool m_isNew = false;
    bool m_loaded = false; // the list is read when the page is first shown
    QString m_deleteArmedFor; // the first press of Delete arms it; the second deletes

    QLabel *m_banner = nullptr;
    QPushButton *m_recheck = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_model = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_storeKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_form = nullptr;
    QScrollArea *m_fields = nullptr; // m_form, scrolling
};

} // namespace Hubstate::Ui
