#include "agentspage.h"

#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/agentrepository.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "ui/common/flowlayout.h"
#include "ui/common/messagelook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Hubstate::Ui {

AgentsPage::AgentsPage(Core::StateDatabase &database, Core::SecretStore &secrets,
                       Core::PreferencesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_store(store)
{
    setObjectName(QStringLiteral("page:agents"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_banner->setWordWrap(true);
    MessageLook::markFailure(m_banner);
    m_banner->setMargin(6);
    m_banner->hide();
    m_recheck = new QPushButton(tr("Ask the keychain a&gain"), this);
    m_recheck->setObjectName(QStringLiteral("recheckKeychain"));
    m_recheck->setAccessibleName(tr("Ask the keychain again"));
    m_recheck->setAccessibleDescription(tr("After unlocking or starting the keychain"));
    m_recheck->hide();
    connect(m_recheck, &QPushButton::clicked, this, &AgentsPage::probeKeychain);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_recheck, 0, Qt::AlignTop);
    layout->addLayout(bannerRow);

    // The list and its buttons take a quarter of the width, the form the rest. The buttons
    // stand one above the other, so that their row does not widen the list's side and starve
    // the form at large text sizes.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("agentList"));
    m_list->setAccessibleName(tr("Agents"));
    m_list->setAccessibleDescription(tr("The configured agents; select one to edit it"));
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QVBoxLayout;
    m_add = new QPushButton(tr("A&dd"), left);
    m_add->setObjectName(QStringLiteral("addAgent"));
    m_add->setAccessibleName(tr("Add an agent"));
    m_add->setAccessibleDescription(tr("Starts a new agent configuration"));
    m_duplicate = new QPushButton(tr("D&uplicate"), left);
    m_duplicate->setObjectName(QStringLiteral("duplicateAgent"));
    m_duplicate->setAccessibleName(tr("Duplicate the agent"));
    m_duplicate->setAccessibleDescription(
        tr("Copies the selected agent's settings; its API key is not copied"));
    m_delete = new QPushButton(tr("De&lete"), left);
    m_delete->setObjectName(QStringLiteral("deleteAgent"));
    m_delete->setAccessibleName(tr("Delete the agent"));
    m_delete->setAccessibleDescription(
        tr("Press twice: deletes the selected agent and its API key"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);
    auto *body = new QSplitter(this);
    body->setObjectName(QStringLiteral("agentSplitter"));
    body->setChildrenCollapsible(false);
    body->addWidget(left);
    body->addWidget(buildForm());
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 3);
    body->setSizes({250, 750});
    layout->addWidget(body, 1);
    fitFields();

    connect(m_list, &QListWidget::currentTextChanged, this, [this] {
        m_deleteArmedFor.clear();
        m_delete->setText(tr("De&lete"));
        if (QListWidgetItem *item = m_list->currentItem()) {
            Core::Result<std::optional<Core::AgentConfig>> found =
                repository().find(item->data(Qt::UserRole).toString());
            showAgent(found ? *found : std::nullopt, false);
        } else {
            showAgent(std::nullopt, false);
        }
    });
    connect(m_add, &QPushButton::clicked, this, &AgentsPage::addAgent);
    connect(m_duplicate, &QPushButton::clicked, this, &AgentsPage::duplicateAgent);
    connect(m_delete, &QPushButton::clicked, this, &AgentsPage::deleteAgent);
    showAgent(std::nullopt, false);
    // The agents are read when the page is first shown (showEvent), not at start-up.
}

AgentsPage::~AgentsPage()
{
    m_list->disconnect(this); // the list's teardown must not ask the database again
}

QString AgentsPage::secretNameFor(const QString &agentId)
{
    return QStringLiteral("agent.%1.apiKey").arg(agentId);
}

// The fields scroll when they are taller than the page (large text); what the rules say of
// them and the Save button stay in view below.
QWidget *AgentsPage::buildForm()
{
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    m_fields = new QScrollArea(panel);
    m_fields->setObjectName(QStringLiteral("agentFields"));
    m_fields->setFrameShape(QFrame::NoFrame);
    m_fields->setWidgetResizable(true);
    m_fields->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; they scroll into view
    m_form = new QWidget(m_fields);
    auto *column = new QVBoxLayout(m_form);
    column->setContentsMargins(0, 0, 0, 0); // the panel's margins are around the fields
    auto *form = new QFormLayout;
    // A field whose least width (the endpoint's: an address) does not fit beside its label
    // goes below it, where it has the form's whole width.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto named = [](QWidget *widget, const QString &objectName, const QString &name,
                          const QString &description) {
        widget->setObjectName(objectName);
        widget->setAccessibleName(name);
        widget->setAccessibleDescription(description);
        return widget;
    };
    m_id = new QLineEdit(m_form);
    named(m_id, QStringLiteral("agentId"), tr("Identifier"),
          tr("1 to 64 letters, digits, '.', '_' or '-'; fixed once saved"));
    m_name = new QLineEdit(m_form);
    named(m_name, QStringLiteral("agentName"), tr("Name"), tr("Shown in the hub's panes"));
    m_kind = new QComboBox(m_form);
    m_kind->setEditable(true);
    m_kind->addItems(
        {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("local")});
    named(m_kind, QStringLiteral("agentKind"), tr("Kind"), tr("Which API the agent speaks"));
    m_endpoint = new QLineEdit(m_form);
    m_endpoint->setPlaceholderText(QStringLiteral("https://"));
    named(m_endpoint, QStringLiteral("agentEndpoint"), tr("Endpoint"),
          tr("The http or https address; https while encrypted connections are required"));
    m_model = new QLineEdit(m_form);
    named(m_model, QStringLiteral("agentModel"), tr("Model"), tr("The model the agent asks for"));
    // Wider than the rules allow, so that a wrong value is reported rather than clamped.
    m_timeout = new QSpinBox(m_form);
    m_timeout->setRange(0, 100'000'000);
    m_timeout->setSuffix(QStringLiteral(" ms"));
    named(m_timeout, QStringLiteral("agentTimeout"), tr("Timeout"),
          tr("1000 to 300000 milliseconds"));
    m_retries = new QSpinBox(m_form);
    m_retries->setRange(-1000, 1000);
    named(m_retries, QStringLiteral("agentRetries"), tr("Retries"), tr("0 to 10 attempts"));
    m_enabled = new QCheckBox(tr("Enabled"), m_form);
    named(m_enabled, QStringLiteral("agentEnabled"), tr("Enabled"),
          tr("Only enabled agents run in the hub"));
    form->addRow(tr("&Identifier:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Retries:"), m_retries);
    form->addRow(QString(), m_enabled);

    auto *keyRow = new FlowLayout;
    m_apiKey = new QLineEdit(m_form);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Paste a new key to store it in the keychain"));
    named(m_apiKey, QStringLiteral("apiKeyField"), tr("API key"),
          tr("Goes to the system keychain only; never shown again"));
    m_storeKey = new QPushButton(tr("&Store in keychain"), m_form);
    named(m_storeKey, QStringLiteral("storeKey"), tr("Store the API key in the keychain"),
          tr("Writes the key to the keychain and clears the field"));
    m_removeKey = new QPushButton(tr("Remo&ve key"), m_form);
    named(m_removeKey, QStringLiteral("removeKey"), tr("Remove the API key"),
          tr("Deletes the agent's key from the keychain"));
    // The field gets the form's width; the buttons go below it, side by side while they fit.
    keyRow->addWidget(m_storeKey);
    keyRow->addWidget(m_removeKey);
    auto *keyLabel = new QLabel(tr("&API key:"), m_form);
    keyLabel->setBuddy(m_apiKey);
    form->addRow(keyLabel, m_apiKey);
    form->addRow(QString(), keyRow);
    m_keyStatus = new QLabel(m_form);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true); // "Unknown:" and the keychain's words may be long
    form->addRow(QString(), m_keyStatus);
    column->addLayout(form);
    column->addStretch(1);
    m_fields->setWidget(m_form);
    panelLayout->addWidget(m_fields, 1);

    m_problems = new QLabel(panel);
    m_problems->setObjectName(QStringLiteral("agentProblems"));
    m_problems->setWordWrap(true);
    MessageLook::markProblem(m_problems);
    panelLayout->addWidget(m_problems);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("agentMessage"));
    m_message->setWordWrap(true);
    panelLayout->addWidget(m_message);
    m_save = new QPushButton(tr("Sa&ve agent"), panel);
    named(m_save, QStringLiteral("saveAgent"), tr("Save the agent"),
          tr("Possible when the configuration follows the agent rules"));
    panelLayout->addWidget(m_save, 0, Qt::AlignRight);

    for (QLineEdit *line : {m_id, m_name, m_endpoint, m_model})
        connect(line, &QLineEdit::textChanged, this, &AgentsPage::checkForm);
    connect(m_kind, &QComboBox::currentTextChanged, this, &AgentsPage::checkForm);
    connect(m_timeout, &QSpinBox::valueChanged, this, &AgentsPage::checkForm);
    connect(m_retries, &QSpinBox::valueChanged, this, &AgentsPage::checkForm);
    connect(m_apiKey, &QLineEdit::textChanged, this,
            [this] { m_storeKey->setEnabled(m_keychainWorks && !m_apiKey->text().isEmpty()); });
    connect(m_save, &QPushButton::clicked, this, &AgentsPage::saveAgent);
    connect(m_storeKey, &QPushButton::clicked, this, &AgentsPage::storeKey);
    connect(m_removeKey, &QPushButton::clicked, this, &AgentsPage::removeKey);
    connect(m_apiKey, &QLineEdit::returnPressed, this, &AgentsPage::storeKey);
    return panel;
}

