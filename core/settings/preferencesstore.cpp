#include "preferencesstore.h"

#include "../common/atomicfile.h"
#include "../common/filelock.h"
#include "environmenttemplate.h"
#include "renamedsettings.h"
#include "settingreferences.h"
#include "settingsmigrator.h"
#include "settingsschema.h"
#include "settingvalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Hubstate::Core {

namespace {

Violation notice(const QString &message,
                 Violation::Severity severity = Violation::Severity::Warning)
{
    return Violation{{}, message, {}, severity, false};
}

bool sameValue(const SettingDefinition &definition, const QVariant &a, const QVariant &b)
{
    return SettingValidator::toText(definition, a) == SettingValidator::toText(definition, b);
}

const QString kMetaPrefix = QStringLiteral("meta/");

// An unknown key is written as an INI key, and QSettings reads "/" as a group separator and
// drops empty groups: "." or "/" would become an empty key (which makes the whole file
// unreadable) and "layout./gridSize" would become layout.gridSize, unchecked. Only plain
// dotted names outside Hubstate's own groups are kept.
bool isKeepableUnknownKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    const QString group = key.section(u'.', 0, 0);
    return plain.match(key).hasMatch() && group != QLatin1String("meta")
        && group != QLatin1String("General") && !SettingsSchema::instance().contains(key);
}

} // namespace

PreferencesStore::PreferencesStore(const Profile &profile, const PolicyFiles &policyFiles,
                                   QObject *parent)
    : QObject(parent)
    , m_settingsFile(profile.settingsFile())
    , m_policyFiles(policyFiles)
{
}

PreferencesStore::~PreferencesStore() = default;

QString PreferencesStore::layerName(Layer layer)
{
    switch (layer) {
    case Layer::Default: return tr("default");
    case Layer::Template: return tr("environment template");
    case Layer::AdminDefault: return tr("admin default");
    case Layer::User: return tr("user");
    case Layer::AdminLock: return tr("admin lock");
    }
    return {};
}

QString PreferencesStore::layerId(Layer layer)
{
    switch (layer) {
    case Layer::Default: return QStringLiteral("default");
    case Layer::Template: return QStringLiteral("template");
    case Layer::AdminDefault: return QStringLiteral("adminDefault");
    case Layer::User: return QStringLiteral("user");
    case Layer::AdminLock: return QStringLiteral("adminLock");
    }
    return {};
}

Status PreferencesStore::open(OpenMode mode)
{
    m_notices.clear();
    m_valueNotices.clear();
    m_readOnlyReason.clear();
    m_policy = PolicyStack::load(m_policyFiles);
    m_notices.append(m_policy.problems());

    Result<RawSettings> raw = IniFile::read(m_settingsFile);
    Result<int> version =
        raw ? SettingsMigrator::detectVersion(*raw, m_settingsFile) : Result<int>(raw.error());
    if (!version && version.error().code == ErrorCode::Damaged && !m_recoverDamage)
        return version.error();
    if (!version && version.error().code == ErrorCode::Damaged) {
        // Under the writers' lock, and read again: another process may have recovered it.
        FileLock lock(m_settingsFile);
        if (Status locked = lock.lock(); !locked)
            return locked;
        raw = IniFile::read(m_settingsFile);
        version =
            raw ? SettingsMigrator::detectVersion(*raw, m_settingsFile) : Result<int>(raw.error());
        if (!version && version.error().code == ErrorCode::Damaged) {
            if (Status recovered = recoverFromUnreadableFile(version.error()); !recovered)
                return recovered;
        }
        raw = IniFile::read(m_settingsFile);
        version =
            raw ? SettingsMigrator::detectVersion(*raw, m_settingsFile) : Result<int>(raw.error());
    }
    if (!version)
        return version.error();

    RawSettings contents = *raw;
    const int current = SettingsMigrator::currentVersion();
    if (*version > current) {
        m_readOnlyReason = tr("%1 was written by a newer Hubstate (file version %2; this one "
                              "knows up to %3). It is used read-only and left untouched.")
                               .arg(m_settingsFile)
                               .arg(*version)
                               .arg(current);
        m_notices.append(notice(m_readOnlyReason));
    } else if (*version < current) {
        const bool migrate = mode == OpenMode::MigrateOlderFiles;
        Result<SettingsMigrator::Plan> plan =
            SettingsMigrator::migrateFile(m_settingsFile, current, !migrate);
        if (!plan)
            return plan.error();
        contents = plan->result;
        if (migrate) {
            m_notices.append(notice(tr("%1 was migrated from version %2 to %3; the old file is "
                                       "kept as %4")
                                        .arg(m_settingsFile)
                                        .arg(*version)
                                        .arg(current)
                                        .arg(plan->backupFile)));
            for (const QString &note : std::as_const(plan->notes))
                m_notices.append(notice(note));
        } else {
            m_readOnlyReason = tr("%1 is at version %2 and needs migrating to %3 first "
                                  "(hubstate-cli config migrate)")
                                   .arg(m_settingsFile)
                                   .arg(*version)
                                   .arg(current);
        }
    }
    loadUserValues(contents);
    return {};
}

