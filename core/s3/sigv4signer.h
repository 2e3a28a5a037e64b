#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace Hubstate::Core::S3 {

// AWS Signature Version 4 (AWS4-HMAC-SHA256), as S3 and the services compatible with it check
// it: a canonical request, a string to sign over its SHA-256, and an HMAC-SHA256 signature by
// a key derived from the secret, the day, the region and the service. Proved against AWS's
// published test suite (tests/core/tst_sigv4signer.cpp).
//
// The secret is held only here, wiped when the signer goes, and never appears in a returned
// value other than through the signature.
class SigV4Signer
{
public:
    using Pairs = QList<std::pair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        // The path as the server decodes it (not percent-encoded); S3 paths are signed as they
        // are, with no "." or ".." resolved and no slashes merged.
        QByteArray path;
        Pairs query; // names and values decoded; a name without '=' has an empty value
        Pairs headers; // as sent; every one is signed; "host" and "x-amz-date" must be there
        QByteArray payloadHash; // lower-case hex SHA-256 of the body, or UNSIGNED-PAYLOAD
    };

    SigV4Signer(QByteArray accessKeyId, QByteArray secret, QByteArray region,
                QByteArray service = QByteArrayLiteral("s3"));
    ~SigV4Signer();
    SigV4Signer(const SigV4Signer &) = delete;
    SigV4Signer &operator=(const SigV4Signer &) = delete;

    // RFC 3986 percent-encoding of everything but the unreserved characters, with upper-case
    // hex; '/' is kept when `keepSlash` (paths) and encoded otherwise (query parts).
    static QByteArray uriEncode(const QByteArray &bytes, bool keepSlash);
    // The query sorted by encoded name, then value: "a=1&b=&c=3".
    static QByteArray canonicalQuery(const Pairs &query);
    // Header names in lower case, values trimmed with inner runs of spaces made one, repeated
    // names joined by ',' in the order given, sorted by name. First the lines, then the names.
    static std::pair<QByteArray, QByteArray> canonicalHeaders(const Pairs &headers);
    static QByteArray canonicalRequest(const Request &request);

    // "20150830/us-east-1/service/aws4_request" for the x-amz-date "20150830T123600Z".
    QByteArray scope(const QByteArray &amzDate) const;
    QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &canonicalRequest) const;
    // Lower-case hex.
    QByteArray signature(const QByteArray &amzDate, const QByteArray &stringToSign) const;
    // The Authorization header's value for `request`, dated by its x-amz-date header (empty
    // when it has none).
    QByteArray authorization(const Request &request) const;

    const QByteArray &accessKeyId() const { return m_accessKeyId; }
    const QByteArray &region() const { return m_region; }

private:
    QByteArray m_accessKeyId;
    QByteArray m_secret;
    QByteArray m_region;
    QByteArray m_service;
};

} // namespace Hubstate::Core::S3
