#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Hubstate::Core {

// How a password becomes a key-encryption key (docs/backup-format.md, "Keys").
struct KdfParameters
{
    enum class Algorithm : quint8 { Argon2id = 1, Pbkdf2Sha256 = 2 };

    Algorithm algorithm = Algorithm::Argon2id;
    quint32 p1 = 64 * 1024; // Argon2id: memory in KiB; PBKDF2: iterations
    quint32 p2 = 3; // Argon2id: passes
    quint32 p3 = 1; // Argon2id: lanes

    static KdfParameters argon2id(quint32 memoryKiB, quint32 passes, quint32 lanes = 1);
    static KdfParameters pbkdf2(quint32 iterations);
};

class PasswordKey
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::PasswordKey)

public:
    // Argon2id at 64 MiB and at least 3 passes, with passes added until one derivation takes
    // about `target` on this machine (capped at the read bounds).
    static KdfParameters calibrate(int targetMilliseconds = 500);
    // The same for `algorithm`: PBKDF2-SHA256 from 600,000 iterations up.
    static KdfParameters calibrate(KdfParameters::Algorithm algorithm, int targetMilliseconds = 500);
    // The algorithm security.keyDerivation names ("argon2id", "pbkdf2-sha256"); Argon2id for
    // anything else, the stronger one.
    static KdfParameters::Algorithm algorithmNamed(const QString &name);

    // The floors for writing: Argon2id at least 64 MiB and 3 passes, PBKDF2 at least 600,000.
    [[nodiscard]] static Status checkForWriting(const KdfParameters &parameters);
    // The bounds for reading, checked before any work: no memory bomb from a hostile file.
    [[nodiscard]] static Status checkForReading(const KdfParameters &parameters);

    // NFC-normalises the password, then derives 32 bytes.
    [[nodiscard]] static Result<QByteArray> derive(const QString &password, const QByteArray &salt,
                                                   const KdfParameters &parameters);
};

} // namespace Hubstate::Core