// The rules name the configuration's fields; the form shows them under their labels.
QString AgentsPage::fieldLabel(const QString &path)
{
    if (path == u"id")
        return tr("Identifier");
    if (path == u"name")
        return tr("Name");
    if (path == u"kind")
        return tr("Kind");
    if (path == u"endpoint")
        return tr("Endpoint");
    if (path == u"model")
        return tr("Model");
    if (path == u"timeout")
        return tr("Timeout");
    if (path == u"retryAttempts")
        return tr("Retries");
    if (path == u"secretName")
        return tr("API key");
    return path;
}

Core::AgentRepository AgentsPage::repository() const
{
    return Core::AgentRepository(m_database, Core::AgentRules::fromSettings(m_store));
}

void AgentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reloadAgents();
    // Not at start-up: the keychain may take a moment to answer. Not inside the show either:
    // the keychain job runs an event loop of its own, which must not run while Qt is still
    // walking the widgets it shows.
    if (!m_probed) {
        m_probed = true;
        QTimer::singleShot(0, this, &AgentsPage::probeKeychain);
    }
}

void AgentsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitFields();
}

// The endpoint field is never narrower than an address of a usual length, in the font of the
// moment; the form puts it below its label when there is not that much room beside it. The
// fields scroll up and down only: never narrower than the form's least width.
void AgentsPage::fitFields()
{
    const int frame = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_endpoint);
    m_endpoint->setMinimumWidth(m_endpoint->fontMetrics().horizontalAdvance(
                                    QStringLiteral("https://api.example.com/v1/agents"))
                                + frame + 4);
    const int scrollBar =
        style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_fields->verticalScrollBar());
    m_fields->setMinimumWidth(m_form->minimumSizeHint().width() + scrollBar
                              + 2 * m_fields->frameWidth());
}

