#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

// Thin, checked wrappers over OpenSSL 3 and libargon2: the only place that calls them.
namespace Hubstate::Core::Crypto {

constexpr int keySize = 32;
constexpr int gcmNonceSize = 12;
constexpr int gcmTagSize = 16;

QByteArray randomBytes(int size);

// SHA-256 over data that arrives in pieces, through OpenSSL (which uses the CPU's SHA
// instructions; QCryptographicHash does not, and is several times slower).
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream &) = delete;
    Sha256Stream &operator=(const Sha256Stream &) = delete;
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result(); // finishes the stream

private:
    ::evp_md_ctx_st *m_context;
};

QByteArray sha256(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
bool constantTimeEqual(const QByteArray &a, const QByteArray &b);
// Overwrites a buffer that held key material.
void wipe(QByteArray &bytes);
// Overwrites the UTF-16 buffer of a string that held a password, in place and over its whole
// capacity, then empties it (keeping the buffer, now zeros). A shared buffer is left to its
// last holder: writing through data() would detach and cleanse only a fresh copy. Literals
// and raw data are never written to.
void wipe(QString &text);

[[nodiscard]] Result<QByteArray> hkdfSha256(const QByteArray &key, const QByteArray &salt,
                                            const QByteArray &info, int length);
[[nodiscard]] Result<QByteArray> pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                              quint32 iterations, int length);
// Argon2id version 0x13; `secret` and `associatedData` may be empty (RFC 9106's K and X).
[[nodiscard]] Result<QByteArray> argon2id(const QByteArray &password, const QByteArray &salt,
                                          quint32 memoryKiB, quint32 passes, quint32 lanes,
                                          int length, const QByteArray &secret = {},
                                          const QByteArray &associatedData = {});

// AES-256-GCM with a 96-bit nonce: ciphertext || 16-byte tag.
[[nodiscard]] Result<QByteArray> aesGcmEncrypt(const QByteArray &key, const QByteArray &nonce,
                                               const QByteArray &aad, const QByteArray &plaintext);
// The same, appending ciphertext || tag to `out` (no intermediate copies on the hot path).
[[nodiscard]] Status aesGcmEncryptAppend(const QByteArray &key, const QByteArray &nonce,
                                         const QByteArray &aad, const char *plaintext,
                                         qsizetype size, QByteArray &out);
// Fails (Error::damaged) when the tag does not verify; nothing is returned then.
[[nodiscard]] Result<QByteArray> aesGcmDecrypt(const QByteArray &key, const QByteArray &nonce,
                                               const QByteArray &aad,
                                               const QByteArray &ciphertextAndTag);

} // namespace Hubstate::Core::Crypto
