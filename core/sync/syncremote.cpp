#include "syncremote.h"

#include "core/backup/webdavclient.h"
#include "core/common/privatefiles.h"
#include "core/common/jsonnumbers.h"
#include "core/common/strictjson.h"
#include "core/crypto/primitives.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Hubstate::Core {

namespace {

const QByteArray blobMagic("HSYNC\x01", 6);
const QByteArray checkText("hubstate sync store");

QString kdfName(KdfParameters::Algorithm algorithm)
{
    return algorithm == KdfParameters::Algorithm::Argon2id ? QStringLiteral("argon2id")
                                                           : QStringLiteral("pbkdf2-sha256");
}

QByteArray associatedData(const QString &storeId, const QString &name)
{
    return QByteArrayLiteral("hubstate-sync-v1") + '\0' + storeId.toLatin1() + '\0'
        + name.toUtf8();
}

} // namespace

QByteArray SyncStoreHeader::toJson() const
{
    QJsonObject kdfObject{{QStringLiteral("algorithm"), kdfName(kdf.algorithm)}};
    if (kdf.algorithm == KdfParameters::Algorithm::Argon2id) {
        kdfObject.insert(QStringLiteral("memoryKiB"), double(kdf.p1));
        kdfObject.insert(QStringLiteral("passes"), double(kdf.p2));
        kdfObject.insert(QStringLiteral("lanes"), double(kdf.p3));
    } else {
        kdfObject.insert(QStringLiteral("iterations"), double(kdf.p1));
    }
    const QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("hubstate-sync")},
        {QStringLiteral("version"), format},
        {QStringLiteral("store"), storeId},
        {QStringLiteral("kdf"), kdfObject},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("check"), QString::fromLatin1(check.toBase64())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<SyncStoreHeader> SyncStoreHeader::parse(const QByteArray &json, const QString &source)
{
    StrictJson reader(source, SyncRemote::maxHeaderBytes, ErrorCode::Damaged);
    Result<QJsonObject> read =
        reader.readObject(json, QCoreApplication::translate("Hubstate::Core::SyncRemote",
                                                            "a sync store header is an object"));
    if (!read)
        return read.error();
    const QJsonObject object = *read;
    auto damaged = [&](const QString &rule) {
        return Error::damaged(
            QCoreApplication::translate("Hubstate::Core::SyncRemote", "%1: %2").arg(source, rule));
    };
    auto rule = [](const char *text) {
        return QCoreApplication::translate("Hubstate::Core::SyncRemote", text);
    };
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("hubstate-sync"))
        return damaged(rule("not a Hubstate sync store (\"format\" is not \"hubstate-sync\")"));
    const std::optional<qint64> version = wholeNumber(object.value(QStringLiteral("version")));
    if (!version || *version < 1)
        return damaged(rule("\"version\" must be a positive whole number"));
    if (*version > currentFormat) {
        return Error::invalidInput(
            QCoreApplication::translate("Hubstate::Core::SyncRemote",
                                        "%1: the sync store has format %2, newer than this "
                                        "Hubstate reads (%3); update Hubstate on this device")
                .arg(source)
                .arg(*version)
                .arg(currentFormat));
    }
    SyncStoreHeader header;
    header.format = int(*version);
    header.storeId = object.value(QStringLiteral("store")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f]{16}$"));
    if (!idPattern.match(header.storeId).hasMatch())
        return damaged(rule("\"store\" must be 16 hexadecimal digits"));
    const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
    const QString algorithm = kdf.value(QStringLiteral("algorithm")).toString();
    auto number = [&](const char *key) -> std::optional<quint32> {
        const std::optional<qint64> value = wholeNumber(kdf.value(QLatin1String(key)));
        if (!value || *value < 1 || *value > 0xffffffffLL)
            return std::nullopt;
        return quint32(*value);
    };
    if (algorithm == QLatin1String("argon2id")) {
        const auto memory = number("memoryKiB");
        const auto passes = number("passes");
        const auto lanes = number("lanes");
        if (!memory || !passes || !lanes)
            return damaged(rule("\"kdf\" needs whole numbers memoryKiB, passes and lanes"));
        header.kdf = KdfParameters::argon2id(*memory, *passes, *lanes);
    } else if (algorithm == QLatin1String("pbkdf2-sha256")) {
        const auto iterations = number("iterations");
        if (!iterations)
            return damaged(rule("\"kdf\" needs a whole number of iterations"));
        header.kdf = KdfParameters::pbkdf2(*iterations);
    } else {
        return damaged(rule("\"kdf.algorithm\" must be argon2id or pbkdf2-sha256"));
    }
    if (Status bounded = PasswordKey::checkForReading(header.kdf); !bounded)
        return damaged(bounded.error().message);
    const auto base64 = [&](const char *key) -> std::optional<QByteArray> {
        const QByteArray text = object.value(QLatin1String(key)).toString().toLatin1();
        QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || text.isEmpty())
            return std::nullopt;
        return *decoded;
    };
    const std::optional<QByteArray> salt = base64("salt");
    const std::optional<QByteArray> check = base64("check");
    if (!salt || salt->size() < 16 || salt->size() > 64)
        return damaged(rule("\"salt\" must be 16 to 64 bytes in base64"));
    if (!check || check->size() != Crypto::gcmNonceSize + checkText.size() + Crypto::gcmTagSize)
        return damaged(rule("\"check\" has the wrong size"));
    header.salt = *salt;
    header.check = *check;
    return header;
}

