#include "primitives.h"

#include <QCoreApplication>
#include <argon2.h>
#include <limits>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace Hubstate::Core::Crypto {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hubstate::Core::Crypto", text);
}

Error opensslError(const QString &what)
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return Error::operationFailed(what, QString::fromLatin1(buffer));
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

QByteArray randomBytes(int size)
{
    QByteArray result(size, Qt::Uninitialized);
    if (RAND_bytes(bytes(result), size) != 1)
        qFatal("The system's random number generator failed"); // never continue without it
    return result;
}

Sha256Stream::Sha256Stream()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot start SHA-256");
}

Sha256Stream::~Sha256Stream()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256Stream::addData(const char *data, qsizetype size)
{
    if (EVP_DigestUpdate(m_context, data, size_t(size)) != 1)
        qFatal("OpenSSL SHA-256 failed");
}

QByteArray Sha256Stream::result()
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context, bytes(digest), &length) != 1)
        qFatal("OpenSSL SHA-256 failed");
    return digest;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    if (!SHA256(bytes(data), size_t(data.size()), bytes(digest)))
        qFatal("OpenSSL SHA-256 failed");
    return digest;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int length = 32;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), bytes(data), size_t(data.size()),
              bytes(mac), &length))
        qFatal("OpenSSL HMAC-SHA256 failed");
    return mac;
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

void wipe(QByteArray &bytes)
{
    // data() would detach a shared buffer and cleanse the copy: overwrite the buffer itself,
    // and only when nobody else still holds it (the last holder wipes).
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached() && text.capacity() > 0) {
        // Earlier, longer contents may lie beyond size(), before data() too after a remove().
        QStringPrivate &d = text.data_ptr();
        char16_t *allocation = d.data() - d.freeSpaceAtBegin();
        OPENSSL_cleanse(allocation, size_t(d.constAllocatedCapacity()) * sizeof(char16_t));
    }
    if (text.isDetached())
        text.resize(0);
    else
        text.clear();
}

Result<QByteArray> hkdfSha256(const QByteArray &key, const QByteArray &salt, const QByteArray &info,
                              int length)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> context(
        kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr, &EVP_KDF_CTX_free);
    if (!context)
        return opensslError(tr("HKDF is not available"));
    char digest[] = "SHA256";
    OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(key.constData()),
                                          size_t(key.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.constData()),
                                          size_t(info.size())),
        OSSL_PARAM_construct_end()};
    QByteArray output(length, Qt::Uninitialized);
    if (EVP_KDF_derive(context.get(), bytes(output), size_t(length), parameters) != 1)
        return opensslError(tr("HKDF failed"));
    return output;
}

Result<QByteArray> pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                quint32 iterations, int length)
{
    QByteArray output(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), bytes(salt), int(salt.size()),
                          int(iterations), EVP_sha256(), length, bytes(output))
        != 1)
        return opensslError(tr("PBKDF2 failed"));
    return output;
}

Result<QByteArray> argon2id(const QByteArray &password, const QByteArray &salt, quint32 memoryKiB,
                            quint32 passes, quint32 lanes, int length, const QByteArray &secret,
                            const QByteArray &associatedData)
{
    QByteArray output(length, Qt::Uninitialized);
    QByteArray passwordCopy = password; // argon2_ctx may clear what it is given
    argon2_context context{};
    context.out = bytes(output);
    context.outlen = uint32_t(length);
    context.pwd = passwordCopy.isEmpty() ? nullptr : bytes(passwordCopy);
    context.pwdlen = uint32_t(passwordCopy.size());
    context.salt = const_cast<uint8_t *>(bytes(salt));
    context.saltlen = uint32_t(salt.size());
    QByteArray secretCopy = secret;
    context.secret = secretCopy.isEmpty() ? nullptr : bytes(secretCopy);
    context.secretlen = uint32_t(secretCopy.size());
    context.ad = associatedData.isEmpty() ? nullptr : const_cast<uint8_t *>(bytes(associatedData));
    context.adlen = uint32_t(associatedData.size());
    context.t_cost = passes;
    context.m_cost = memoryKiB;
    context.lanes = lanes;
    context.threads = lanes;
    context.version = ARGON2_VERSION_13;
    context.flags = ARGON2_DEFAULT_FLAGS;
    const int rc = argon2_ctx(&context, Argon2_id);
    wipe(passwordCopy);
    wipe(secretCopy);
    if (rc != ARGON2_OK) {
        return Error::operationFailed(
            tr("Argon2id failed: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    return output;
}

Status aesGcmEncryptAppend(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                           const char *plaintext, qsizetype size, QByteArray &out)
{
    if (size > std::numeric_limits<int>::max() / 2
        || aad.size() > std::numeric_limits<int>::max() / 2)
        return Error::operationFailed(tr("AES-256-GCM: a block larger than 1 GiB"));
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const qsizetype start = out.size();
    out.resize(start + size + gcmTagSize);
    unsigned char *target = bytes(out) + start;
    int length = 0;
    int finalLength = 0;
    if (!context || key.size() != keySize || nonce.size() != gcmNonceSize
        || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce))
            != 1
        || (!aad.isEmpty()
            && EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1)
        || (size > 0
            && EVP_EncryptUpdate(context.get(), target, &length,
                                 reinterpret_cast<const unsigned char *>(plaintext), int(size))
                != 1)
        || EVP_EncryptFinal_ex(context.get(), target + size, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, gcmTagSize, target + size)
            != 1) {
        out.resize(start);
        return opensslError(tr("AES-256-GCM encryption failed"));
    }
    return {};
}

Result<QByteArray> aesGcmEncrypt(const QByteArray &key, const QByteArray &nonce,
                                 const QByteArray &aad, const QByteArray &plaintext)
{
    QByteArray output;
    if (Status sealed =
            aesGcmEncryptAppend(key, nonce, aad, plaintext.constData(), plaintext.size(), output);
        !sealed)
        return sealed.error();
    return output;
}

Result<QByteArray> aesGcmDecrypt(const QByteArray &key, const QByteArray &nonce,
                                 const QByteArray &aad, const QByteArray &ciphertextAndTag)
{
    if (ciphertextAndTag.size() < gcmTagSize || key.size() != keySize
        || nonce.size() != gcmNonceSize)
        return Error::damaged(tr("an encrypted block is too short"));
    if (ciphertextAndTag.size() > std::numeric_limits<int>::max() / 2
        || aad.size() > std::numeric_limits<int>::max() / 2)
        return Error::damaged(tr("AES-256-GCM: a block larger than 1 GiB"));
    const qsizetype ciphertextSize = ciphertextAndTag.size() - gcmTagSize;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray output(ciphertextSize, Qt::Uninitialized);
    QByteArray tag = ciphertextAndTag.right(gcmTagSize);
    int length = 0;
    int finalLength = 0;
    if (!context
        || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce))
            != 1
        || (!aad.isEmpty()
            && EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1)
        || EVP_DecryptUpdate(context.get(), bytes(output), &length, bytes(ciphertextAndTag),
                             int(ciphertextSize))
            != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, gcmTagSize, bytes(tag)) != 1) {
        return opensslError(tr("AES-256-GCM decryption failed"));
    }
    if (EVP_DecryptFinal_ex(context.get(), bytes(output) + length, &finalLength) != 1) {
        // The tag does not verify: nothing of the plaintext leaves this function.
        wipe(output);
        ERR_clear_error();
        return Error::damaged(tr("authentication tag does not match"));
    }
    return output;
}

} // namespace Hubstate::Core::Crypto