Status PreferencesStore::reload()
{
    const QMap<QString, QVariant> before = effectiveValues();
    // A damaged file is left where it is, for the program that opens the profile next (or
    // `recover`) to deal with; the values read last stay.
    m_recoverDamage = false;
    const Status opened = open(OpenMode::KeepFileVersion);
    m_recoverDamage = true;
    if (!opened)
        return opened;
    const QMap<QString, QVariant> after = effectiveValues();
    const SettingsSchema &schema = SettingsSchema::instance();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!sameValue(*schema.find(it.key()), it.value(), before.value(it.key())))
            Q_EMIT valueChanged(it.key(), it.value());
    }
    return {};
}

Status PreferencesStore::recoverFromUnreadableFile(const Error &error)
{
    const QString aside = m_settingsFile + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    if (!QFile::rename(m_settingsFile, aside)) {
        return Error::operationFailed(tr("%1 cannot be read (%2) and cannot be moved aside to %3")
                                          .arg(m_settingsFile, error.message, aside));
    }
    if (Status synced = AtomicFile::syncDirectory(QFileInfo(m_settingsFile).absolutePath());
        !synced)
        return synced;
    m_notices.append(
        notice(tr("%1 could not be read and was moved to %2").arg(error.message, aside),
               Violation::Severity::Error));

    // Cut short: the settings before the cut are still the user's, and newer than any copy.
    if (error.detail == IniFile::cutShortDetail()) {
        if (Result<RawSettings> before = IniFile::readBeforeCut(aside);
            before && !before->isEmpty() && SettingsMigrator::detectVersion(*before, aside)) {
            if (Status kept = IniFile::write(m_settingsFile, *before); !kept)
                return kept;
            const auto settings =
                std::count_if(before->keyBegin(), before->keyEnd(),
                              [](const QString &key) { return !key.startsWith(kMetaPrefix); });
            m_notices.append(notice(tr("Settings kept from before the cut: %1; the others are "
                                       "back at their defaults")
                                        .arg(settings)));
            return {};
        }
    }

    // The newest backup that reads cleanly takes its place; otherwise the defaults apply.
    const QFileInfo info(m_settingsFile);
    const QFileInfoList backups =
        QDir(info.absolutePath())
            .entryInfoList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Time);
    for (const QFileInfo &backup : backups) {
        Result<RawSettings> raw = IniFile::read(backup.absoluteFilePath());
        if (!raw || !SettingsMigrator::detectVersion(*raw, backup.absoluteFilePath()))
            continue;
        QFile source(backup.absoluteFilePath());
        if (!source.open(QIODevice::ReadOnly))
            continue;
        if (Status restored = AtomicFile::write(m_settingsFile, source.readAll()); !restored)
            return restored;
        m_notices.append(
            notice(tr("Settings were restored from %1").arg(backup.absoluteFilePath())));
        return {};
    }
    m_notices.append(
        notice(tr("No earlier copy of %1 (kept by migrations) reads cleanly; the defaults are used")
                   .arg(m_settingsFile)));
    return {};
}

void PreferencesStore::loadUserValues(const RawSettings &raw)
{
    m_raw = raw;
    m_userValues.clear();
    m_valueNotices.clear();
    const SettingsSchema &schema = SettingsSchema::instance();
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        if (it.key().startsWith(kMetaPrefix))
            continue;
        const QString key = IniFile::dottedKey(it.key());
        const QString where = m_settingsFile + QStringLiteral(": ") + key;
        const SettingDefinition *definition = schema.find(key);
        if (!definition) {
            m_valueNotices.append({where,
                                   tr("unknown setting, kept in the file but not used"),
                                   {},
                                   Violation::Severity::Warning,
                                   false});
            continue;
        }
        QVariant value;
        if (std::optional<Violation> broken =
                SettingValidator::parseText(*definition, it.value(), &value, where)) {
            broken->message =
                tr("%1; the value below is used, the file keeps yours").arg(broken->message);
            broken->severity = Violation::Severity::Error; // wrong, though nothing stops
            m_valueNotices.append(*broken);
            continue;
        }
        m_userValues.insert(key, value);
    }
}

