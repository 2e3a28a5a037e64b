#pragma once

#include <QString>

namespace Hubstate::Core {

// The exit codes of hubstate-cli are a contract admins script against (docs/cli.md);
// every core error carries the one it maps to.
enum class ErrorCode {
    OperationFailed = 1, // I/O, server, keychain unavailable
    Usage = 2, // the command line was wrong
    InvalidInput = 3, // failed validation, key locked by policy, malformed file
    Damaged = 4, // damaged or tampered data
    WrongPassword = 5,
};

struct Error
{
    ErrorCode code = ErrorCode::OperationFailed;
    QString message; // translated, for the user: names the file, key or path and the rule
    QString detail; // technical detail for logs (errno text, SQL error, ...)

    static Error operationFailed(QString message, QString detail = {})
    {
        return {ErrorCode::OperationFailed, std::move(message), std::move(detail)};
    }
    static Error invalidInput(QString message, QString detail = {})
    {
        return {ErrorCode::InvalidInput, std::move(message), std::move(detail)};
    }
    static Error damaged(QString message, QString detail = {})
    {
        return {ErrorCode::Damaged, std::move(message), std::move(detail)};
    }

    int exitCode() const { return static_cast<int>(code); }
};

} // namespace Hubstate::Core