void AgentsPage::probeKeychain()
{
    m_probed = true;
    m_asked = true;
    const Core::SecretStore::HealthReport report = m_secrets.probe();
    m_keychainWorks = report.health == Core::SecretStore::Health::Healthy;
    m_recheck->setVisible(!m_keychainWorks);
    if (m_keychainWorks) {
        m_banner->hide();
    } else {
        const QString text = report.health == Core::SecretStore::Health::Locked
            ? tr("The keychain is locked. Unlock it to store or check API keys; Hubstate keeps "
                 "keys nowhere else. (%1)")
                  .arg(report.message)
            : tr("No keychain is available. API keys cannot be stored until one is; Hubstate "
                 "keeps keys nowhere else. (%1)")
                  .arg(report.message);
        m_banner->setText(text);
        m_banner->setAccessibleName(text);
        m_banner->show();
    }
    showKeyStatus();
}

void AgentsPage::reloadAgents()
{
    m_loaded = true;
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    Core::Result<QList<Core::AgentConfig>> agents = repository().list();
    {
        const QSignalBlocker blocker(m_list); // no form for each row on the way
        m_list->clear();
        if (!agents) {
            setMessage(agents.error().message, true);
        } else {
            for (const Core::AgentConfig &agent : *agents) {
                auto *item = new QListWidgetItem(
                    agent.enabled ? agent.name : tr("%1 (disabled)").arg(agent.name), m_list);
                item->setData(Qt::UserRole, agent.id);
            }
        }
    }
    // Outside the blocker: the selection's signal is what fills the form.
    selectAgent(current);
}

