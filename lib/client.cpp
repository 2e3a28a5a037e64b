#include "hubstate/client.h"

#include "clientprivate.h"
#include "core/live/changeannouncer.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"
#include "core/state/historyrepository.h"
#include "core/state/layoutcodec.h"
#include "core/state/layouttemplates.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "hubstate/version.h"

namespace Hubstate {

namespace {

Agent toPublic(const Core::AgentConfig &agent)
{
    return Agent{agent.id,        agent.name,          agent.kind,    agent.endpoint,  agent.model,
                 agent.timeoutMs, agent.retryAttempts, agent.enabled, agent.secretName};
}

Core::AgentConfig toCore(const Agent &agent)
{
    return Core::AgentConfig{agent.id,        agent.name,      agent.kind,          agent.endpoint,
                             agent.model,     agent.timeoutMs, agent.retryAttempts, agent.enabled,
                             agent.secretName};
}

} // namespace

Client::Client(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ClientPrivate>(this))
{
}

Client::~Client()
{
    d.reset();
    // This process's writes were announced on the session bus; they must have left it before
    // the process can end, or other processes learn of them only from their file watching.
    Core::ChangeAnnouncer::flush();
}

QString Client::libraryVersion()
{
    return QStringLiteral(HUBSTATE_VERSION_STRING);
}

Status Client::open(const QString &profileDirectory)
{
    return d->open(profileDirectory);
}

bool Client::isOpen() const
{
    return d->profile.has_value();
}

QString Client::profileDirectory() const
{
    return d->profile ? d->profile->root() : QString();
}

QStringList Client::notices() const
{
    return d->notices;
}

// --- Settings ------------------------------------------------------------------------------

namespace {

Status knownKey(const QString &key)
{
    if (Core::SettingsSchema::instance().contains(key))
        return {};
    return Error{ErrorCode::NotFound, Client::tr("%1: unknown setting").arg(key), {}};
}

} // namespace

QStringList Client::settingKeys(const QString &prefix)
{
    const Core::SettingsSchema &schema = Core::SettingsSchema::instance();
    if (!prefix.isEmpty())
        return schema.keysUnder(prefix);
    QStringList keys;
    for (const Core::SettingDefinition &definition : schema.settings())
        keys.append(definition.key);
    return keys;
}

Result<QVariant> Client::setting(const QString &key) const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    if (Status known = knownKey(key); !known)
        return known.error();
    return d->store->value(key);
}

Result<QString> Client::settingText(const QString &key) const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    if (Status known = knownKey(key); !known)
        return known.error();
    return d->store->text(key);
}

Result<SettingInfo> Client::settingInfo(const QString &key) const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    if (Status known = knownKey(key); !known)
        return known.error();
    const Core::PreferencesStore::Explanation why = d->store->explain(key);
    return SettingInfo{key,
                       why.value,
                       d->store->text(key),
                       why.defaultValue,
                       Core::PreferencesStore::layerId(why.layer),
                       why.locked};
}

namespace {

// The store's own message, with the code a program can act on.
template<typename Write>
Status settingWrite(const Core::PreferencesStore &store, const QString &key, const Write &write)
{
    if (Status known = knownKey(key); !known)
        return known;
    const bool locked = store.isReadOnly() || store.isLocked(key);
    if (Core::Status written = write(); !written) {
        return locked ? ClientPrivate::toPublic(written.error(), ErrorCode::Locked)
                      : ClientPrivate::toPublic(written.error());
    }
    return {};
}

} // namespace

Status Client::setSetting(const QString &key, const QVariant &value)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    return settingWrite(*d->store, key, [&] { return d->store->setValue(key, value); });
}

Status Client::setSettingText(const QString &key, const QString &text)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    return settingWrite(*d->store, key, [&] { return d->store->setText(key, text); });
}

Status Client::resetSetting(const QString &key)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    return settingWrite(*d->store, key, [&] { return d->store->reset(key); });
}

// --- Layouts -------------------------------------------------------------------------------

Result<QList<LayoutSummary>> Client::layouts() const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    Core::Result<QList<Core::LayoutSummary>> stored = d->layouts().list();
    if (!stored)
        return ClientPrivate::toPublic(stored.error());
    QList<LayoutSummary> summaries;
    for (const Core::LayoutSummary &layout : *stored) {
        summaries.append(
            {layout.id, layout.name, layout.type, layout.paneCount, layout.tags, layout.updatedAt});
    }
    return summaries;
}