QString PreferencesStore::environment() const
{
    return value(QStringLiteral("environment")).toString();
}

QVariant PreferencesStore::valueBelowUser(const QString &key) const
{
    if (const std::optional<QVariant> adminDefault = m_policy.adminDefault(key))
        return *adminDefault;
    if (key != QLatin1String("environment")) {
        if (const auto values = EnvironmentTemplate::values(environment())) {
            const auto it = values->constFind(key);
            if (it != values->constEnd())
                return *it;
        }
    }
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    return definition ? definition->defaultValue : QVariant();
}

QVariant PreferencesStore::value(const QString &key) const
{
    // Not valueBelowUser: a lock must not move with the environment the user picks.
    if (m_policy.isLocked(key))
        return m_policy.lockedValue(key);
    const auto user = m_userValues.constFind(key);
    return user != m_userValues.constEnd() ? *user : valueBelowUser(key);
}

QString PreferencesStore::text(const QString &key) const
{
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    return definition ? SettingValidator::toText(*definition, value(key)) : QString();
}

bool PreferencesStore::isLocked(const QString &key) const
{
    return m_policy.isLocked(key);
}

bool PreferencesStore::isModified(const QString &key) const
{
    return !isLocked(key) && m_userValues.contains(key);
}

PreferencesStore::Explanation PreferencesStore::explain(const QString &key) const
{
    Explanation explanation;
    explanation.key = key;
    explanation.value = value(key);
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    if (definition)
        explanation.defaultValue = definition->defaultValue;
    explanation.templateName = environment();
    if (const auto values = EnvironmentTemplate::values(explanation.templateName)) {
        if (values->contains(key))
            explanation.templateValue = values->value(key);
    }
    explanation.adminDefault = m_policy.adminDefault(key);
    if (m_userValues.contains(key))
        explanation.userValue = m_userValues.value(key);
    explanation.locked = m_policy.isLocked(key);
    explanation.lockedEnvironment = m_policy.lockedEnvironment(key);
    const PolicyLayer *source = m_policy.lockedBy(key);
    if (!source)
        source = m_policy.defaultFrom(key);
    explanation.policyFile = source ? source->file() : m_policy.systemFile();
    explanation.policyExplanation = source ? source->explanation() : QString();

    if (explanation.locked)
        explanation.layer = Layer::AdminLock;
    else if (explanation.userValue)
        explanation.layer = Layer::User;
    else if (explanation.adminDefault)
        explanation.layer = Layer::AdminDefault;
    else if (explanation.templateValue)
        explanation.layer = Layer::Template;
    else
        explanation.layer = Layer::Default;
    return explanation;
}

QMap<QString, QVariant> PreferencesStore::effectiveValues() const
{
    QMap<QString, QVariant> values;
    for (const SettingDefinition &definition : SettingsSchema::instance().settings())
        values.insert(definition.key, value(definition.key));
    return values;
}

Status PreferencesStore::setValue(const QString &key, const QVariant &value)
{
    if (Status writable = checkWritable(key); !writable)
        return writable;
    return setValues({{key, value}});
}

Status PreferencesStore::setText(const QString &key, const QString &text)
{
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    if (!definition)
        return Error::invalidInput(RenamedSettings::unknownKeyMessage(key));
    QVariant parsed;
    if (std::optional<Violation> broken = SettingValidator::parseText(*definition, text, &parsed))
        return Error::invalidInput(broken->toString());
    return setValue(key, parsed);
}

Status PreferencesStore::reset(const QString &key)
{
    if (Status writable = checkWritable(key); !writable)
        return writable;
    return commit({{key, std::nullopt}});
}

Status PreferencesStore::checkWritable(const QString &key) const
{
    if (isReadOnly())
        return Error::operationFailed(m_readOnlyReason);
    if (!SettingsSchema::instance().contains(key))
        return Error::invalidInput(RenamedSettings::unknownKeyMessage(key));
    if (const PolicyLayer *lock = m_policy.lockedBy(key)) {
        QString message = tr("%1: locked by the administrator in %2").arg(key, lock->file());
        if (!lock->explanation().isEmpty())
            message += QStringLiteral(" (") + lock->explanation() + u')';
        return Error::invalidInput(message);
    }
    return {};
}