SyncVault::SyncVault(QByteArray rootKey, QString storeId)
    : m_rootKey(std::move(rootKey))
    , m_storeId(std::move(storeId))
{
    const QByteArray salt = m_storeId.toLatin1();
    // HKDF fails only on a broken OpenSSL; empty keys then make every seal and open fail.
    if (Result<QByteArray> key =
            Crypto::hkdfSha256(m_rootKey, salt, "hubstate sync blobs v1", Crypto::keySize))
        m_blobKey = *key;
    if (Result<QByteArray> key =
            Crypto::hkdfSha256(m_rootKey, salt, "hubstate sync local v1", Crypto::keySize))
        m_localKey = *key;
}

SyncVault::~SyncVault()
{
    Crypto::wipe(m_rootKey);
    Crypto::wipe(m_blobKey);
    Crypto::wipe(m_localKey);
}

Result<QByteArray> SyncVault::deriveRootKey(const QString &passphrase,
                                            const SyncStoreHeader &header)
{
    return PasswordKey::derive(passphrase, header.salt, header.kdf);
}

Result<QByteArray> SyncVault::makeCheck() const
{
    const QByteArray nonce = Crypto::randomBytes(Crypto::gcmNonceSize);
    Result<QByteArray> sealed = Crypto::aesGcmEncrypt(
        m_blobKey, nonce, associatedData(m_storeId, QStringLiteral("check")), checkText);
    if (!sealed)
        return sealed.error();
    return QByteArray(nonce + *sealed);
}

Status SyncVault::verify(const SyncStoreHeader &header) const
{
    Result<QByteArray> opened = Crypto::aesGcmDecrypt(
        m_blobKey, header.check.left(Crypto::gcmNonceSize),
        associatedData(m_storeId, QStringLiteral("check")), header.check.mid(Crypto::gcmNonceSize));
    if (!opened || *opened != checkText)
        return Error{ErrorCode::WrongPassword,
                     tr("The sync passphrase is wrong for this sync store"), {}};
    return {};
}

Result<QByteArray> SyncVault::seal(const QString &name, const QByteArray &plain) const
{
    const QByteArray nonce = Crypto::randomBytes(Crypto::gcmNonceSize);
    Result<QByteArray> sealed =
        Crypto::aesGcmEncrypt(m_blobKey, nonce, associatedData(m_storeId, name), plain);
    if (!sealed)
        return sealed.error();
    return QByteArray(blobMagic + nonce + *sealed);
}

Result<QByteArray> SyncVault::open(const QString &name, const QByteArray &sealed,
                                   const QString &source) const
{
    if (!sealed.startsWith(blobMagic)
        || sealed.size() < blobMagic.size() + Crypto::gcmNonceSize + Crypto::gcmTagSize) {
        return Error::damaged(tr("%1: not a sealed sync file (damaged or replaced)").arg(source));
    }
    Result<QByteArray> opened = Crypto::aesGcmDecrypt(
        m_blobKey, sealed.mid(blobMagic.size(), Crypto::gcmNonceSize),
        associatedData(m_storeId, name), sealed.mid(blobMagic.size() + Crypto::gcmNonceSize));
    if (!opened)
        return Error::damaged(
            tr("%1: does not authenticate: it was changed, cut short or written by another "
               "store, and is not used")
                .arg(source));
    return opened;
}

Result<QByteArray> SyncVault::sealLocal(const QByteArray &plain) const
{
    const QByteArray nonce = Crypto::randomBytes(Crypto::gcmNonceSize);
    Result<QByteArray> sealed = Crypto::aesGcmEncrypt(m_localKey, nonce, "local", plain);
    if (!sealed)
        return sealed.error();
    return QByteArray(nonce + *sealed);
}

Result<QByteArray> SyncVault::openLocal(const QByteArray &sealed) const
{
    return Crypto::aesGcmDecrypt(m_localKey, sealed.left(Crypto::gcmNonceSize), "local",
                                 sealed.mid(Crypto::gcmNonceSize));
}

QByteArray SyncVault::mac(const QByteArray &data) const
{
    return Crypto::hmacSha256(m_localKey, data);
}