Result<QJsonObject> Client::layout(const QString &id) const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    Core::Result<std::optional<Core::Layout>> stored = d->layouts().find(id);
    if (!stored)
        return ClientPrivate::toPublic(stored.error());
    if (!*stored)
        return Error{ErrorCode::NotFound, tr("No layout with id %1").arg(id), {}};
    return Core::LayoutCodec::toJson(**stored);
}

QString Client::defaultLayoutId() const
{
    if (!d->profile)
        return {};
    // The preference names a template by its type, or any layout by its id.
    const QString value = d->store->text(QStringLiteral("preferences.layout.defaultLayout"));
    const Core::Layout fromTemplate = Core::LayoutTemplates::make(value, QDateTime());
    return fromTemplate.id.isEmpty() ? value : fromTemplate.id;
}

Result<QString> Client::saveLayout(const QJsonObject &document)
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    Core::Violations problems;
    const Core::Layout layout = Core::LayoutCodec::fromJson(document, &problems);
    if (!Core::hasErrors(problems))
        problems += Core::LayoutRules::fromSettings(*d->store).check(layout);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Core::Violation &problem : std::as_const(problems))
            lines.append(problem.toString());
        return Error{ErrorCode::Invalid,
                     tr("Layout %1 not saved:").arg(layout.id) + u'\n' + lines.join(u'\n'),
                     {}};
    }
    Core::LayoutRepository layouts = d->layouts();
    Core::Result<std::optional<Core::Layout>> existing = layouts.find(layout.id);
    if (!existing)
        return ClientPrivate::toPublic(existing.error());
    if (!*existing) {
        const qint64 maxLayouts = d->store->value(QStringLiteral("limits.maxLayouts")).toLongLong();
        Core::Result<int> count = layouts.count();
        if (!count)
            return ClientPrivate::toPublic(count.error());
        if (*count >= maxLayouts) {
            return Error{ErrorCode::Invalid,
                         tr("Layout %1 not saved: the profile already holds %2 layouts "
                            "(limits.maxLayouts)")
                             .arg(layout.id)
                             .arg(*count),
                         {}};
        }
    }
    if (Core::Status saved = layouts.save(layout); !saved)
        return d->database->isReadOnly() ? ClientPrivate::toPublic(saved.error(), ErrorCode::Locked)
                                         : ClientPrivate::toPublic(saved.error());
    return layout.id;
}

Status Client::removeLayout(const QString &id)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    Core::LayoutRepository layouts = d->layouts();
    Core::Result<std::optional<Core::Layout>> existing = layouts.find(id);
    if (!existing)
        return ClientPrivate::toPublic(existing.error());
    if (!*existing)
        return Error{ErrorCode::NotFound, tr("No layout with id %1").arg(id), {}};
    if (Core::Status removed = layouts.remove(id); !removed)
        return d->database->isReadOnly()
            ? ClientPrivate::toPublic(removed.error(), ErrorCode::Locked)
            : ClientPrivate::toPublic(removed.error());
    return {};
}

// --- Agents --------------------------------------------------------------------------------

Result<QList<Agent>> Client::agents() const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    Core::Result<QList<Core::AgentConfig>> stored = d->agents().list();
    if (!stored)
        return ClientPrivate::toPublic(stored.error());
    QList<Agent> agents;
    for (const Core::AgentConfig &agent : *stored)
        agents.append(toPublic(agent));
    return agents;
}

Result<Agent> Client::agent(const QString &id) const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    Core::Result<std::optional<Core::AgentConfig>> stored = d->agents().find(id);
    if (!stored)
        return ClientPrivate::toPublic(stored.error());
    if (!*stored)
        return Error{ErrorCode::NotFound, tr("No agent with id %1").arg(id), {}};
    return toPublic(**stored);
}

Status Client::saveAgent(const Agent &agent)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    if (Core::Status saved = d->agents().save(toCore(agent)); !saved)
        return d->database->isReadOnly() ? ClientPrivate::toPublic(saved.error(), ErrorCode::Locked)
                                         : ClientPrivate::toPublic(saved.error());
    return {};
}

