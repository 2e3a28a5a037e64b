#include "privacyexport.h"

#include "core/common/atomicfile.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutcodec.h"
#include "core/state/layoutrepository.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <archive.h>
#include <archive_entry.h>

namespace Hubstate::Core {

namespace {

constexpr int kFormatVersion = 1;

QString iso(const QVariant &msecs)
{
    if (msecs.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

// Streams entries into a ZIP through libarchive; sizes need not be known up front.
class ZipSink
{
public:
    explicit ZipSink(int fd)
    {
        m_archive = archive_write_new();
        archive_write_set_format_zip(m_archive);
        m_ok = archive_write_open_fd(m_archive, fd) == ARCHIVE_OK;
    }
    ~ZipSink() { archive_write_free(m_archive); }
    ZipSink(const ZipSink &) = delete;
    ZipSink &operator=(const ZipSink &) = delete;

    bool begin(const QString &name)
    {
        if (!m_ok)
            return false;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0600);
        archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
        m_ok = archive_write_header(m_archive, entry) == ARCHIVE_OK;
        archive_entry_free(entry);
        return m_ok;
    }
    void write(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= 256 * 1024)
            flush();
    }
    bool end()
    {
        flush();
        m_ok = m_ok && archive_write_finish_entry(m_archive) == ARCHIVE_OK;
        return m_ok;
    }
    bool close()
    {
        m_ok = m_ok && archive_write_close(m_archive) == ARCHIVE_OK;
        return m_ok;
    }
    bool ok() const { return m_ok; }
    QString errorText() const { return QString::fromLocal8Bit(archive_error_string(m_archive)); }

private:
    void flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = archive_write_data(m_archive, m_buffer.constData(), size_t(m_buffer.size()))
                == m_buffer.size();
        m_buffer.clear();
    }

    archive *m_archive = nullptr;
    QByteArray m_buffer;
    bool m_ok = false;
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

PrivacyExport::PrivacyExport(const PreferencesStore &store, StateDatabase *database)
    : m_store(store)
    , m_database(database)
{
}

QStringList PrivacyExport::categories()
{
    return {QStringLiteral("settings"), QStringLiteral("layouts"),     QStringLiteral("agents"),
            QStringLiteral("history"),  QStringLiteral("connections"), QStringLiteral("metrics"),
            QStringLiteral("secrets")};
}

QString PrivacyExport::categoryTitle(const QString &category)
{
    if (category == QLatin1String("settings"))
        return tr("Settings");
    if (category == QLatin1String("layouts"))
        return tr("Pane layouts");
    if (category == QLatin1String("agents"))
        return tr("Agent configurations");
    if (category == QLatin1String("history"))
        return tr("Conversations and messages");
    if (category == QLatin1String("connections"))
        return tr("Connection log");
    if (category == QLatin1String("metrics"))
        return tr("Performance metrics");
    if (category == QLatin1String("secrets"))
        return tr("Names of stored secrets (never their values)");
    return category;
}

Status PrivacyExport::checkCategories(const QStringList &categories)
{
    const QStringList known = PrivacyExport::categories();
    for (const QString &category : categories) {
        if (!known.contains(category))
            return Error::invalidInput(tr("\"%1\" is not an export category (%2)")
                                           .arg(category, known.join(QStringLiteral(", "))));
    }
    if (categories.isEmpty())
        return Error::invalidInput(tr("No category chosen to export"));
    return {};
}

namespace {

// Each category writer returns the number of records written, or an error.
struct Writer
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::PrivacyExport)

public:
    const PreferencesStore &store;
    StateDatabase *database;
    ZipSink &zip;
    QList<ExportOmission> &omissions;

