#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Hubstate::Core {

// What a backup holds, written as its last archive entry (MANIFEST.json) once every other
// entry's hash is known. docs/backup-format.md describes it field by field.
struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::BackupManifest)

public:
    static constexpr int currentFormatVersion = 1;
    static QString entryName() { return QStringLiteral("MANIFEST.json"); }
    // The archive's entries.
    static QString databaseEntry() { return QStringLiteral("database.sqlite"); }
    static QString settingsEntry() { return QStringLiteral("settings.ini"); }
    static QString secretsEntry() { return QStringLiteral("secrets.json"); }

    struct Entry
    {
        QString name;
        qint64 size = 0;
        QByteArray sha256; // raw bytes
    };

    // Who vouches for what the manifest says. Set by BackupReader from how the file was
    // opened, never read from the file: a claim in a file is only as good as its key.
    enum class Provenance {
        Plain, // no key at all: anyone could have written it
        Password, // an encrypted container opened with a password the user gave
        ProfileKey, // an encrypted container opened with this profile's backup master key
    };
    // More entries than any Hubstate backup lists; a manifest over it is refused unread.
    static constexpr int entryLimit = 64;

    int formatVersion = currentFormatVersion;
    QString appVersion;
    QDateTime createdAt; // UTC
    int databaseVersion = 0; // PRAGMA user_version of the snapshot
    int settingsVersion = 0; // the settings file's version
    QMap<QString, qint64> counts; // layouts, agents, conversations, messages, secrets
    // The checks the snapshot passed when the backup was made ("integrity_check",
    // "foreign_key_check"): a restore that finds the same bytes (by SHA-256) need not repeat
    // them.
    QStringList databaseChecks;
    bool encrypted = false;
    bool includesSecrets = false;
    QList<Entry> entries;
    Provenance provenance = Provenance::Plain;

    // A key vouches for the claims (checks passed, secrets held): the container is authentic.
    bool isAuthenticated() const { return provenance != Provenance::Plain; }

    const Entry *entry(const QString &name) const;

    QByteArray toJson() const;
    // Every rule broken is named with its JSON path; `source` names the backup file.
    [[nodiscard]] static Result<BackupManifest> fromJson(const QByteArray &json,
                                                         const QString &source);
    // Entry names are plain file names: no folders, no "..", nothing a tar could misuse.
    static bool isSafeEntryName(const QString &name);
};

} // namespace Hubstate::Core