Status Client::removeAgent(const QString &id)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    Core::AgentRepository agents = d->agents();
    Core::Result<std::optional<Core::AgentConfig>> existing = agents.find(id);
    if (!existing)
        return ClientPrivate::toPublic(existing.error());
    if (!*existing)
        return Error{ErrorCode::NotFound, tr("No agent with id %1").arg(id), {}};
    if (Core::Status removed = agents.remove(id); !removed)
        return d->database->isReadOnly()
            ? ClientPrivate::toPublic(removed.error(), ErrorCode::Locked)
            : ClientPrivate::toPublic(removed.error());
    return {};
}

// --- History -------------------------------------------------------------------------------

Result<qint64> Client::appendMessage(const HistoryMessage &message)
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    Core::Message stored;
    stored.conversationId = message.conversationId;
    stored.role = message.role;
    stored.content = message.content;
    stored.timestamp = message.timestamp;
    Core::Result<qint64> id = Core::HistoryRepository(*d->database).append(message.agentId, stored);
    if (!id)
        return d->database->isReadOnly() ? ClientPrivate::toPublic(id.error(), ErrorCode::Locked)
                                         : ClientPrivate::toPublic(id.error());
    return *id;
}

Result<QList<HistoryHit>> Client::searchHistory(const QString &text, int limit) const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    Core::Result<QList<Core::SearchHit>> found =
        Core::HistoryRepository(*d->database).search(text, limit);
    if (!found)
        return ClientPrivate::toPublic(found.error());
    QList<HistoryHit> hits;
    for (const Core::SearchHit &hit : *found) {
        hits.append({HistoryMessage{hit.message.conversationId, hit.agentId, hit.message.role,
                                    hit.message.content, hit.message.timestamp, hit.message.id},
                     hit.snippet});
    }
    return hits;
}

// --- Secrets -------------------------------------------------------------------------------

namespace {

Status validSecretName(const QString &name)
{
    if (Core::SecretStore::isValidName(name))
        return {};
    return Error{
        ErrorCode::Invalid,
        Client::tr("\"%1\" is not a secret name (letters, digits, '.', '_', '-')").arg(name),
        {}};
}

} // namespace

Result<QByteArray> Client::secret(const QString &name) const
{
    if (Status open = d->checkOpen(); !open)
        return open.error();
    if (Status valid = validSecretName(name); !valid)
        return valid.error();
    Core::Result<QByteArray> value = Core::SecretStore(d->profile->keychainScope()).read(name);
    if (!value) {
        // The store says "invalid input" only once its probe found a working keychain without
        // the entry; a locked or missing keychain is a failure.
        return value.error().code == Core::ErrorCode::InvalidInput
            ? ClientPrivate::toPublic(value.error(), ErrorCode::NotFound)
            : ClientPrivate::toPublic(value.error());
    }
    return std::move(value).value();
}

Status Client::setSecret(const QString &name, const QByteArray &value, const QString &purpose)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    if (Status valid = validSecretName(name); !valid)
        return valid;
    if (value.isEmpty())
        return Error{ErrorCode::Invalid, tr("secret %1: the value is empty").arg(name), {}};
    // As `hubstate-cli secret set`: the keychain holds the value, the index its name.
    if (Core::Status written = Core::SecretStore(d->profile->keychainScope()).write(name, value);
        !written)
        return ClientPrivate::toPublic(written.error());
    if (Core::Status recorded = Core::SecretIndex(*d->database).record(name, purpose); !recorded)
        return ClientPrivate::toPublic(recorded.error());
    return {};
}

Status Client::removeSecret(const QString &name)
{
    if (Status open = d->checkOpen(); !open)
        return open;
    if (Status valid = validSecretName(name); !valid)
        return valid;
    // The keychain is asked after the delete whether the entry is gone, so a secret that was
    // not there is simply gone, as `hubstate-cli secret delete` has it.
    if (Core::Status removed = Core::SecretStore(d->profile->keychainScope()).remove(name);
        !removed)
        return ClientPrivate::toPublic(removed.error());
    if (Core::Status unindexed = Core::SecretIndex(*d->database).remove(name); !unindexed)
        return ClientPrivate::toPublic(unindexed.error());
    return {};
}

} // namespace Hubstate
