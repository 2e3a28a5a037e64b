#include "profilemonitor.h"

#include "changeannouncer.h"
#include "core/settings/preferencesstore.h"

#include <QDBusConnection>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <sqlite3.h>
#include <sys/stat.h>

namespace Hubstate::Core {

namespace {

// More new conversations than this in one step are told as one reload of the history.
constexpr int kConversationsTold = 1000;

} // namespace

QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Setting: return QStringLiteral("setting");
    case Kind::Layout: return QStringLiteral("layout");
    case Kind::Agent: return QStringLiteral("agent");
    case Kind::History: return QStringLiteral("history");
    case Kind::Reload: return QStringLiteral("reload");
    }
    return {};
}

ProfileMonitor::ProfileMonitor(const Profile &profile, const PolicyFiles &policyFiles,
                               QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_policyFiles(policyFiles)
{
    qRegisterMetaType<Hubstate::Core::Change>();
}

ProfileMonitor::~ProfileMonitor()
{
    closeDatabase();
}

ProfileMonitor::FileStamp ProfileMonitor::stampOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {qint64(info.st_ino), qint64(info.st_size),
            qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

Status ProfileMonitor::start()
{
    m_settings = std::make_unique<PreferencesStore>(m_profile, m_policyFiles);
    if (Status opened = m_settings->open(PreferencesStore::OpenMode::KeepFileVersion); !opened)
        return opened;
    connect(m_settings.get(), &PreferencesStore::valueChanged, this, [this](const QString &key) {
        Change change;
        change.kind = Change::Kind::Setting;
        change.id = key;
        change.layer = PreferencesStore::layerId(m_settings->explain(key).layer);
        change.value = m_settings->text(key);
        Q_EMIT changed(change);
    });
    for (const QString &file :
         {m_profile.settingsFile(), m_policyFiles.system, m_policyFiles.extra})
        if (!file.isEmpty())
            m_settingsStamps.insert(file, stampOf(file));
    checkDatabase(false);

    m_watcher = new QFileSystemWatcher(this);
    const QString folder = QFileInfo(m_profile.settingsFile()).absolutePath();
    m_watcher->addPath(folder);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { checkSettings(false); });

    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_onBus = QDBusConnection::sessionBus().connect(
            {}, QLatin1String(ChangeAnnouncer::kObjectPath),
            QLatin1String(ChangeAnnouncer::kInterface), QLatin1String(ChangeAnnouncer::kSignal),
            this, SLOT(onAnnounced(QString)));
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(pollInterval);
    connect(m_poll, &QTimer::timeout, this, &ProfileMonitor::check);
    m_poll->start();
    return {};
}

QString ProfileMonitor::transport() const
{
    return m_onBus ? tr("session bus and file watching") : tr("file watching");
}

void ProfileMonitor::check()
{
    checkSettings(false);
    checkDatabase(false);
}

void ProfileMonitor::onAnnounced(const QString &path)
{
    if (path == QFileInfo(m_profile.settingsFile()).absoluteFilePath())
        checkSettings(true);
    else if (path == QFileInfo(m_profile.databaseFile()).absoluteFilePath())
        checkDatabase(false); // data_version says whether this process has seen it already
}

void ProfileMonitor::checkSettings(bool force)
{
    if (!m_settings)
        return;
    bool moved = force;
    for (auto it = m_settingsStamps.begin(); it != m_settingsStamps.end(); ++it) {
        const FileStamp now = stampOf(it.key());
        if (!(now == it.value())) {
            it.value() = now;
            moved = true;
        }
    }
    if (!moved)
        return;
    if (Status reloaded = m_settings->reload(); !reloaded) {
        // Mid-replace or damaged: the next look reads it again.
        m_settingsStamps.clear();
        for (const QString &file :
             {m_profile.settingsFile(), m_policyFiles.system, m_policyFiles.extra})
            if (!file.isEmpty())
                m_settingsStamps.insert(file, {});
    }
}

bool ProfileMonitor::openDatabase()
{
    if (m_database)
        return true;
    const QByteArray path = QFile::encodeName(m_profile.databaseFile());
    if (sqlite3_open_v2(path.constData(), &m_database, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        closeDatabase();
        return false;
    }
    sqlite3_busy_timeout(m_database, 1000);
    return true;
}

void ProfileMonitor::closeDatabase()
{
    if (m_database)
        sqlite3_close_v2(m_database);
    m_database = nullptr;
    m_dataVersion = -1;
}

QHash<QString, QByteArray> ProfileMonitor::rows(const char *sql) const
{
    // The first column is the id; the others, whatever they are, make up what is compared.
    QHash<QString, QByteArray> found;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_database, sql, -1, &statement, nullptr) != SQLITE_OK)
        return found;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QByteArray row;
        for (int column = 1; column < sqlite3_column_count(statement); ++column) {
            row +=
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(statement, column)),
                           sqlite3_column_bytes(statement, column));
            row += '\x1f';
        }
        found.insert(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
            row);
    }
    sqlite3_finalize(statement);
    return found;
}

