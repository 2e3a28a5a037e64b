#pragma once

#include "core/backup/destinationlist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hubstate::Ui {

// A destination's location as the destination dialog asks for it, a field at a time: a folder;
// a WebDAV folder's address and user name; an S3 endpoint, region, bucket, prefix, addressing
// style and access key id. It puts the location together in the form the core reads
// (s3://KEYID@ENDPOINT/BUCKET/PREFIX/?region=R&style=S, docs/admin-backup.md), takes one apart
// again, and says what is wrong with a field by the core's own rules. The secret is never
// part of it.
class DestinationAddress
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Ui::DestinationAddress)

public:
    enum class Field {
        Folder,
        WebDavUrl,
        WebDavUser,
        S3Endpoint,
        S3Region,
        S3Bucket,
        S3Prefix,
        S3Style,
        S3KeyId,
    };
    enum class Style { Automatic, Path, Virtual };
    struct Problem
    {
        Field field;
        QString message; // names the rule
        bool missing = false; // a required field left empty (said once the user got to it)
    };

    Core::BackupDestination::Kind kind = Core::BackupDestination::Kind::Folder;
    QString folder;
    QString webDavUrl; // https://dav.example.org/backups/, the user in webDavUser
    QString webDavUser;
    QString s3Endpoint; // https://s3.example.com, http://127.0.0.1:9000
    QString s3Region; // empty: the endpoint's (AWS) or us-east-1
    QString s3Bucket;
    QString s3Prefix; // a folder in the bucket; slashes at its ends are left out
    Style s3Style = Style::Automatic; // Automatic: virtual-hosted for AWS, path for others
    QString s3KeyId;

    // The fields of a location as backup.destinations holds it (one the core would refuse
    // too, so that it can be put right).
    static DestinationAddress fromLocation(const QString &location);

    // The location the fields make, as backup.destinations holds it.
    QString location() const;
    // What is wrong with the fields, each problem with the field it is about; empty when the
    // location is sound by the rules of backup.destinations and of its kind.
    QList<Problem> problems() const;
    // The keychain entry of the destination's secret: the WebDAV user's password, the S3 secret
    // access key. Empty for a folder, a WebDAV folder without a user, or fields with problems.
    QString secretName() const;
    // Why the secret would not be sent (plain http:// to another machine without
    // backup.allowInsecureHttp); empty when it would be.
    QString insecureWarning(bool allowInsecureHttp) const;

    // The rule of a backup.destinations message (what follows `entry ("name").member: `), and
    // the member it is about ("name", "location", "retention"...); the whole message and an
    // empty member when it is not of that form.
    static QString ruleOf(const QString &message, QString *member = nullptr);

private:
    QString s3Location(const QString &keyId, const QString &endpoint, const QString &bucket,
                       const QString &prefix, const QString &region) const;
    QList<Problem> s3Problems() const;
};

} // namespace Hubstate::Ui