    Result<qint64> settings()
    {
        QJsonArray values;
        for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
            const QString item = QStringLiteral("settings/") + definition.key;
            switch (definition.exportRule) {
            case ExportRule::Never:
                omissions.append({item,
                                  tr("its export rule is \"never\" (classification %1)")
                                      .arg(toString(definition.classification))});
                continue;
            case ExportRule::Redact:
                values.append(
                    QJsonObject{{QStringLiteral("key"), definition.key},
                                {QStringLiteral("redacted"), true},
                                {QStringLiteral("modified"), store.isModified(definition.key)}});
                omissions.append({item,
                                  tr("value redacted: its export rule is \"redact\" "
                                     "(classification %1)")
                                      .arg(toString(definition.classification))});
                continue;
            case ExportRule::Include: break;
            }
            values.append(QJsonObject{
                {QStringLiteral("key"), definition.key},
                {QStringLiteral("value"), QJsonValue::fromVariant(store.value(definition.key))},
                {QStringLiteral("source"),
                 PreferencesStore::layerId(store.explain(definition.key).layer)},
                {QStringLiteral("modified"), store.isModified(definition.key)}});
        }
        // Entries the schema does not know are never exported: nobody declared them safe.
        Result<RawSettings> raw = IniFile::read(store.settingsFile());
        if (raw) {
            for (auto it = raw->cbegin(); it != raw->cend(); ++it) {
                const QString key = IniFile::dottedKey(it.key());
                // [meta] is the file's own bookkeeping (its layout version), not a setting.
                if (!SettingsSchema::instance().contains(key)
                    && !key.startsWith(QLatin1String("meta.")))
                    omissions.append({QStringLiteral("settings/") + key,
                                      tr("not a known setting: unknown keys are never exported")});
            }
        }
        zip.write(QJsonDocument(QJsonObject{{QStringLiteral("settings"), values}}).toJson());
        return qint64(values.size());
    }

    Result<qint64> layouts()
    {
        LayoutRepository repository(*database);
        Result<QList<LayoutSummary>> summaries = repository.list();
        if (!summaries)
            return summaries.error();
        zip.write("{\"layouts\": [\n");
        qint64 count = 0;
        for (const LayoutSummary &summary : *summaries) {
            Result<std::optional<Layout>> layout = repository.find(summary.id);
            if (!layout)
                return layout.error();
            if (!layout->has_value())
                continue;
            zip.write((count++ ? ",\n" : "") + compact(LayoutCodec::toJson(**layout)));
        }
        zip.write("\n]}\n");
        return count;
    }

    Result<qint64> agents()
    {
        Result<QList<AgentConfig>> agents = AgentRepository(*database).list();
        if (!agents)
            return agents.error();
        QJsonArray array;
        for (const AgentConfig &agent : *agents) {
            array.append(QJsonObject{{QStringLiteral("id"), agent.id},
                                     {QStringLiteral("name"), agent.name},
                                     {QStringLiteral("kind"), agent.kind},
                                     {QStringLiteral("endpoint"), agent.endpoint},
                                     {QStringLiteral("model"), agent.model},
                                     {QStringLiteral("timeoutMs"), agent.timeoutMs},
                                     {QStringLiteral("retryAttempts"), agent.retryAttempts},
                                     {QStringLiteral("enabled"), agent.enabled},
                                     {QStringLiteral("secretName"), agent.secretName}});
        }
        zip.write(QJsonDocument(QJsonObject{{QStringLiteral("agents"), array}}).toJson());
        return qint64(array.size());
    }