bool AgentsPage::save()
{
    if (!m_form->isEnabled()) {
        setMessage(tr("No agent is open: nothing to save"), false);
        return false;
    }
    if (!m_save->isEnabled()) {
        setMessage(tr("Not saved: the form breaks the rules listed above"), true);
        return false;
    }
    saveAgent();
    return true;
}

void AgentsPage::selectAgent(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            Q_EMIT m_list->currentTextChanged(m_list->item(row)->text());
            return;
        }
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        Q_EMIT m_list->currentTextChanged(m_list->item(0)->text());
    } else {
        showAgent(std::nullopt, false);
    }
}

void AgentsPage::showAgent(const std::optional<Core::AgentConfig> &agent, bool isNew)
{
    m_isNew = isNew;
    const Core::AgentConfig shown = agent.value_or(Core::AgentConfig{});
    m_form->setEnabled(agent.has_value() && !m_database.isReadOnly());
    m_id->setText(shown.id);
    m_id->setReadOnly(!isNew); // the key's name and the panes refer to it
    m_name->setText(shown.name);
    m_kind->setCurrentText(shown.kind);
    m_endpoint->setText(shown.endpoint);
    m_model->setText(shown.model);
    m_timeout->setValue(shown.timeoutMs);
    m_retries->setValue(shown.retryAttempts);
    m_enabled->setChecked(shown.enabled);
    m_apiKey->clear();
    m_duplicate->setEnabled(agent.has_value() && !isNew);
    m_delete->setEnabled(agent.has_value() && !isNew);
    setMessage({}, false);
    checkForm();
    showKeyStatus();
}

Core::AgentConfig AgentsPage::formAgent() const
{
    Core::AgentConfig agent;
    agent.id = m_id->text().trimmed();
    agent.name = m_name->text();
    agent.kind = m_kind->currentText();
    agent.endpoint = m_endpoint->text().trimmed();
    agent.model = m_model->text();
    agent.timeoutMs = m_timeout->value();
    agent.retryAttempts = m_retries->value();
    agent.enabled = m_enabled->isChecked();
    if (!m_isNew) {
        Core::Result<std::optional<Core::AgentConfig>> stored = repository().find(agent.id);
        if (stored && *stored)
            agent.secretName = (*stored)->secretName;
    }
    return agent;
}

