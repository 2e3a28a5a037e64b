#include "synclocalstate.h"

#include "core/common/jsonnumbers.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutcodec.h"
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Hubstate::Core {

namespace {

const QString settingPrefix = QStringLiteral("setting:");
const QString layoutPrefix = QStringLiteral("layout:");
const QString agentPrefix = QStringLiteral("agent:");
const QString secretPrefix = QStringLiteral("secret:");
const QString valueKey = QStringLiteral("value");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Values in the sync state were written by this code (or parsed strictly on arrival).
QJsonObject objectOf(const QByteArray &value)
{
    return QJsonDocument::fromJson(value).object();
}

QJsonObject agentToJson(const AgentConfig &agent)
{
    return {
        {QStringLiteral("id"), agent.id},
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("kind"), agent.kind},
        {QStringLiteral("endpoint"), agent.endpoint},
        {QStringLiteral("model"), agent.model},
        {QStringLiteral("timeoutMs"), agent.timeoutMs},
        {QStringLiteral("retryAttempts"), agent.retryAttempts},
        {QStringLiteral("enabled"), agent.enabled},
        {QStringLiteral("secretName"), agent.secretName},
    };
}

// Strict: every member present with its JSON type, nothing else.
std::optional<AgentConfig> agentFromJson(const QJsonObject &object, QString *problem)
{
    const QStringList texts = {QStringLiteral("id"),       QStringLiteral("name"),
                               QStringLiteral("kind"),     QStringLiteral("endpoint"),
                               QStringLiteral("model"),    QStringLiteral("secretName")};
    for (const QString &key : texts) {
        if (!object.value(key).isString()) {
            *problem = SyncLocalState::tr("%1: must be text").arg(key);
            return std::nullopt;
        }
    }
    const std::optional<qint64> timeout = wholeNumber(object.value(QStringLiteral("timeoutMs")));
    const std::optional<qint64> retries =
        wholeNumber(object.value(QStringLiteral("retryAttempts")));
    if (!timeout || *timeout < 0 || *timeout > 1'000'000'000) {
        *problem = SyncLocalState::tr("timeoutMs: must be a whole number");
        return std::nullopt;
    }
    if (!retries || *retries < 0 || *retries > 1000) {
        *problem = SyncLocalState::tr("retryAttempts: must be a whole number");
        return std::nullopt;
    }
    if (!object.value(QStringLiteral("enabled")).isBool()) {
        *problem = SyncLocalState::tr("enabled: must be true or false");
        return std::nullopt;
    }
    if (object.size() != texts.size() + 3) {
        *problem = SyncLocalState::tr("has members an agent does not have");
        return std::nullopt;
    }
    AgentConfig agent;
    agent.id = object.value(QStringLiteral("id")).toString();
    agent.name = object.value(QStringLiteral("name")).toString();
    agent.kind = object.value(QStringLiteral("kind")).toString();
    agent.endpoint = object.value(QStringLiteral("endpoint")).toString();
    agent.model = object.value(QStringLiteral("model")).toString();
    agent.secretName = object.value(QStringLiteral("secretName")).toString();
    agent.timeoutMs = int(*timeout);
    agent.retryAttempts = int(*retries);
    agent.enabled = object.value(QStringLiteral("enabled")).toBool();
    return agent;
}

// A layout without what differs between two fresh profiles: its name (translated) and times.
QJsonObject withoutFreshDetails(QJsonObject layout)
{
    layout.remove(QStringLiteral("name"));
    QJsonObject metadata = layout.value(QStringLiteral("metadata")).toObject();
    metadata.remove(QStringLiteral("createdAt"));
    metadata.remove(QStringLiteral("updatedAt"));
    layout.insert(QStringLiteral("metadata"), metadata);
    return layout;
}

QString violationsText(const Violations &problems)
{
    QStringList lines;
    for (const Violation &violation : problems) {
        if (violation.isError())
            lines.append(violation.toString());
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

SyncLocalState::SyncLocalState(PreferencesStore &settings, StateDatabase &database,
                               const SecretStore *secrets)
    : m_settings(settings)
    , m_database(database)
    , m_secrets(secrets)
{
}

QString SyncLocalState::kindOf(const QString &item)
{
    return item.section(u':', 0, 0);
}

QString SyncLocalState::idOf(const QString &item)
{
    return item.section(u':', 1);
}

bool SyncLocalState::isItemName(const QString &item)
{
    if (item.size() > 300)
        return false;
    const QString kind = kindOf(item);
    const QString id = idOf(item);
    if (kind == QLatin1String("setting")) {
        const SettingDefinition *definition = SettingsSchema::instance().find(id);
        return definition && !definition->isDeviceLocal();
    }
    if (kind == QLatin1String("layout") || kind == QLatin1String("agent"))
        return !id.isEmpty() && !id.contains(u'\n');
    if (kind == QLatin1String("secret"))
        return SecretStore::isValidName(id) && !isDeviceSecret(id);
    return false;
}

bool SyncLocalState::isDeviceSecret(const QString &name)
{
    return name.startsWith(QLatin1String("backup.")) || name.startsWith(QLatin1String("sync."));
}

bool SyncLocalState::includesSecrets() const
{
    return m_secrets && m_settings.value(QStringLiteral("sync.includeSecrets")).toBool();
}

Result<QHash<QString, QByteArray>> SyncLocalState::read() const
{
    QHash<QString, QByteArray> items;
    const SettingsSchema &schema = SettingsSchema::instance();
    const QMap<QString, QVariant> user = m_settings.userValues();
    for (auto it = user.cbegin(); it != user.cend(); ++it) {
        const SettingDefinition *definition = schema.find(it.key());
        if (!definition || definition->isDeviceLocal())
            continue;
        items.insert(settingPrefix + it.key(),
                     compact({{valueKey, SettingValidator::toJson(*definition, it.value())}}));
    }

    LayoutRepository layouts(m_database, LayoutRules::fromSettings(m_settings));
    Result<QList<LayoutSummary>> summaries = layouts.list();
    if (!summaries)
        return summaries.error();
    for (const LayoutSummary &summary : std::as_const(*summaries)) {
        Result<std::optional<Layout>> layout = layouts.find(summary.id);
        if (!layout)
            return layout.error();
        if (*layout)
            items.insert(layoutPrefix + summary.id, compact(LayoutCodec::toJson(**layout)));
    }

    AgentRepository agents(m_database, AgentRules::fromSettings(m_settings));
    Result<QList<AgentConfig>> agentList = agents.list();
    if (!agentList)
        return agentList.error();
    for (const AgentConfig &agent : std::as_const(*agentList))
        items.insert(agentPrefix + agent.id, compact(agentToJson(agent)));

    if (includesSecrets()) {
        Result<QStringList> names = m_secrets->names();
        if (!names)
            return names.error();
        for (const QString &name : std::as_const(*names)) {
            if (isDeviceSecret(name) || !SecretStore::isValidName(name))
                continue;
            Result<QByteArray> value = m_secrets->read(name);
            if (!value) {
                if (value.error().code == ErrorCode::InvalidInput)
                    continue; // removed since the listing
                return value.error();
            }
            items.insert(secretPrefix + name,
                         compact({{valueKey, QString::fromLatin1(value->toBase64())}}));
        }
    }
    return items;
}

std::optional<QString> SyncLocalState::check(const QString &item,
                                             const std::optional<QByteArray> &value) const
{
    if (!isItemName(item))
        return tr("not an item this version of Hubstate syncs");
    if (!value)
        return std::nullopt;
    const QString kind = kindOf(item);
    const QString id = idOf(item);
    const QJsonObject object = objectOf(*value);
    if (kind == QLatin1String("setting")) {
        if (object.size() != 1 || !object.contains(valueKey))
            return tr("a setting's record holds exactly one value");
        QVariant typed;
        if (std::optional<Violation> broken = SettingValidator::parseJson(
                *SettingsSchema::instance().find(id), object.value(valueKey), &typed, id))
            return broken->toString();
        return std::nullopt;
    }
    if (kind == QLatin1String("layout")) {
        Violations problems;
        const Layout layout = LayoutCodec::fromJson(object, &problems);
        if (hasErrors(problems))
            return violationsText(problems);
        if (layout.id != id)
            return tr("the layout's id %1 is not the record's").arg(layout.id);
        const Violations rules = LayoutRules::fromSettings(m_settings).check(layout);
        if (hasErrors(rules))
            return violationsText(rules);
        return std::nullopt;
    }
    if (kind == QLatin1String("agent")) {
        QString problem;
        const std::optional<AgentConfig> agent = agentFromJson(object, &problem);
        if (!agent)
            return problem;
        if (agent->id != id)
            return tr("the agent's id %1 is not the record's").arg(agent->id);
        AgentRepository agents(m_database, AgentRules::fromSettings(m_settings));
        const Violations problems = agents.check(*agent);
        if (hasErrors(problems))
            return violationsText(problems);
        return std::nullopt;
    }
    // A secret: base64 of at most 64 KiB.
    const QByteArray text = object.value(valueKey).toString().toLatin1();
    if (object.size() != 1 || !object.value(valueKey).isString()
        || !QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors)
        || text.size() > 90'000)
        return tr("a secret's record holds its value in base64, at most 64 KiB");
    if (!includesSecrets())
        return tr("secrets are not synced on this device (sync.includeSecrets is off)");
    return std::nullopt;
}

Status SyncLocalState::apply(const QHash<QString, std::optional<QByteArray>> &values,
                             QStringList *lockedKeys)
{
    QMap<QString, std::optional<QVariant>> settings;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (kindOf(it.key()) != QLatin1String("setting"))
            continue;
        const QString key = idOf(it.key());
        if (!it.value()) {
            settings.insert(key, std::nullopt);
            continue;
        }
        QVariant typed;
        if (std::optional<Violation> broken =
                SettingValidator::parseJson(*SettingsSchema::instance().find(key),
                                            objectOf(*it.value()).value(valueKey), &typed, key))
            return Error::invalidInput(broken->toString());
        settings.insert(key, typed);
    }
    if (!settings.isEmpty()) {
        if (Status written = m_settings.setUserValues(settings, lockedKeys); !written)
            return written;
    }

    LayoutRepository layouts(m_database, LayoutRules::fromSettings(m_settings));
    AgentRepository agents(m_database, AgentRules::fromSettings(m_settings));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString kind = kindOf(it.key());
        const QString id = idOf(it.key());
        Status done;
        if (kind == QLatin1String("layout")) {
            if (it.value()) {
                Violations problems;
                done = layouts.save(LayoutCodec::fromJson(objectOf(*it.value()), &problems));
            } else {
                done = layouts.remove(id);
            }
        } else if (kind == QLatin1String("agent")) {
            if (it.value()) {
                QString problem;
                const std::optional<AgentConfig> agent =
                    agentFromJson(objectOf(*it.value()), &problem);
                done = agent ? agents.save(*agent) : Status(Error::invalidInput(problem));
            } else {
                done = agents.remove(id);
            }
        } else if (kind == QLatin1String("secret") && m_secrets) {
            if (it.value()) {
                done = m_secrets->write(
                    id, QByteArray::fromBase64(
                            objectOf(*it.value()).value(valueKey).toString().toLatin1()));
            } else {
                done = m_secrets->remove(id);
            }
        }
        if (!done)
            return done;
    }
    return {};
}

bool SyncLocalState::isFreshDefault(const QString &item, const QByteArray &value) const
{
    if (kindOf(item) != QLatin1String("layout"))
        return false;
    const QJsonObject object = objectOf(value);
    const Layout shape = LayoutTemplates::make(object.value(QStringLiteral("type")).toString(),
                                               QDateTime::currentDateTimeUtc());
    if (shape.id.isEmpty() || shape.id != idOf(item))
        return false;
    return withoutFreshDetails(LayoutCodec::toJson(shape)) == withoutFreshDetails(object);
}

QString SyncLocalState::label(const QString &item, const std::optional<QByteArray> &value) const
{
    const QString kind = kindOf(item);
    if ((kind == QLatin1String("layout") || kind == QLatin1String("agent")) && value) {
        const QString name = objectOf(*value).value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            return name;
    }
    return idOf(item);
}

} // namespace Hubstate::Core
