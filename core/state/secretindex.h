#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Hubstate::Core {

class StateDatabase;

struct SecretEntry
{
    QString name;
    QString purpose; // what it is for, e.g. "API key of agent scout"
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Which secrets should be in the keychain: names and purposes only, never a value. Lets
// `secret list` tell a missing secret apart from one never stored, and lets backups and the
// privacy export name secrets without touching them.
class SecretIndex
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SecretIndex)

public:
    explicit SecretIndex(StateDatabase &database);

    [[nodiscard]] Result<QList<SecretEntry>> list() const;
    [[nodiscard]] Status record(const QString &name, const QString &purpose);
    [[nodiscard]] Status remove(const QString &name);

private:
    StateDatabase &m_database;
};

} // namespace Hubstate::Core