void AgentsPage::checkForm()
{
    QStringList lines;
    if (m_form->isEnabled()) { // an empty form (no agent selected) breaks no rule
        for (const Core::Violation &violation : repository().check(formAgent()))
            lines.append(tr("%1: %2").arg(fieldLabel(violation.path), violation.message));
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setAccessibleName(m_problems->text());
    m_problems->setVisible(!lines.isEmpty());
    m_save->setEnabled(lines.isEmpty() && m_form->isEnabled());
}

QString AgentsPage::uniqueId(const QString &base) const
{
    QString id = base;
    for (int n = 2; repository().find(id).ok() && repository().find(id).value(); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

void AgentsPage::addAgent()
{
    Core::AgentConfig agent;
    agent.id = uniqueId(QStringLiteral("agent"));
    agent.name = tr("New agent");
    agent.kind = QStringLiteral("openai");
    agent.endpoint = QStringLiteral("https://");
    agent.timeoutMs = int(m_store.value(QStringLiteral("agents.timeout")).toLongLong());
    agent.retryAttempts = int(m_store.value(QStringLiteral("agents.retryAttempts")).toLongLong());
    m_list->clearSelection();
    showAgent(agent, true);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void AgentsPage::duplicateAgent()
{
    Core::AgentConfig agent = formAgent();
    agent.id = uniqueId(agent.id + QStringLiteral("-copy"));
    agent.name = tr("%1 (copy)").arg(agent.name);
    agent.secretName.clear(); // a key is never copied
    showAgent(agent, true);
    setMessage(tr("A copy, not saved yet. Its API key is not copied."), false);
    m_name->setFocus(Qt::OtherFocusReason);
}

void AgentsPage::deleteAgent()
{
    const QString id = m_id->text();
    if (m_deleteArmedFor != id) {
        m_deleteArmedFor = id;
        m_delete->setText(tr("Confirm de&lete"));
        setMessage(tr("Press Delete again to delete %1 and its API key.").arg(m_name->text()),
                   true);
        return;
    }
    m_deleteArmedFor.clear();
    m_delete->setText(tr("De&lete"));
    const QString secretName = formAgent().secretName;
    if (!secretName.isEmpty() && m_keychainWorks) {
        if (const Core::Status removed = m_secrets.remove(secretName); !removed) {
            setMessage(removed.error().message, true);
            return; // keep the agent, so the key is not orphaned unnoticed
        }
        Core::SecretIndex index(m_database);
        (void)index.remove(secretName); // the index is advisory; the key itself is gone
    }
    if (const Core::Status removed = repository().remove(id); !removed) {
        setMessage(removed.error().message, true);
        return;
    }
    reloadAgents();
    setMessage(tr("Deleted %1.").arg(id), false);
}

void AgentsPage::saveAgent()
{
    const Core::AgentConfig agent = formAgent();
    if (m_isNew && repository().find(agent.id).ok() && repository().find(agent.id).value()) {
        setMessage(tr("An agent with the identifier %1 exists already.").arg(agent.id), true);
        return;
    }
    if (const Core::Status saved = repository().save(agent); !saved) {
        setMessage(saved.error().message, true);
        return;
    }
    m_isNew = false;
    reloadAgents();
    selectAgent(agent.id);
    setMessage(tr("Saved %1.").arg(agent.name), false);
}

void AgentsPage::storeKey()
{
    if (!m_keychainWorks || m_apiKey->text().isEmpty())
        return;
    Core::AgentConfig agent = formAgent();
    if (!repository().check(agent).isEmpty() || m_isNew) {
        setMessage(tr("Save the agent first; its key is stored under its identifier."), true);
        return;
    }
    const QString name = secretNameFor(agent.id);
    if (const Core::Status written = m_secrets.write(name, m_apiKey->text().toUtf8()); !written) {
        setMessage(written.error().message, true);
        return;
    }
    m_apiKey->clear();
    Core::SecretIndex index(m_database);
    (void)index.record(name, tr("API key of agent %1").arg(agent.id)); // advisory
    agent.secretName = name;
    if (const Core::Status saved = repository().save(agent); !saved) {
        setMessage(saved.error().message, true);
        return;
    }
    setMessage(tr("The API key is in the keychain."), false);
    showKeyStatus();
}

void AgentsPage::removeKey()
{
    Core::AgentConfig agent = formAgent();
    if (!m_keychainWorks || agent.secretName.isEmpty())
        return;
    if (const Core::Status removed = m_secrets.remove(agent.secretName); !removed) {
        setMessage(removed.error().message, true);
        return;
    }
    Core::SecretIndex index(m_database);
    (void)index.remove(agent.secretName); // advisory; privacy delete also searches the keychain
    agent.secretName.clear();
    if (const Core::Status saved = repository().save(agent); !saved)
        setMessage(saved.error().message, true);
    else
        setMessage(tr("The API key was removed from the keychain."), false);
    showKeyStatus();
}

void AgentsPage::showKeyStatus()
{
    const bool haveAgent = m_form->isEnabled();
    m_apiKey->setEnabled(m_keychainWorks && haveAgent);
    m_storeKey->setEnabled(m_keychainWorks && haveAgent && !m_apiKey->text().isEmpty());
    QString status;
    bool stored = false;
    if (!haveAgent) {
        status = QString();
    } else if (!m_asked) {
        status = tr("Asking the keychain…");
    } else if (!m_keychainWorks) {
        status = tr("Unknown: the keychain cannot be asked");
    } else if (m_isNew) {
        status = tr("No key stored (save the agent first)");
    } else {
        const QString name = formAgent().secretName;
        const Core::Result<QByteArray> key = name.isEmpty()
            ? Core::Result<QByteArray>(Core::Error::invalidInput({}))
            : m_secrets.read(name);
        stored = key.ok();
        if (key.ok())
            status = tr("A key is stored in the keychain");
        else if (key.error().code == Core::ErrorCode::InvalidInput)
            status = tr("No key stored");
        else
            status = tr("Unknown: %1").arg(key.error().message);
    }
    m_removeKey->setEnabled(m_keychainWorks && haveAgent && stored);
    m_keyStatus->setText(status);
    m_keyStatus->setAccessibleName(status);
}

void AgentsPage::setMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    MessageLook::markProblem(m_message, problem);
}

} // namespace Hubstate::Ui
