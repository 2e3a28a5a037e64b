#pragma once

#include "../common/result.h"
#include "../profile/profile.h"
#include "inifile.h"
#include "policystack.h"
#include "violation.h"

#include <QObject>
#include <QVariant>
#include <optional>

namespace Hubstate::Core {

struct SettingDefinition;
class SettingReferences;

// The preferences and configuration, in layers (lowest first): built-in defaults, the
// environment template, the admin policy's defaults, the user's file, the admin policy's locks.
// A lock holds the value its admin saw, whatever environment the user picks (PolicyStack).
// Only values that differ from the layer below the user are written to the user's file, which
// is replaced atomically on every change.
class PreferencesStore : public QObject
{
    Q_OBJECT

public:
    enum class Layer { Default, Template, AdminDefault, User, AdminLock };
    Q_ENUM(Layer)

    // Why a value is what it is.
    struct Explanation
    {
        QString key;
        QVariant value;
        Layer layer = Layer::Default;
        QVariant defaultValue;
        QString templateName; // the environment in effect
        std::optional<QVariant> templateValue;
        std::optional<QVariant> adminDefault;
        std::optional<QVariant> userValue; // stored by the user (even if a lock overrides it)
        bool locked = false;
        // For a lock without a value of its own: the administrator's environment, whose
        // template value it holds (which may differ from templateName's).
        QString lockedEnvironment;
        QString policyFile; // the file that locks the key, else the one that sets its default
        QString policyExplanation;
    };

    enum class OpenMode { MigrateOlderFiles, KeepFileVersion };

    // Production code passes Profile::policyFiles(); a test may pass one file, which then
    // stands in for the system policy.
    PreferencesStore(const Profile &profile, const PolicyFiles &policyFiles,
                     QObject *parent = nullptr);
    ~PreferencesStore() override;

    // Reads the policy and the user's file. A file that cannot be parsed is moved aside and the
    // newest backup (or the defaults) used; older files are migrated (old file kept as .bak);
    // a newer file makes the store read-only. All of this is reported in notices().
    [[nodiscard]] Status open(OpenMode mode = OpenMode::MigrateOlderFiles);
    // Reads the file and the policy again, as another process may have changed them, and
    // emits valueChanged() for every effective value that moved. Never migrates, and never
    // recovers: a damaged file is an error, and the values read last stay.
    [[nodiscard]] Status reload();

    QString settingsFile() const { return m_settingsFile; }
    const PolicyStack &policy() const { return m_policy; }
    Violations notices() const { return m_notices + m_valueNotices; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    QVariant value(const QString &key) const;
    QString text(const QString &key) const;
    bool isLocked(const QString &key) const;
    bool isModified(const QString &key) const; // the user's file supplies the value
    Explanation explain(const QString &key) const;
    // The value the key would have without the user's own setting.
    QVariant valueBelowUser(const QString &key) const;

    // Validated, refused when locked or read-only; one atomic file write; change signals.
    [[nodiscard]] Status setValue(const QString &key, const QVariant &value);
    [[nodiscard]] Status setText(const QString &key, const QString &text);
    [[nodiscard]] Status reset(const QString &key);
    // Several values at once: all are checked first, then written in one file replacement.
    // `unknownEntries` (dotted key -> text) are kept in the file verbatim, as imports ask.
    [[nodiscard]] Status setValues(const QMap<QString, QVariant> &values,
                                   const QMap<QString, QString> &unknownEntries = {});

    // The user's own values (the user layer), locked keys included.
    QMap<QString, QVariant> userValues() const { return m_userValues; }
    // Sync: sets (a value) or removes (nullopt) the user's own values as another device
    // stored them. Validated as any edit; a key the policy locks here is stored all the same
    // and stays without effect while the lock holds (its key is added to `lockedKeys`).
    [[nodiscard]] Status setUserValues(const QMap<QString, std::optional<QVariant>> &values,
                                       QStringList *lockedKeys = nullptr);

    // The database's view of the settings that name a layout or an agent (not owned; null:
    // names go unchecked, as where no database is open). With one, setValue(), setText() and
    // setValues() refuse a new value that names nothing; sync and reloads are not checked.
    void setReferences(const SettingReferences *references) { m_references = references; }
    const SettingReferences *references() const { return m_references; }

    static QString layerName(Layer layer); // translated, for people
    static QString layerId(Layer layer); // stable, for --json and scripts

Q_SIGNALS:
    void valueChanged(const QString &key, const QVariant &value);

private:
    struct Snapshot;
    Status checkWritable(const QString &key) const;
    Status commit(const QMap<QString, std::optional<QVariant>> &changes,
                  const QMap<QString, QString> &unknownEntries = {});
    void loadUserValues(const RawSettings &raw);
    Status recoverFromUnreadableFile(const Error &error);
    QString environment() const;
    QMap<QString, QVariant> effectiveValues() const;

    QString m_settingsFile;
    PolicyStack m_policy;
    PolicyFiles m_policyFiles;
    RawSettings m_raw; // the user's file as read, unknown keys included
    bool m_recoverDamage = true; // open() moves a damaged file aside; reload() does not
    QMap<QString, QVariant> m_userValues; // the valid known values of m_raw
    Violations m_notices; // found while opening: policy, recovery, migration
    Violations m_valueNotices; // about the values in the user's file
    QString m_readOnlyReason;
    const SettingReferences *m_references = nullptr;
};

} // namespace Hubstate::Core
