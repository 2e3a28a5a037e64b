#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QVariant>
#include <hubstate/agent.h>
#include <hubstate/export.h>
#include <hubstate/historyhit.h>
#include <hubstate/historymessage.h>
#include <hubstate/layoutsummary.h>
#include <hubstate/result.h>
#include <hubstate/settinginfo.h>
#include <memory>

namespace Hubstate {

class ClientPrivate;

// One profile's state for a program of the hub: settings, layouts, agents, history and
// secrets, with the same rules as Hubstate's window and hubstate-cli, and a signal for every
// change any process makes to the profile (this one included) within half a second.
//
// Needs a QCoreApplication (or a QGuiApplication, a QApplication) and its event loop for the
// signals; use a Client from the thread that created it. Every call that can fail returns a
// Result; nothing throws. docs/library.md shows a whole program.
class HUBSTATE_EXPORT Client : public QObject
{
    Q_OBJECT

public:
    explicit Client(QObject *parent = nullptr);
    ~Client() override; // tells other processes of this one's last writes before it returns

    // The version of the library loaded (HUBSTATE_VERSION_STRING is that of the headers).
    static QString libraryVersion();

    // Opens a profile: `profileDirectory` holds everything, as with `hubstate --profile DIR`;
    // empty: the user's profile (HUBSTATE_PROFILE, else the XDG folders). An interrupted
    // restore is finished first, as Hubstate does. ErrorCode::Damaged when the settings file or
    // the database is damaged: Hubstate (or `hubstate-cli recover`) recovers it, not a client.
    [[nodiscard]] Status open(const QString &profileDirectory = QString());
    bool isOpen() const;
    QString profileDirectory() const;
    // What opening reported without failing: policy problems, a migrated or read-only file,
    // files that others can read. Empty when all is well.
    QStringList notices() const;

    // --- Settings: the same layers, validation and policy locks as `hubstate-cli config`.
    // Every key Hubstate knows, or those under `prefix` ("preferences.theme").
    static QStringList settingKeys(const QString &prefix = QString());
    [[nodiscard]] Result<QVariant> setting(const QString &key) const;
    [[nodiscard]] Result<QString> settingText(const QString &key) const;
    [[nodiscard]] Result<SettingInfo> settingInfo(const QString &key) const;
    // Validated; ErrorCode::Locked when the policy locks the key, Invalid when the value breaks
    // its rule, NotFound for a key Hubstate does not know.
    [[nodiscard]] Status setSetting(const QString &key, const QVariant &value);
    // The value as text, as `hubstate-cli config set KEY TEXT` takes it ("true", "#3daee9").
    [[nodiscard]] Status setSettingText(const QString &key, const QString &text);
    // Back to the value of the layers below the user's.
    [[nodiscard]] Status resetSetting(const QString &key);

    // --- Layouts: documents as `hubstate-cli layout export` prints them (docs/layout-format.md).
    [[nodiscard]] Result<QList<LayoutSummary>> layouts() const;
    [[nodiscard]] Result<QJsonObject> layout(const QString &id) const;
    // The id of the layout named by preferences.layout.defaultLayout (a template's name or a
    // layout's id); whether it is stored, layout() tells. Empty when no profile is open.
    QString defaultLayoutId() const;
    // Checked as `layout import` checks a file (the document, the layout.* rules and
    // limits.maxLayouts), except that what the import only warns of (a member it does not
    // know, and would not keep) is refused: a program sees no warnings. A layout with the same
    // id is replaced. Gives the layout's id.
    [[nodiscard]] Result<QString> saveLayout(const QJsonObject &document);
    [[nodiscard]] Status removeLayout(const QString &id);

    // --- Agents, checked by the agents.* rules as the Agents page checks them.
    [[nodiscard]] Result<QList<Agent>> agents() const;
    [[nodiscard]] Result<Agent> agent(const QString &id) const;
    // Adds the agent, or replaces the one with its id.
    [[nodiscard]] Status saveAgent(const Agent &agent);
    [[nodiscard]] Status removeAgent(const QString &id);

    // --- History.
    // Adds one message, checked as `hubstate-cli history import` checks a line; a new
    // conversation belongs to the message's agent. The same message (conversation, time, role
    // and text) is stored once, so an append may be retried. Gives the message's id.
    [[nodiscard]] Result<qint64> appendMessage(const HistoryMessage &message);
    // Every word must occur ("word*" matches a prefix); best matches first.
    [[nodiscard]] Result<QList<HistoryHit>> searchHistory(const QString &text,
                                                          int limit = 50) const;

    // --- Secrets in the OS keychain, by name (letters, digits, '.', '_', '-'). There is no
    // fallback: without a working keychain these fail (ErrorCode::Failed) and say why.
    [[nodiscard]] Result<QByteArray> secret(const QString &name) const;
    // `purpose` is recorded beside the name (never the value) for `hubstate-cli secret list`.
    [[nodiscard]] Status setSecret(const QString &name, const QByteArray &value,
                                   const QString &purpose = QString());
    // Removing a secret that is not there succeeds: it is gone either way.
    [[nodiscard]] Status removeSecret(const QString &name);

Q_SIGNALS:
    // Changes made by any process to the open profile, this one included. When a signal
    // arrives, this client already reads the new state.
    // `layer`: what supplies the value now (default | template | adminDefault | user |
    // adminLock).
    void settingChanged(const QString &key, const QString &layer);
    void layoutChanged(const QString &id, bool removed);
    void agentChanged(const QString &id, bool removed);
    void historyChanged(const QString &conversationId);
    // The details were lost: read again all that `scope` covers. "database": the database was
    // replaced (a restore); layouts, agents and history may all differ. "history": messages
    // were deleted. Take a scope not listed here as everything.
    void reloaded(const QString &scope);

private:
    std::unique_ptr<ClientPrivate> d;
    Q_DISABLE_COPY_MOVE(Client)
};

} // namespace Hubstate
