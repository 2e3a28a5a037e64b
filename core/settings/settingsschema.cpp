#include "settingsschema.h"

#include "core/backup/destinationlist.h"

#include <QCoreApplication>
#include <QHash>

namespace Hubstate::Core {

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// lupdate reads TR as QT_TR_NOOP (see translations/CMakeLists.txt), in this class's context.
#define TR(text) QT_TRANSLATE_NOOP("Hubstate::Core::SettingsSchema", text)

// Builds the list with a page and group in effect, so each declaration stays one statement.
class Declarer
{
public:
    explicit Declarer(QList<SettingDefinition> &out)
        : m_out(out)
    {
    }

    void section(const QString &page, const QString &group, Classification classification,
                 ExportRule exportRule, SettingFlags flags = {})
    {
        m_page = page;
        m_group = group;
        m_classification = classification;
        m_exportRule = exportRule;
        m_flags = flags;
    }

    SettingDefinition &boolean(const QString &key, bool value, const char *label,
                               const char *description)
    {
        return add(key, SettingType::Bool, value, label, description);
    }

    SettingDefinition &integer(const QString &key, qint64 value, qint64 minimum, qint64 maximum,
                               const QString &unit, const char *label, const char *description)
    {
        SettingDefinition &definition = add(key, SettingType::Integer, value, label, description);
        definition.minimum = minimum;
        definition.maximum = maximum;
        definition.unit = unit;
        return definition;
    }

    SettingDefinition &choice(const QString &key, const QString &value, const QStringList &choices,
                              const char *label, const char *description)
    {
        SettingDefinition &definition = add(key, SettingType::Choice, value, label, description);
        definition.choices = choices;
        return definition;
    }

    SettingDefinition &text(const QString &key, const QString &value, qint64 maximumLength,
                            const char *label, const char *description)
    {
        SettingDefinition &definition = add(key, SettingType::Text, value, label, description);
        definition.maximum = maximumLength;
        return definition;
    }

    SettingDefinition &color(const QString &key, const QString &value, const char *label,
                             const char *description)
    {
        return add(key, SettingType::Color, value, label, description);
    }

    SettingDefinition &shortcut(const QString &action, const QString &value, const char *label)
    {
        return add(QStringLiteral("preferences.keyboard.shortcuts.") + action,
                   SettingType::KeySequence, value, label,
                   QT_TRANSLATE_NOOP("Hubstate::Core::SettingsSchema",
                                     "Key sequence that triggers this action. Leave empty to "
                                     "unbind it."));
    }

private:
    SettingDefinition &add(const QString &key, SettingType type, const QVariant &value,
                           const char *label, const char *description)
    {
        SettingDefinition definition;
        definition.key = key;
        definition.type = type;
        definition.defaultValue = value;
        definition.label = label;
        definition.description = description;
        definition.page = m_page;
        definition.group = m_group;
        definition.classification = m_classification;
        definition.exportRule = m_exportRule;
        definition.flags = m_flags;
        m_out.append(definition);
        return m_out.last();
    }

    QList<SettingDefinition> &m_out;
    QString m_page;
    QString m_group;
    Classification m_classification = Classification::Public;
    ExportRule m_exportRule = ExportRule::Never;
    SettingFlags m_flags;
};

} // namespace

