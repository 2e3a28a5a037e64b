#include "sigv4signer.h"

#include "core/crypto/primitives.h"

#include <algorithm>

namespace Hubstate::Core::S3 {

namespace {

const QByteArray algorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '~';
}

QByteArray headerValue(const QByteArray &value)
{
    // Trimmed, and every run of whitespace inside made one space (quotes included).
    return value.simplified();
}

} // namespace

SigV4Signer::SigV4Signer(QByteArray accessKeyId, QByteArray secret, QByteArray region,
                         QByteArray service)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secret(std::move(secret))
    , m_region(std::move(region))
    , m_service(std::move(service))
{
}

SigV4Signer::~SigV4Signer()
{
    Crypto::wipe(m_secret);
}

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalQuery(const Pairs &query)
{
    Pairs encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

std::pair<QByteArray, QByteArray> SigV4Signer::canonicalHeaders(const Pairs &headers)
{
    // A stable sort keeps repeated names in the order given, as the values are joined so.
    Pairs lowered;
    lowered.reserve(headers.size());
    for (const auto &[name, value] : headers)
        lowered.append({name.trimmed().toLower(), headerValue(value)});
    std::stable_sort(lowered.begin(), lowered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray lines;
    QByteArray names;
    for (qsizetype i = 0; i < lowered.size(); ++i) {
        const QByteArray &name = lowered.at(i).first;
        if (i > 0 && lowered.at(i - 1).first == name) {
            lines.chop(1); // the '\n' of the previous value of this name
            lines.append(',').append(lowered.at(i).second).append('\n');
            continue;
        }
        lines.append(name).append(':').append(lowered.at(i).second).append('\n');
        if (!names.isEmpty())
            names.append(';');
        names.append(name);
    }
    return {lines, names};
}

QByteArray SigV4Signer::canonicalRequest(const Request &request)
{
    const auto [lines, names] = canonicalHeaders(request.headers);
    QByteArray path = uriEncode(request.path, true);
    if (path.isEmpty())
        path = QByteArrayLiteral("/");
    return request.method + '\n' + path + '\n' + canonicalQuery(request.query) + '\n' + lines + '\n'
        + names + '\n' + request.payloadHash;
}

QByteArray SigV4Signer::scope(const QByteArray &amzDate) const
{
    return amzDate.left(8) + '/' + m_region + '/' + m_service + QByteArrayLiteral("/aws4_request");
}

QByteArray SigV4Signer::stringToSign(const QByteArray &amzDate,
                                     const QByteArray &canonicalRequest) const
{
    return algorithm + '\n' + amzDate + '\n' + scope(amzDate) + '\n'
        + Crypto::sha256(canonicalRequest).toHex();
}

QByteArray SigV4Signer::signature(const QByteArray &amzDate, const QByteArray &stringToSign) const
{
    QByteArray first = QByteArrayLiteral("AWS4") + m_secret;
    QByteArray key = Crypto::hmacSha256(first, amzDate.left(8));
    Crypto::wipe(first);
    for (const QByteArray &part : {m_region, m_service, QByteArrayLiteral("aws4_request")}) {
        QByteArray next = Crypto::hmacSha256(key, part);
        Crypto::wipe(key);
        key = std::move(next);
    }
    const QByteArray result = Crypto::hmacSha256(key, stringToSign).toHex();
    Crypto::wipe(key);
    return result;
}

QByteArray SigV4Signer::authorization(const Request &request) const
{
    QByteArray amzDate;
    for (const auto &[name, value] : request.headers) {
        if (name.trimmed().toLower() == "x-amz-date")
            amzDate = value.trimmed();
    }
    if (amzDate.size() < 8)
        return {};
    const QByteArray canonical = canonicalRequest(request);
    const QByteArray names = canonicalHeaders(request.headers).second;
    return algorithm + QByteArrayLiteral(" Credential=") + m_accessKeyId + '/' + scope(amzDate)
        + QByteArrayLiteral(", SignedHeaders=") + names + QByteArrayLiteral(", Signature=")
        + signature(amzDate, stringToSign(amzDate, canonical));
}

} // namespace Hubstate::Core::S3
