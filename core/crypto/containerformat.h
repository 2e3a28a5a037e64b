#pragma once

#include <QByteArray>
#include <QString>

// The constants of docs/backup-format.md, in one place for the writer, the reader and tests.
namespace Hubstate::Core::ContainerFormat {

inline const QByteArray magic = QByteArray("HSBK\r\n\x1a\n", 8);
inline const QByteArray trailerMagic = QByteArray("HSBKEND\n", 8);
constexpr quint16 version = 1;
constexpr quint16 bodyLength = 226;
constexpr int headerSize = 334;
constexpr int hashedHeaderSize = 238; // bytes covered by the header hash
constexpr int envelopeAadSize = 73; // bytes 0..72
constexpr int fileKeyAadSize = 169; // bytes 0..168
constexpr quint32 chunkSize = 64 * 1024;
constexpr int chunkPrefixSize = 5; // flags || length
constexpr int trailerSize = 56;

inline const QByteArray wrapLabel = "hubstate/v1/wrap";
inline const QByteArray chunkLabel = "hubstate/v1/chunk";
inline const QByteArray nonceLabel = "hubstate/v1/nonce";
inline const QByteArray headerMacLabel = "hubstate/v1/header-mac";
inline const QByteArray commitLabel = "hubstate/v1/commit";
inline const QByteArray keyIdLabel = "hubstate/v1/key-id";

// Error::detail values that tell the reader's faults apart.
inline const QString notAContainer = QStringLiteral("not-a-container");
inline const QString newerFormat = QStringLiteral("newer-format");
inline const QString damaged = QStringLiteral("damaged");
inline const QString tampered = QStringLiteral("tampered");
inline const QString wrongPassword = QStringLiteral("wrong-password");
inline const QString hostileParameters = QStringLiteral("hostile-parameters");

inline void appendUint(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

inline quint64 readUint(const QByteArray &in, qsizetype offset, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(in.at(offset + i));
    return value;
}

} // namespace Hubstate::Core::ContainerFormat