    // Conversations with their messages, one conversation per line, read in one pass. In
    // conversation id order the indexes deliver the rows sorted: no sort of the whole history.
    Result<qint64> history()
    {
        QSqlQuery query(database->connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT c.id, c.agent_id, c.title, c.created_at, m.id, m.role, m.content, "
                "m.timestamp FROM conversations c LEFT JOIN messages m "
                "ON m.conversation_id = c.id ORDER BY c.id, m.timestamp, m.id")))
            return sqlError(tr("Cannot read the history"), query.lastError());
        zip.write("{\"conversations\": [\n");
        QString current;
        qint64 messages = 0;
        qint64 conversations = 0;
        bool firstMessage = true;
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (id != current || conversations == 0) {
                if (conversations > 0)
                    zip.write("]},\n");
                current = id;
                ++conversations;
                QByteArray head =
                    compact(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("agentId"), query.value(1).toString()},
                                        {QStringLiteral("title"), query.value(2).toString()},
                                        {QStringLiteral("createdAt"), iso(query.value(3))}});
                head.chop(1); // the closing brace: the messages follow
                zip.write(head + ",\"messages\":[");
                firstMessage = true;
            }
            if (query.isNull(4))
                continue;
            zip.write((firstMessage ? "" : ",")
                      + compact(QJsonObject{{QStringLiteral("id"), query.value(4).toLongLong()},
                                            {QStringLiteral("role"), query.value(5).toString()},
                                            {QStringLiteral("content"), query.value(6).toString()},
                                            {QStringLiteral("timestamp"), iso(query.value(7))}}));
            firstMessage = false;
            ++messages;
        }
        if (query.lastError().isValid())
            return sqlError(tr("Cannot read the history"), query.lastError());
        zip.write(conversations > 0 ? "]}\n]}\n" : "]}\n");
        return messages;
    }

    Result<qint64> table(const QString &what, const QString &sql, const QStringList &names)
    {
        QSqlQuery query(database->connection());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return sqlError(tr("Cannot read the %1").arg(what), query.lastError());
        zip.write("{\"records\": [\n");
        qint64 count = 0;
        while (query.next()) {
            QJsonObject object;
            for (int i = 0; i < names.size(); ++i) {
                const QString &name = names.at(i);
                object.insert(name,
                              name.endsWith(QLatin1String("At"))
                                      || name == QLatin1String("timestamp")
                                  ? QJsonValue(iso(query.value(i)))
                                  : QJsonValue::fromVariant(query.value(i)));
            }
            zip.write((count++ ? ",\n" : "") + compact(object));
        }
        zip.write("\n]}\n");
        return count;
    }

    Result<qint64> secrets()
    {
        Result<QList<SecretEntry>> entries = SecretIndex(*database).list();
        if (!entries)
            return entries.error();
        QJsonArray array;
        for (const SecretEntry &entry : *entries) {
            array.append(QJsonObject{
                {QStringLiteral("name"), entry.name},
                {QStringLiteral("purpose"), entry.purpose},
                {QStringLiteral("createdAt"), entry.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("updatedAt"), entry.updatedAt.toString(Qt::ISODateWithMs)}});
            omissions.append({QStringLiteral("secrets/") + entry.name,
                              tr("secret values are never exported; only the name is listed")});
        }
        zip.write(QJsonDocument(QJsonObject{{QStringLiteral("secrets"), array}}).toJson());
        return qint64(array.size());
    }

    Result<qint64> category(const QString &id)
    {
        if (id == QLatin1String("settings"))
            return settings();
        if (!database) {
            zip.write("{}\n");
            return qint64(0);
        }
        if (id == QLatin1String("layouts"))
            return layouts();
        if (id == QLatin1String("agents"))
            return agents();
        if (id == QLatin1String("history"))
            return history();
        if (id == QLatin1String("connections"))
            return table(tr("connection log"),
                         QStringLiteral("SELECT agent_id, endpoint, started_at, ended_at, outcome, "
                                        "error FROM connection_log ORDER BY started_at, id"),
                         {QStringLiteral("agentId"), QStringLiteral("endpoint"),
                          QStringLiteral("startedAt"), QStringLiteral("endedAt"),
                          QStringLiteral("outcome"), QStringLiteral("error")});
        if (id == QLatin1String("metrics"))
            return table(tr("performance metrics"),
                         QStringLiteral("SELECT name, value, unit, timestamp FROM metrics "
                                        "ORDER BY timestamp, id"),
                         {QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("unit"),
                          QStringLiteral("timestamp")});
        return secrets();
    }
};