SettingsSchema::SettingsSchema()
{
    using C = Classification;
    using E = ExportRule;
    const QString ms = QStringLiteral("ms");
    const QString bytes = QStringLiteral("bytes");
    const QString px = QStringLiteral("px");
    Declarer d(m_settings);

    // --- preferences.theme ---------------------------------------------------------------
    d.section(QStringLiteral("appearance"), QStringLiteral("theme"), C::Public, E::Include);
    d.choice(QStringLiteral("preferences.theme.mode"), QStringLiteral("auto"),
             {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("auto")},
             TR("Colour mode"),
             TR("Light or dark colours; auto follows the desktop where it can be told."));
    d.color(QStringLiteral("preferences.theme.accentColor"), QStringLiteral("#3daee9"),
            TR("Accent colour"), TR("Colour of highlights, selections and focus outlines."));
    d.choice(QStringLiteral("preferences.theme.fontSize"), QStringLiteral("medium"),
             {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")},
             TR("Font size"), TR("Size of the text in Hubstate's windows."));
    d.boolean(QStringLiteral("preferences.theme.highContrast"), false, TR("High contrast"),
              TR("Stronger contrast between text, borders and backgrounds."));
    d.boolean(QStringLiteral("preferences.theme.reducedMotion"), false, TR("Reduce motion"),
              TR("Turn off every animation in Hubstate."));

    // --- preferences.layout ----------------------------------------------------------------
    d.section(QStringLiteral("layout"), QStringLiteral("preferences"), C::Public, E::Include);
    d.text(QStringLiteral("preferences.layout.defaultLayout"), QStringLiteral("single"), 200,
           TR("Default layout"),
           TR("Layout opened at start: a template name or the id of a stored layout."))
        .reference = SettingReference::Layout;
    d.integer(QStringLiteral("preferences.layout.autoSaveInterval"), 30000, 0, Hour, ms,
              TR("Autosave interval"),
              TR("How often a layout being edited is saved; 0 turns autosave off."));
    d.boolean(QStringLiteral("preferences.layout.showTabs"), true, TR("Show tabs"),
              TR("Show a tab bar when a pane holds several agents."));
    d.boolean(QStringLiteral("preferences.layout.showHeaders"), true, TR("Show pane headers"),
              TR("Show each pane's title and agent above it."));
    d.boolean(QStringLiteral("preferences.layout.synchronizedScrolling"), false,
              TR("Synchronised scrolling"), TR("Scrolling one pane scrolls the others with it."));
    d.boolean(QStringLiteral("preferences.layout.snapToGrid"), true, TR("Snap to grid"),
              TR("Pane edges move in grid steps."));

    // --- preferences.notifications -----------------------------------------------------------
    d.section(QStringLiteral("notifications"), QStringLiteral("notifications"), C::Public,
              E::Include);
    d.boolean(QStringLiteral("preferences.notifications.enabled"), true, TR("Notifications"),
              TR("Show notifications at all."));
    d.boolean(QStringLiteral("preferences.notifications.desktop"), true,
              TR("Desktop notifications"),
              TR("Show notifications on the desktop, not only inside Hubstate."));
    d.boolean(QStringLiteral("preferences.notifications.sound"), false, TR("Sound"),
              TR("Play a sound with each notification."));
    d.boolean(QStringLiteral("preferences.notifications.agentFinished"), true, TR("Agent finished"),
              TR("Notify when an agent finishes a task."));
    d.boolean(QStringLiteral("preferences.notifications.agentErrors"), true, TR("Agent errors"),
              TR("Notify when an agent fails or loses its connection."));
    d.boolean(QStringLiteral("preferences.notifications.backupEvents"), true, TR("Backup problems"),
              TR("Notify when a backup fails or the last verified backup is stale."));
    d.boolean(QStringLiteral("preferences.notifications.syncConflicts"), true, TR("Sync conflicts"),
              TR("Notify when synchronisation needs a decision."));

    // --- preferences.keyboard --------------------------------------------------------------
    d.section(QStringLiteral("shortcuts"), QStringLiteral("shortcuts"), C::Public, E::Include);
    d.shortcut(QStringLiteral("app.find"), QStringLiteral("Ctrl+F"), TR("Find a setting"));
    d.shortcut(QStringLiteral("app.undo"), QStringLiteral("Ctrl+Z"), TR("Undo"));
    d.shortcut(QStringLiteral("app.redo"), QStringLiteral("Ctrl+Shift+Z"), TR("Redo"));
    d.shortcut(QStringLiteral("app.save"), QStringLiteral("Ctrl+S"), TR("Save"));
    d.shortcut(QStringLiteral("app.quit"), QStringLiteral("Ctrl+Q"), TR("Quit"));
    d.shortcut(QStringLiteral("app.help"), QStringLiteral("F1"), TR("Help"));
    d.shortcut(QStringLiteral("app.backupNow"), QStringLiteral("Ctrl+Shift+B"), TR("Back up now"));
    d.shortcut(QStringLiteral("app.restore"), QStringLiteral("Ctrl+Shift+R"), TR("Restore"));
    d.shortcut(QStringLiteral("layout.focusLeft"), QStringLiteral("Left"),
               TR("Layout editor: focus the pane to the left"));
    d.shortcut(QStringLiteral("layout.focusRight"), QStringLiteral("Right"),
               TR("Layout editor: focus the pane to the right"));
    d.shortcut(QStringLiteral("layout.focusUp"), QStringLiteral("Up"),
               TR("Layout editor: focus the pane above"));
    d.shortcut(QStringLiteral("layout.focusDown"), QStringLiteral("Down"),
               TR("Layout editor: focus the pane below"));
    d.shortcut(QStringLiteral("layout.splitHorizontally"), QStringLiteral("H"),
               TR("Layout editor: split the pane side by side"));
    d.shortcut(QStringLiteral("layout.splitVertically"), QStringLiteral("V"),
               TR("Layout editor: split the pane one above the other"));
    d.shortcut(QStringLiteral("layout.resizeLeft"), QStringLiteral("Shift+Left"),
               TR("Layout editor: move a border of the pane left"));
    d.shortcut(QStringLiteral("layout.resizeRight"), QStringLiteral("Shift+Right"),
               TR("Layout editor: move a border of the pane right"));
    d.shortcut(QStringLiteral("layout.resizeUp"), QStringLiteral("Shift+Up"),
               TR("Layout editor: move a border of the pane up"));
    d.shortcut(QStringLiteral("layout.resizeDown"), QStringLiteral("Shift+Down"),
               TR("Layout editor: move a border of the pane down"));
    d.shortcut(QStringLiteral("layout.mergeLeft"), QStringLiteral("Ctrl+Left"),
               TR("Layout editor: merge with the pane to the left"));
    d.shortcut(QStringLiteral("layout.mergeRight"), QStringLiteral("Ctrl+Right"),
               TR("Layout editor: merge with the pane to the right"));
    d.shortcut(QStringLiteral("layout.mergeUp"), QStringLiteral("Ctrl+Up"),
               TR("Layout editor: merge with the pane above"));
    d.shortcut(QStringLiteral("layout.mergeDown"), QStringLiteral("Ctrl+Down"),
               TR("Layout editor: merge with the pane below"));
    d.shortcut(QStringLiteral("layout.swapLeft"), QStringLiteral("Alt+Left"),
               TR("Layout editor: swap with the pane to the left"));
    d.shortcut(QStringLiteral("layout.swapRight"), QStringLiteral("Alt+Right"),
               TR("Layout editor: swap with the pane to the right"));
    d.shortcut(QStringLiteral("layout.swapUp"), QStringLiteral("Alt+Up"),
               TR("Layout editor: swap with the pane above"));
    d.shortcut(QStringLiteral("layout.swapDown"), QStringLiteral("Alt+Down"),
               TR("Layout editor: swap with the pane below"));
    d.shortcut(QStringLiteral("layout.equalise"), QStringLiteral("E"),
               TR("Layout editor: equalise the panes"));
    d.shortcut(QStringLiteral("layout.zoom"), QStringLiteral("Z"),
               TR("Layout editor: zoom the pane in or out"));
    d.shortcut(QStringLiteral("layout.rename"), QStringLiteral("Return"),
               TR("Layout editor: rename the pane"));
    d.shortcut(QStringLiteral("layout.assignAgent"), QStringLiteral("A"),
               TR("Layout editor: assign an agent to the pane"));
    d.shortcut(QStringLiteral("layout.clearAgent"), QStringLiteral("Del"),
               TR("Layout editor: clear the pane's agent"));
    d.shortcut(QStringLiteral("layout.jumpToPane1"), QStringLiteral("1"),
               TR("Layout editor: jump to pane 1"));
    d.shortcut(QStringLiteral("layout.jumpToPane2"), QStringLiteral("2"),
               TR("Layout editor: jump to pane 2"));
    d.shortcut(QStringLiteral("layout.jumpToPane3"), QStringLiteral("3"),
               TR("Layout editor: jump to pane 3"));
    d.shortcut(QStringLiteral("layout.jumpToPane4"), QStringLiteral("4"),
               TR("Layout editor: jump to pane 4"));
    d.shortcut(QStringLiteral("layout.jumpToPane5"), QStringLiteral("5"),
               TR("Layout editor: jump to pane 5"));
    d.shortcut(QStringLiteral("layout.jumpToPane6"), QStringLiteral("6"),
               TR("Layout editor: jump to pane 6"));
    d.shortcut(QStringLiteral("layout.jumpToPane7"), QStringLiteral("7"),
               TR("Layout editor: jump to pane 7"));
    d.shortcut(QStringLiteral("layout.jumpToPane8"), QStringLiteral("8"),
               TR("Layout editor: jump to pane 8"));
    d.shortcut(QStringLiteral("layout.jumpToPane9"), QStringLiteral("9"),
               TR("Layout editor: jump to pane 9"));

    // --- preferences.accessibility -----------------------------------------------------------
    d.section(QStringLiteral("accessibility"), QStringLiteral("accessibility"), C::Public,
              E::Include);
    d.boolean(QStringLiteral("preferences.accessibility.focusIndicators"), true,
              TR("Strong focus indicators"),
              TR("Draw a thick outline around the control that has keyboard focus."));
    d.boolean(QStringLiteral("preferences.accessibility.screenReaderAnnouncements"), true,
              TR("Screen reader announcements"),
              TR("Announce refused actions and status changes to assistive technology."));
    d.boolean(QStringLiteral("preferences.accessibility.keyboardNavigation"), true,
              TR("Full keyboard navigation"),
              TR("Every control, including the layout canvas, takes keyboard focus."));
    d.integer(QStringLiteral("preferences.accessibility.textScale"), 100, 100, 200,
              QStringLiteral("%"), TR("Text scale"),
              TR("Enlarges all text beyond the font size setting."));

    // --- environment and features ------------------------------------------------------------
    // Flagged DeviceLocal here and below: what describes this machine rather than the person
    // stays out of sync (docs/sync-device-local.md).
    d.section(QStringLiteral("environment"), QStringLiteral("environment"), C::Internal, E::Include,
              SettingFlag::DeviceLocal);
    d.choice(
        QStringLiteral("environment"), QStringLiteral("production"),
        {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")},
        TR("Environment"),
        TR("Selects the environment template whose values apply beneath yours."));
    d.section(QStringLiteral("environment"), QStringLiteral("features"), C::Internal, E::Include);
    d.boolean(QStringLiteral("features.multiAgent"), true, TR("Multiple agents"),
              TR("Run several agents side by side."));
    d.boolean(QStringLiteral("features.customLayouts"), true, TR("Custom layouts"),
              TR("Allow layouts other than the built-in templates."));
    d.boolean(QStringLiteral("features.agentMarketplace"), false, TR("Agent marketplace"),
              TR("Offer agents from the marketplace."));
    d.boolean(QStringLiteral("features.collaboration"), false, TR("Collaboration"),
              TR("Share layouts and conversations with other people."));
    d.boolean(QStringLiteral("features.advancedAnalytics"), true, TR("Advanced analytics"),
              TR("Keep detailed local performance figures."));

    // --- limits --------------------------------------------------------------------------------
    d.section(QStringLiteral("environment"), QStringLiteral("limits"), C::Internal, E::Include);
    d.integer(QStringLiteral("limits.maxAgents"), 50, 1, 100, {}, TR("Maximum agents"),
              TR("Most agents configured at once."));
    d.integer(QStringLiteral("limits.maxLayouts"), 25, 1, 1000, {}, TR("Maximum layouts"),
              TR("Most layouts stored."));
    d.integer(QStringLiteral("limits.maxPaneCount"), 9, 1, 9, {}, TR("Maximum panes"),
              TR("Most panes in one layout."));
    d.integer(QStringLiteral("limits.memoryLimit"), 512 * MiB, 64 * MiB, 64 * GiB, bytes,
              TR("Memory limit"), TR("Memory Hubstate may use for caches and agents' state."));
    d.integer(QStringLiteral("limits.storageLimit"), 2 * GiB, 100 * MiB, 1 * TiB, bytes,
              TR("Storage limit"),
              TR("Disk space for history, logs and metrics; the oldest entries go first."));

    // --- security ------------------------------------------------------------------------------
    d.section(QStringLiteral("environment"), QStringLiteral("security"), C::Internal, E::Include);
    d.boolean(QStringLiteral("security.requireTls"), true, TR("Require encrypted connections"),
              TR("Refuse agent endpoints and servers that are not reached over https."));
    d.choice(QStringLiteral("security.keyDerivation"), QStringLiteral("argon2id"),
             {QStringLiteral("argon2id"), QStringLiteral("pbkdf2-sha256")},
             TR("Password key derivation"),
             TR("How backup passwords become keys; Argon2id resists guessing best."))
        .flags = SettingFlag::Advanced;

    // --- performance ---------------------------------------------------------------------------
    d.section(QStringLiteral("environment"), QStringLiteral("performance"), C::Internal, E::Include,
              SettingFlag::Advanced | SettingFlag::DeviceLocal);
    d.integer(QStringLiteral("performance.cacheSize"), 50 * MiB, 10 * MiB, 100 * MiB, bytes,
              TR("Cache size"), TR("Memory for caching history pages and search results."));

    // --- layout rules -------------------------------------------------------------------------
    d.section(QStringLiteral("environment"), QStringLiteral("layoutRules"), C::Internal, E::Include,
              SettingFlag::Advanced);
    d.integer(QStringLiteral("layout.maxPanes"), 9, 1, 9, {}, TR("Panes per layout"),
              TR("Most panes a layout may hold."));
    d.integer(QStringLiteral("layout.gridSize"), 3, 1, 3, {}, TR("Grid size"),
              TR("Most rows and columns of a layout's grid."));
    d.integer(QStringLiteral("layout.minPaneSize.width"), 200, 200, 3840, px,
              TR("Minimum pane width"), TR("Narrowest a pane may be at the reference size."));
    d.integer(QStringLiteral("layout.minPaneSize.height"), 150, 150, 2160, px,
              TR("Minimum pane height"), TR("Lowest a pane may be at the reference size."));

    // --- agent rules --------------------------------------------------------------------------
    d.section(QStringLiteral("environment"), QStringLiteral("agentRules"), C::Internal, E::Include,
              SettingFlag::Advanced);
    d.integer(QStringLiteral("agents.maxAgents"), 50, 1, 100, {}, TR("Agents"),
              TR("Most agents that run at once."));
    d.integer(QStringLiteral("agents.timeout"), 30000, 1000, 300000, ms, TR("Agent timeout"),
              TR("How long to wait for an agent's answer."));
    d.integer(QStringLiteral("agents.retryAttempts"), 3, 0, 10, {}, TR("Agent retries"),
              TR("How often a failed agent request is tried again."));

    // --- sync ----------------------------------------------------------------------------------
    d.section(QStringLiteral("sync"), QStringLiteral("sync"), C::Internal, E::Include,
              SettingFlag::DeviceLocal);
    d.boolean(QStringLiteral("sync.enabled"), false, TR("Synchronise"),
              TR("Keep settings and layouts in step between machines."));
    // The plan's rule and production value (file version 3 merged performance.syncInterval
    // into it); the templates set it per environment.
    d.integer(QStringLiteral("sync.interval"), 30000, 5000, 5 * Minute, ms, TR("Sync interval"),
              TR("How often your devices sync: this one sends its changes and takes the "
                 "others'."));
    d.choice(QStringLiteral("sync.conflictResolution"), QStringLiteral("prompt"),
             {QStringLiteral("last-write-wins"), QStringLiteral("merge"), QStringLiteral("prompt")},
             TR("Conflicts"), TR("What to do when both machines changed the same thing."));
    d.integer(QStringLiteral("sync.retryAttempts"), 3, 0, 10, {}, TR("Sync retries"),
              TR("How often a failed synchronisation is tried again."));
    d.integer(QStringLiteral("sync.retryDelay"), 5000, 100, 10 * Minute, ms, TR("Retry delay"),
              TR("Wait before the first retry; later retries wait longer."));
    d.boolean(QStringLiteral("sync.includeSecrets"), false, TR("Sync secrets"),
              TR("Also sync API keys and other secrets, end-to-end encrypted with the sync "
                 "passphrase."));
    d.section(QStringLiteral("sync"), QStringLiteral("sync"), C::Confidential, E::Redact,
              SettingFlag::DeviceLocal);
    d.text(QStringLiteral("sync.serverUrl"), QString(), 2000, TR("Sync store"),
           TR("Where the sync store is: a folder or a WebDAV address, set when sync is set up. "
              "Another address must hold the same store (moved); a WebDAV password is kept in "
              "the keychain."));

    // --- backup --------------------------------------------------------------------------------
    d.section(QStringLiteral("backup"), QStringLiteral("backup"), C::Internal, E::Include,
              SettingFlag::DeviceLocal);
    d.boolean(QStringLiteral("backup.enabled"), true, TR("Automatic backups"),
              TR("Back up on a schedule."));
    d.integer(QStringLiteral("backup.interval"), Day, Hour, 30 * Day, ms, TR("Backup interval"),
              TR("Time between scheduled backups; missed backups run at the next start."));
    d.integer(QStringLiteral("backup.maxBackups"), 10, 1, 1000, {}, TR("Backups kept"),
              TR("Number of newest verified backups to keep."));
    d.integer(QStringLiteral("backup.keepDaily"), 0, 0, 366, {}, TR("Daily backups kept"),
              TR("Also keep the newest backup of each of this many recent days."));
    d.integer(QStringLiteral("backup.keepWeekly"), 0, 0, 520, {}, TR("Weekly backups kept"),
              TR("Also keep the newest backup of each of this many recent weeks."));
    d.integer(QStringLiteral("backup.keepMonthly"), 0, 0, 240, {}, TR("Monthly backups kept"),
              TR("Also keep the newest backup of each of this many recent months."));
    // File version 5 made the one backup.destination a list.
    d.text(QStringLiteral("backup.destinations"), QString(), 32000, TR("Backup destinations"),
           TR("Where backups go, as a JSON list: each with a name, a kind (folder, webdav or "
              "s3), a location, whether it is enabled, and its own retention if it differs. "
              "Empty for the profile's own backup folder. WebDAV passwords and S3 secret keys "
              "are kept in the keychain."))
        .textRule = &BackupDestinations::problem;
    d.boolean(QStringLiteral("backup.compression"), true, TR("Compress backups"),
              TR("Compress backups with zstd."));
    d.boolean(QStringLiteral("backup.encryption"), true, TR("Encrypt backups"),
              TR("Encrypt backups with AES-256-GCM under a key from your password."));
    d.boolean(QStringLiteral("backup.includeSecrets"), false, TR("Include secrets"),
              TR("Put keychain secrets into encrypted backups (never into unencrypted ones)."));
    d.boolean(QStringLiteral("backup.allowInsecureHttp"), false,
              TR("Send the WebDAV password over plain HTTP"),
              TR("Allow an http:// WebDAV destination on another machine, where anyone on the "
                 "network between can read the password. Only for a network you trust; "
                 "https:// and this machine need no such setting."))
        .flags |= SettingFlag::Advanced;

    // --- privacy -------------------------------------------------------------------------------
    d.section(QStringLiteral("privacy"), QStringLiteral("privacy"), C::Public, E::Include);
    d.boolean(QStringLiteral("privacy.telemetry"), false, TR("Telemetry"),
              TR("Allow sending technical telemetry. Hubstate itself sends nothing."));
    d.boolean(QStringLiteral("privacy.analytics"), false, TR("Analytics"),
              TR("Allow usage analytics. Hubstate itself sends nothing."));
    d.boolean(QStringLiteral("privacy.crashReports"), false, TR("Crash reports"),
              TR("Allow sending crash reports. Hubstate itself sends nothing."));
    d.boolean(QStringLiteral("privacy.usageData"), false, TR("Usage data"),
              TR("Allow collecting usage data. Hubstate itself sends nothing."));
    d.boolean(QStringLiteral("privacy.thirdPartySharing"), false, TR("Third-party sharing"),
              TR("Allow sharing data with third parties. Hubstate itself sends nothing."));
}

const SettingsSchema &SettingsSchema::instance()
{
    static const SettingsSchema schema;
    return schema;
}

const SettingDefinition *SettingsSchema::find(const QString &key) const
{
    static const QHash<QString, qsizetype> index = [this] {
        QHash<QString, qsizetype> result;
        for (qsizetype i = 0; i < m_settings.size(); ++i)
            result.insert(m_settings.at(i).key, i);
        return result;
    }();
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &m_settings.at(*it);
}

QStringList SettingsSchema::keysUnder(const QString &prefix) const
{
    QStringList keys;
    const QString groupPrefix = prefix + u'.';
    for (const SettingDefinition &definition : m_settings) {
        if (definition.key == prefix || definition.key.startsWith(groupPrefix))
            keys.append(definition.key);
    }
    return keys;
}

bool SettingsSchema::isGroup(const QString &path) const
{
    const QString groupPrefix = path + u'.';
    for (const SettingDefinition &definition : m_settings) {
        if (definition.key.startsWith(groupPrefix))
            return true;
    }
    return false;
}

QStringList SettingsSchema::pages() const
{
    QStringList result;
    for (const SettingDefinition &definition : m_settings) {
        if (!result.contains(definition.page))
            result.append(definition.page);
    }
    return result;
}

QString SettingDefinition::translatedLabel() const
{
    return QCoreApplication::translate("Hubstate::Core::SettingsSchema", label);
}

QString SettingDefinition::translatedDescription() const
{
    return QCoreApplication::translate("Hubstate::Core::SettingsSchema", description);
}

QString toString(SettingType type)
{
    switch (type) {
    case SettingType::Bool: return QStringLiteral("boolean");
    case SettingType::Integer: return QStringLiteral("integer");
    case SettingType::Choice: return QStringLiteral("choice");
    case SettingType::Text: return QStringLiteral("text");
    case SettingType::Color: return QStringLiteral("color");
    case SettingType::KeySequence: return QStringLiteral("key sequence");
    }
    return {};
}

QString toString(SettingReference reference)
{
    switch (reference) {
    case SettingReference::None: return {};
    case SettingReference::Layout: return QStringLiteral("layout");
    case SettingReference::Agent: return QStringLiteral("agent");
    case SettingReference::Folder: return QStringLiteral("folder");
    }
    return {};
}

QString toString(Classification classification)
{
    switch (classification) {
    case Classification::Public: return QStringLiteral("public");
    case Classification::Internal: return QStringLiteral("internal");
    case Classification::Confidential: return QStringLiteral("confidential");
    case Classification::Secret: return QStringLiteral("secret");
    }
    return {};
}

QString toString(ExportRule rule)
{
    switch (rule) {
    case ExportRule::Never: return QStringLiteral("never");
    case ExportRule::Include: return QStringLiteral("include");
    case ExportRule::Redact: return QStringLiteral("redact");
    }
    return {};
}

} // namespace Hubstate::Core
