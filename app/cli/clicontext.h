#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"
#include "core/settings/violation.h"

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Cli {

// What every command needs: the profile, the output streams, the --json switch, and the
// preferences store, opened on first use.
class CliContext
{
public:
    CliContext(Core::Profile profile, bool json);
    ~CliContext();

    const Core::Profile &profile() const { return m_profile; }
    bool json() const { return m_json; }

    QTextStream &out() { return m_out; }
    void printJson(const QJsonValue &value);

    // Each message on its own line to stderr: "hubstate-cli: error: ...".
    void error(const QString &message);
    void warning(const QString &message);
    void report(const Core::Violations &violations);
    // Prints the error and returns its exit code.
    int fail(const Core::Error &error);
    int usage(const QString &message);

    Core::Result<Core::PreferencesStore *> store();

private:
    void printLines(const QString &prefix, const QString &message);

    Core::Profile m_profile;
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Core::PreferencesStore> m_store;
};

} // namespace Hubstate::Cli
