#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace Hubstate::Core {

// Reads JSON from outside strictly to RFC 8259 and names the file, line and column of the first
// error. Qt's own parser accepts numbers such as `1.` or `.5e5`, escapes such as `\a`, raw
// control characters and lone surrogates, so nothing from outside goes through it unchecked:
// nlohmann's parser checks the grammar and the UTF-8 first, then Qt builds the value.
//
// Beyond the grammar it refuses what RFC 8259 allows but leaves open: an object holding the
// same name twice (readers disagree on which one counts, so a file could mean one thing to a
// check and another to the code that uses it), nesting deeper than maxDepth, numbers too large
// for a double, and input larger than the caller's limit. A byte order mark is skipped at the
// start of a file (RFC 8259, section 8.1, lets readers ignore it) and refused anywhere else.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::StrictJson)

public:
    static constexpr int maxDepth = 64;

    // The first problem, with its place ("FILE:LINE:COLUMN", or "FILE" when it concerns the
    // whole input) and its rule apart, for reports that list them apart.
    struct Problem
    {
        QString location;
        QString rule;
    };

    // `source` names the input in messages; `maxBytes` is its size limit; every failure carries
    // `code` (Damaged for what Hubstate wrote itself and backups, whose checksums passed).
    StrictJson(QString source, qsizetype maxBytes, ErrorCode code = ErrorCode::InvalidInput);

    // For one line of a JSON Lines file: its line number in messages. A byte order mark is
    // then refused, being past the start of the file.
    void setFirstLine(int line) { m_firstLine = line; }

    [[nodiscard]] Result<QJsonValue> read(QByteArrayView json);
    // `notAnObject` is the rule reported, at the source alone, when the input is valid JSON
    // but not an object ("the configuration document must be a JSON object").
    [[nodiscard]] Result<QJsonObject> readObject(QByteArrayView json, const QString &notAnObject);

    // After a failed read: where and what.
    const Problem &problem() const { return m_problem; }

    // A whole file, refused unread when it is larger than `maxBytes`.
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path, qsizetype maxBytes);
    // "1 MiB", "256 KiB": a limit as messages and documents state it.
    static QString sizeText(qsizetype bytes);

private:
    Error fail(QString location, QString rule);
    QString location(QByteArrayView text, qsizetype offset) const;

    QString m_source;
    qsizetype m_maxBytes;
    ErrorCode m_code;
    int m_firstLine = 1;
    Problem m_problem;
};

} // namespace Hubstate::Core
