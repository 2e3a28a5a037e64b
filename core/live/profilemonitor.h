#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

struct sqlite3;
class QFileSystemWatcher;
class QTimer;

namespace Hubstate::Core {

class PreferencesStore;

// One change to a profile, as any process made it.
struct Change
{
    enum class Kind { Setting, Layout, Agent, History, Reload };
    Kind kind = Kind::Reload;
    // The setting's key, the layout's or agent's id, the conversation's id; empty for Reload.
    QString id;
    // Settings: the layer that supplies the value now (PreferencesStore::layerId()).
    QString layer;
    QString value; // settings: the value now, as `config get` prints it
    bool removed = false; // a layout, agent or conversation that is gone
    // Reload: what was read again as a whole ("settings", "database"), when the details were
    // lost (the database file was replaced, history was deleted).
    QString scope;

    static QString kindName(Kind kind); // stable: setting | layout | agent | history | reload
};

// Watches one profile for changes made by any process, this one included, and says what
// changed, one Change at a time. It keeps what it last read (the effective settings, each
// layout's and agent's row, the newest message) and compares on every sign of a change:
//   - an announcement on the session bus (ChangeAnnouncer), at once;
//   - the settings folder changing (inotify through QFileSystemWatcher);
//   - every pollInterval: the settings and policy files' stat, the database's inode and
//     PRAGMA data_version, which moves whenever another connection commits.
// Whatever the first two miss (no bus, a watcher overflow) the third finds, so a missed
// signal costs at most one interval, never stale state.
class ProfileMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollInterval = 200; // ms

    ProfileMonitor(const Profile &profile, const PolicyFiles &policyFiles,
                   QObject *parent = nullptr);
    ~ProfileMonitor() override;

    // Reads the current state (the base of later comparisons) and starts watching.
    [[nodiscard]] Status start();
    // "session bus and file watching", or "file watching" without a bus.
    QString transport() const;

public Q_SLOTS:
    // Compares now; start() arranges for it to be called.
    void check();

Q_SIGNALS:
    void changed(const Hubstate::Core::Change &change);

private Q_SLOTS:
    void onAnnounced(const QString &path);

private:
    struct FileStamp
    {
        qint64 inode = -1;
        qint64 size = -1;
        qint64 modified = -1;
        bool operator==(const FileStamp &) const = default;
    };
    static FileStamp stampOf(const QString &path);
    void checkSettings(bool force);
    void checkDatabase(bool force);
    bool openDatabase();
    void closeDatabase();
    QHash<QString, QByteArray> rows(const char *sql) const;
    void compareRows(Change::Kind kind, const QHash<QString, QByteArray> &now,
                     QHash<QString, QByteArray> &known);
    void readHistoryMark(qint64 *newest, qint64 *oldest, qint64 *conversations) const;

    Profile m_profile;
    PolicyFiles m_policyFiles;
    std::unique_ptr<PreferencesStore> m_settings;
    QHash<QString, FileStamp> m_settingsStamps;
    FileStamp m_databaseStamp;
    sqlite3 *m_database = nullptr;
    qint64 m_dataVersion = -1;
    QHash<QString, QByteArray> m_layouts;
    QHash<QString, QByteArray> m_agents;
    qint64 m_newestMessage = 0;
    qint64 m_oldestMessage = 0; // the oldest message's id
    qint64 m_conversations = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_poll = nullptr;
    bool m_onBus = false;
    bool m_baseRead = false; // what later reads are compared with
};

} // namespace Hubstate::Core

Q_DECLARE_METATYPE(Hubstate::Core::Change)