QString SyncRemote::fileName(const QString &device, FileType type, qint64 number)
{
    const char *kind = type == FileType::Segment ? "seg"
        : type == FileType::Snapshot             ? "snap"
                                                 : "info";
    return QStringLiteral("d-%1-%2-%3.hsync")
        .arg(device, QLatin1String(kind))
        .arg(number, 10, 10, QLatin1Char('0'));
}

SyncRemote::SyncRemote(std::unique_ptr<Destination> destination, QString scratchFolder)
    : m_destination(std::move(destination))
    , m_scratch(std::move(scratchFolder))
{
    m_destination->setFileKind(Destination::FileKind::Sync);
}

SyncRemote::~SyncRemote() = default;

Result<std::unique_ptr<SyncRemote>> SyncRemote::open(const QString &spec,
                                                    const SecretStore *secrets,
                                                    const PreferencesStore *settings,
                                                    const QString &scratchFolder,
                                                    const WebDavRetryPolicy &retry)
{
    Result<std::unique_ptr<Destination>> destination =
        openDestination(spec, secrets, settings, &retry);
    if (!destination)
        return destination.error();
    return std::make_unique<SyncRemote>(std::move(destination).value(), scratchFolder);
}

QString SyncRemote::displayName() const
{
    return m_destination->displayName();
}

Status SyncRemote::prepare()
{
    ++m_requests;
    return m_destination->testConnection();
}

Result<SyncRemote::Listing> SyncRemote::list()
{
    ++m_requests;
    Result<QList<Destination::Entry>> entries = m_destination->list();
    if (!entries)
        return entries.error();
    static const QRegularExpression pattern(
        QStringLiteral("^d-([0-9a-f]{16})-(seg|snap|info)-([0-9]{10})\\.hsync$"));
    Listing listing;
    for (const Destination::Entry &entry : std::as_const(*entries)) {
        if (entry.name == headerName()) {
            listing.hasHeader = true;
            continue;
        }
        const QRegularExpressionMatch match = pattern.match(entry.name);
        if (!match.hasMatch())
            continue; // not ours: a temporary file, or a later version's
        DeviceFiles &files = listing.devices[match.captured(1)];
        const qint64 number = match.captured(3).toLongLong();
        const QString kind = match.captured(2);
        (kind == QLatin1String("seg")    ? files.segments
         : kind == QLatin1String("snap") ? files.snapshots
                                         : files.infos)
            .insert(number, entry.size);
    }
    return listing;
}

Result<QByteArray> SyncRemote::get(const QString &name, qint64 listedSize, qint64 maxSize)
{
    const QString where = m_destination->displayNameOf(name);
    if (listedSize > maxSize) {
        return Error::damaged(tr("%1 is %2 bytes, more than a sync file may have (%3)")
                                  .arg(where)
                                  .arg(listedSize)
                                  .arg(maxSize));
    }
    if (!PrivateFiles::makePath(m_scratch))
        return Error::operationFailed(tr("Cannot create the folder %1").arg(m_scratch));
    const QString local = m_scratch + QStringLiteral("/fetch-")
        + QString::number(QRandomGenerator::system()->generate64(), 36);
    ++m_requests;
    qint64 seen = 0;
    Status fetched = m_destination->fetch(name, local, [&](qint64 done, qint64) {
        seen = done;
        return done <= maxSize;
    });
    if (!fetched) {
        QFile::remove(local);
        if (seen > maxSize)
            return Error::damaged(
                tr("%1 is larger than a sync file may be (%2 bytes)").arg(where).arg(maxSize));
        return fetched.error();
    }
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly)) {
        QFile::remove(local);
        return Error::operationFailed(tr("Cannot read %1: %2").arg(local, file.errorString()));
    }
    QByteArray data = file.read(maxSize + 1);
    file.close();
    QFile::remove(local);
    if (data.size() > maxSize)
        return Error::damaged(
            tr("%1 is larger than a sync file may be (%2 bytes)").arg(where).arg(maxSize));
    m_bytesReceived += data.size();
    return data;
}

Status SyncRemote::put(const QString &name, const QByteArray &data)
{
    if (!PrivateFiles::makePath(m_scratch))
        return Error::operationFailed(tr("Cannot create the folder %1").arg(m_scratch));
    const QString local = m_scratch + QStringLiteral("/put-")
        + QString::number(QRandomGenerator::system()->generate64(), 36);
    {
        QFile file(local);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || file.write(data) != data.size() || !file.flush()) {
            QFile::remove(local);
            return Error::operationFailed(
                tr("Cannot write %1: %2").arg(local, file.errorString()));
        }
        PrivateFiles::restrict(file.handle());
    }
    ++m_requests;
    Status stored = m_destination->store(local, name, Crypto::sha256(data));
    QFile::remove(local);
    if (stored)
        m_bytesSent += data.size();
    return stored;
}

Status SyncRemote::remove(const QString &name)
{
    ++m_requests;
    return m_destination->remove(name);
}

} // namespace Hubstate::Core
