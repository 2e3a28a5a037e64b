#include "passwordkey.h"

#include "primitives.h"

#include <QElapsedTimer>

namespace Hubstate::Core {

namespace {
constexpr quint32 kArgonMinMemoryKiB = 64 * 1024;
constexpr quint32 kArgonMinPasses = 3;
constexpr quint32 kArgonMaxMemoryKiB = 1024 * 1024;
constexpr quint32 kArgonMaxPasses = 20;
constexpr quint32 kArgonMaxLanes = 8;
constexpr quint32 kPbkdf2WriteMinimum = 600000;
constexpr quint32 kPbkdf2ReadMinimum = 100000;
constexpr quint32 kPbkdf2ReadMaximum = 10000000;
} // namespace

KdfParameters KdfParameters::argon2id(quint32 memoryKiB, quint32 passes, quint32 lanes)
{
    return {Algorithm::Argon2id, memoryKiB, passes, lanes};
}

KdfParameters KdfParameters::pbkdf2(quint32 iterations)
{
    return {Algorithm::Pbkdf2Sha256, iterations, 0, 0};
}

KdfParameters PasswordKey::calibrate(int targetMilliseconds)
{
    return calibrate(KdfParameters::Algorithm::Argon2id, targetMilliseconds);
}

KdfParameters::Algorithm PasswordKey::algorithmNamed(const QString &name)
{
    return name == QLatin1String("pbkdf2-sha256") ? KdfParameters::Algorithm::Pbkdf2Sha256
                                                  : KdfParameters::Algorithm::Argon2id;
}

KdfParameters PasswordKey::calibrate(KdfParameters::Algorithm algorithm, int targetMilliseconds)
{
    if (algorithm == KdfParameters::Algorithm::Pbkdf2Sha256) {
        KdfParameters parameters = KdfParameters::pbkdf2(kPbkdf2WriteMinimum);
        QElapsedTimer timer;
        timer.start();
        if (!Crypto::pbkdf2Sha256("calibration", Crypto::randomBytes(32), parameters.p1, 32))
            return parameters;
        const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
        // Time grows linearly with the iterations.
        const qint64 iterations = qint64(parameters.p1) * targetMilliseconds / elapsed;
        parameters.p1 = quint32(
            std::clamp<qint64>(iterations, kPbkdf2WriteMinimum, kPbkdf2ReadMaximum));
        return parameters;
    }
    KdfParameters parameters = KdfParameters::argon2id(kArgonMinMemoryKiB, kArgonMinPasses, 1);
    const QByteArray salt = Crypto::randomBytes(32);
    QElapsedTimer timer;
    timer.start();
    if (!Crypto::argon2id("calibration", salt, parameters.p1, parameters.p2, parameters.p3, 32))
        return parameters;
    const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
    // Time grows linearly with passes at a fixed memory size.
    const qint64 passes = parameters.p2 * targetMilliseconds / elapsed;
    parameters.p2 = quint32(std::clamp<qint64>(passes, kArgonMinPasses, kArgonMaxPasses));
    return parameters;
}

Status PasswordKey::checkForWriting(const KdfParameters &parameters)
{
    if (parameters.algorithm == KdfParameters::Algorithm::Argon2id
        && (parameters.p1 < kArgonMinMemoryKiB || parameters.p2 < kArgonMinPasses)) {
        return Error::invalidInput(tr("Argon2id needs at least 64 MiB and 3 passes"));
    }
    if (parameters.algorithm == KdfParameters::Algorithm::Pbkdf2Sha256
        && parameters.p1 < kPbkdf2WriteMinimum) {
        return Error::invalidInput(tr("PBKDF2 needs at least 600,000 iterations"));
    }
    return checkForReading(parameters);
}

Status PasswordKey::checkForReading(const KdfParameters &parameters)
{
    switch (parameters.algorithm) {
    case KdfParameters::Algorithm::Argon2id:
        if (parameters.p1 < 8 * parameters.p3 || parameters.p1 > kArgonMaxMemoryKiB
            || parameters.p2 < 1 || parameters.p2 > kArgonMaxPasses || parameters.p3 < 1
            || parameters.p3 > kArgonMaxLanes) {
            return Error::damaged(tr("Argon2id parameters out of bounds (memory %1 KiB, %2 passes, "
                                     "%3 lanes; at most 1 GiB, 20 passes, 8 lanes)")
                                      .arg(parameters.p1)
                                      .arg(parameters.p2)
                                      .arg(parameters.p3),
                                  QStringLiteral("hostile-parameters"));
        }
        return {};
    case KdfParameters::Algorithm::Pbkdf2Sha256:
        if (parameters.p1 < kPbkdf2ReadMinimum || parameters.p1 > kPbkdf2ReadMaximum
            || parameters.p2 != 0 || parameters.p3 != 0) {
            return Error::damaged(tr("PBKDF2 parameters out of bounds (%1 iterations; 100,000 to "
                                     "10,000,000)")
                                      .arg(parameters.p1),
                                  QStringLiteral("hostile-parameters"));
        }
        return {};
    }
    return Error::damaged(tr("unknown key derivation %1").arg(int(parameters.algorithm)),
                          QStringLiteral("hostile-parameters"));
}

Result<QByteArray> PasswordKey::derive(const QString &password, const QByteArray &salt,
                                       const KdfParameters &parameters)
{
    if (Status allowed = checkForReading(parameters); !allowed)
        return allowed.error();
    // Normalising may copy the password: that copy is wiped too (a shared one is the caller's).
    QString form = password.normalized(QString::NormalizationForm_C);
    QByteArray normalized = form.toUtf8();
    Crypto::wipe(form);
    Result<QByteArray> key = parameters.algorithm == KdfParameters::Algorithm::Argon2id
        ? Crypto::argon2id(normalized, salt, parameters.p1, parameters.p2, parameters.p3,
                           Crypto::keySize)
        : Crypto::pbkdf2Sha256(normalized, salt, parameters.p1, Crypto::keySize);
    Crypto::wipe(normalized);
    return key;
}

} // namespace Hubstate::Core
