#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"
#include "core/settings/violation.h"

#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Hubstate::Core {
class PreferencesStore;
class StateDatabase;
} // namespace Hubstate::Core

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
    // A document to stdout, or atomically to `outFile` (then --json reports the file).
    int writeDocument(const QByteArray &document, const QString &outFile);

    Core::Result<Core::PreferencesStore *> store();
    // The profile's database, opened (and migrated, and seeded with the layout templates) on
    // first use.
    Core::Result<Core::StateDatabase *> database();

    // A subcommand's own arguments: `valueOptions` take the next argument, `flags` stand alone.
    struct Arguments
    {
        QStringList positional;
        QMap<QString, QString> values;
        QSet<QString> flags;
        QString problem; // set when the arguments do not parse
    };
    static Arguments parse(const QStringList &arguments, const QStringList &valueOptions,
                           const QStringList &flags = {});

private:
    [[nodiscard]] Core::Status refuseRecoverableSettingsDamage() const;
    void printLines(const QString &prefix, const QString &message);

    Core::Profile m_profile;
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::StateDatabase> m_database;
};

} // namespace Hubstate::Cli