void ProfileMonitor::compareRows(Change::Kind kind, const QHash<QString, QByteArray> &now,
                                 QHash<QString, QByteArray> &known)
{
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto before = known.constFind(it.key());
        if (before == known.cend() || *before != it.value()) {
            Change change;
            change.kind = kind;
            change.id = it.key();
            Q_EMIT changed(change);
        }
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!now.contains(it.key())) {
            Change change;
            change.kind = kind;
            change.id = it.key();
            change.removed = true;
            Q_EMIT changed(change);
        }
    }
    known = now;
}

void ProfileMonitor::readHistoryMark(qint64 *newest, qint64 *oldest, qint64 *conversations) const
{
    const auto number = [this](const char *sql, int column) {
        sqlite3_stmt *statement = nullptr;
        qint64 value = 0;
        if (sqlite3_prepare_v2(m_database, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, column);
        sqlite3_finalize(statement);
        return value;
    };
    // The primary key's ends cost one lookup each, where count(*) would read every message at
    // every commit (the hub appends one at a time). Messages go only with their conversation
    // or oldest first (the storage limit), so a deletion moves the first or the count below.
    *newest = number("SELECT max(id) FROM messages", 0);
    *oldest = number("SELECT min(id) FROM messages", 0);
    *conversations = number("SELECT count(*) FROM conversations", 0);
}

void ProfileMonitor::checkDatabase(bool force)
{
    // A restore or a recovery puts another file in place: the connection would go on reading
    // the old one.
    const FileStamp stamp = stampOf(m_profile.databaseFile());
    const bool replaced = stamp.inode != m_databaseStamp.inode;
    const bool first = !m_baseRead;
    m_baseRead = true;
    m_databaseStamp = stamp;
    if (replaced)
        closeDatabase();
    if (!openDatabase())
        return;

    sqlite3_stmt *statement = nullptr;
    qint64 version = -1;
    if (sqlite3_prepare_v2(m_database, "PRAGMA data_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    if (!force && !replaced && version == m_dataVersion)
        return;
    m_dataVersion = version;

    const bool tell = !first;
    if (replaced && tell) {
        Change reload;
        reload.scope = QStringLiteral("database");
        Q_EMIT changed(reload);
    }
    QHash<QString, QByteArray> layouts = rows(
        "SELECT l.*, (SELECT group_concat(tag, ',') FROM layout_tags t WHERE t.layout_id = l.id) "
        "FROM layouts l");
    QHash<QString, QByteArray> agents = rows("SELECT * FROM agents");
    qint64 newest = 0;
    qint64 oldest = 0;
    qint64 conversations = 0;
    readHistoryMark(&newest, &oldest, &conversations);
    if (!tell) {
        m_layouts = layouts;
        m_agents = agents;
    } else {
        compareRows(Change::Kind::Layout, layouts, m_layouts);
        compareRows(Change::Kind::Agent, agents, m_agents);
        if ((m_oldestMessage != 0 && oldest != m_oldestMessage) || conversations < m_conversations
            || newest < m_newestMessage) {
            Change reload;
            reload.scope = QStringLiteral("history");
            Q_EMIT changed(reload);
        } else if (newest > m_newestMessage) {
            QStringList touched;
            if (sqlite3_prepare_v2(m_database,
                                   "SELECT DISTINCT conversation_id FROM messages WHERE id > ? "
                                   "LIMIT 1001",
                                   -1, &statement, nullptr)
                == SQLITE_OK) {
                sqlite3_bind_int64(statement, 1, m_newestMessage);
                while (sqlite3_step(statement) == SQLITE_ROW)
                    touched.append(QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
            }
            sqlite3_finalize(statement);
            if (touched.size() > kConversationsTold) {
                Change reload;
                reload.scope = QStringLiteral("history");
                Q_EMIT changed(reload);
            } else {
                for (const QString &conversation : std::as_const(touched)) {
                    Change change;
                    change.kind = Change::Kind::History;
                    change.id = conversation;
                    Q_EMIT changed(change);
                }
            }
        }
    }
    m_newestMessage = newest;
    m_oldestMessage = oldest;
    m_conversations = conversations;
}

} // namespace Hubstate::Core