QByteArray summaryText(const PrivacyExportReport &report, const QDateTime &createdAt)
{
    QString text = PrivacyExport::tr("# Your Hubstate data\n\nExported %1 (UTC).\n\n")
                       .arg(createdAt.toString(Qt::ISODate));
    text += PrivacyExport::tr("## What is in this file\n\n");
    for (const QString &category : report.categories) {
        text += PrivacyExport::tr("- %1 (`%2.json`): %3 records\n")
                    .arg(PrivacyExport::categoryTitle(category), category)
                    .arg(report.counts.value(category));
    }
    text += PrivacyExport::tr("\n## What was left out, and why\n\n");
    for (const ExportOmission &omission : report.omissions)
        text += QStringLiteral("- %1: %2\n").arg(omission.item, omission.reason);
    text += PrivacyExport::tr(
        "\nNo secret value (API key, token, password, backup key) is ever part of an export.\n"
        "Hubstate sends nothing anywhere: this file exists only where you saved it.\n");
    return text.toUtf8();
}

} // namespace

Result<PrivacyExportReport> PrivacyExport::write(const QString &file,
                                                 const QStringList &categories) const
{
    if (Status checked = checkCategories(categories); !checked)
        return checked.error();
    const QFileInfo target(file);
    if (!QDir().mkpath(target.absolutePath()))
        return Error::operationFailed(tr("Cannot create the folder %1").arg(target.absolutePath()));

    // Personal data: the temporary file is private (0600) and replaces the target only whole.
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                             + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return Error::operationFailed(
            tr("Cannot write %1: %2").arg(target.absoluteFilePath(), temporary.errorString()));

    PrivacyExportReport report;
    report.file = target.absoluteFilePath();
    const QDateTime createdAt = QDateTime::currentDateTimeUtc();
    ZipSink zip(temporary.handle());
    Writer writer{m_store, m_database, zip, report.omissions};
    for (const QString &category : PrivacyExport::categories()) {
        if (!categories.contains(category)) {
            report.omissions.append({category, tr("category not chosen for this export")});
            continue;
        }
        if (!zip.begin(category + QStringLiteral(".json")))
            break;
        Result<qint64> count = writer.category(category);
        if (!count)
            return count.error();
        if (!zip.end())
            break;
        report.categories.append(category);
        report.counts.insert(category, *count);
    }
    report.omissions.append(
        {QStringLiteral("keychain"),
         tr("secret values (API keys, tokens, passwords, the backup key) are never exported")});
    report.omissions.append(
        {QStringLiteral("backups"), tr("backups are copies of the data above and not exported")});

    QJsonArray written;
    for (const QString &category : std::as_const(report.categories)) {
        written.append(
            QJsonObject{{QStringLiteral("id"), category},
                        {QStringLiteral("file"), QString(category + QStringLiteral(".json"))},
                        {QStringLiteral("records"), report.counts.value(category)}});
    }
    QJsonArray leftOut;
    for (const ExportOmission &omission : std::as_const(report.omissions)) {
        leftOut.append(QJsonObject{{QStringLiteral("item"), omission.item},
                                   {QStringLiteral("reason"), omission.reason}});
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("hubstate-privacy-export")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("categories"), written},
        {QStringLiteral("leftOut"), leftOut}};
    if (zip.begin(QStringLiteral("manifest.json"))) {
        zip.write(QJsonDocument(manifest).toJson());
        zip.end();
    }
    if (zip.begin(QStringLiteral("summary.md"))) {
        zip.write(summaryText(report, createdAt));
        zip.end();
    }
    if (!zip.close())
        return Error::operationFailed(tr("Cannot write %1").arg(report.file), zip.errorText());
    if (!temporary.flush())
        return Error::operationFailed(
            tr("Cannot write %1: %2").arg(report.file, temporary.errorString()));
    if (Status synced = AtomicFile::sync(temporary.fileName()); !synced)
        return synced.error();
    if (Status replaced = AtomicFile::replace(temporary.fileName(), report.file); !replaced)
        return replaced.error();
    temporary.setAutoRemove(false);
    return report;
}

} // namespace Hubstate::Core