Status PreferencesStore::setValues(const QMap<QString, QVariant> &values,
                                   const QMap<QString, QString> &unknownEntries)
{
    if (isReadOnly())
        return Error::operationFailed(m_readOnlyReason);
    const SettingsSchema &schema = SettingsSchema::instance();
    QStringList problems;
    QMap<QString, std::optional<QVariant>> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const SettingDefinition *definition = schema.find(it.key());
        if (!definition) {
            problems.append(RenamedSettings::unknownKeyMessage(it.key()));
            continue;
        }
        if (std::optional<Violation> broken = SettingValidator::check(*definition, it.value())) {
            problems.append(broken->toString());
            continue;
        }
        if (m_policy.isLocked(it.key())) {
            // A document may restate a locked value; it may not change it.
            if (!sameValue(*definition, it.value(), value(it.key()))) {
                if (Status writable = checkWritable(it.key()); !writable)
                    problems.append(writable.error().message);
            }
            continue;
        }
        // A name is checked when it changes: restating the value in effect (an export read
        // back) is no new claim, even if what it names has gone since.
        if (m_references && definition->reference != SettingReference::None
            && !sameValue(*definition, it.value(), value(it.key()))) {
            if (Status named = m_references->check(*definition, it.value()); !named) {
                if (named.error().code != ErrorCode::InvalidInput)
                    return named.error(); // the database could not be asked
                problems.append(named.error().message);
                continue;
            }
        }
        const bool sameAsBelow = sameValue(*definition, it.value(), valueBelowUser(it.key()));
        changes.insert(it.key(), sameAsBelow ? std::nullopt : std::optional<QVariant>(it.value()));
    }
    for (auto it = unknownEntries.cbegin(); it != unknownEntries.cend(); ++it) {
        if (!isKeepableUnknownKey(it.key())) {
            problems.append(tr("%1: an unknown key can be kept only when it is a dotted name of "
                               "letters, digits, '_' and '-', outside the groups meta and "
                               "General")
                                .arg(it.key()));
        }
    }
    if (!problems.isEmpty())
        return Error::invalidInput(problems.join(u'\n'));
    return commit(changes, unknownEntries);
}

Status PreferencesStore::setUserValues(const QMap<QString, std::optional<QVariant>> &values,
                                       QStringList *lockedKeys)
{
    if (isReadOnly())
        return Error::operationFailed(m_readOnlyReason);
    const SettingsSchema &schema = SettingsSchema::instance();
    QStringList problems;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const SettingDefinition *definition = schema.find(it.key());
        if (!definition) {
            problems.append(RenamedSettings::unknownKeyMessage(it.key()));
            continue;
        }
        if (it.value()) {
            if (std::optional<Violation> broken = SettingValidator::check(*definition, *it.value()))
                problems.append(broken->toString());
        }
        if (lockedKeys && m_policy.isLocked(it.key()))
            lockedKeys->append(it.key());
    }
    if (!problems.isEmpty())
        return Error::invalidInput(problems.join(u'\n'));
    return commit(values);
}

Status PreferencesStore::commit(const QMap<QString, std::optional<QVariant>> &changes,
                                const QMap<QString, QString> &unknownEntries)
{
    const QMap<QString, QVariant> before = effectiveValues();

    // Another process (the GUI beside the CLI) may have written since we read: start from disk,
    // and hold the file's lock from that read to the write, so that no writer's change is lost
    // between the two.
    FileLock lock(m_settingsFile);
    if (Status locked = lock.lock(); !locked)
        return locked;
    Result<RawSettings> onDisk = IniFile::read(m_settingsFile);
    if (!onDisk)
        return onDisk.error();
    Result<int> version = SettingsMigrator::detectVersion(*onDisk, m_settingsFile);
    const int current = SettingsMigrator::currentVersion();
    if (!version || *version != current) {
        return Error::operationFailed(
            tr("%1 was replaced by another program with a file of another version; nothing was "
               "written. Restart to read it.")
                .arg(m_settingsFile));
    }
    RawSettings raw = *onDisk;
    const SettingsSchema &schema = SettingsSchema::instance();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString rawKey = IniFile::settingsKey(it.key());
        if (it.value())
            raw.insert(rawKey, SettingValidator::toText(*schema.find(it.key()), *it.value()));
        else
            raw.remove(rawKey);
    }
    for (auto it = unknownEntries.cbegin(); it != unknownEntries.cend(); ++it)
        raw.insert(IniFile::settingsKey(it.key()), it.value());
    raw.insert(kMetaPrefix + QStringLiteral("fileVersion"), QString::number(current));
    if (Status written = IniFile::write(m_settingsFile, raw); !written)
        return written;

    loadUserValues(raw);
    const QMap<QString, QVariant> after = effectiveValues();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!sameValue(*schema.find(it.key()), it.value(), before.value(it.key())))
            Q_EMIT valueChanged(it.key(), it.value());
    }
    return {};
}

} // namespace Hubstate::Core
