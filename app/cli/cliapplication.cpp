#include "cliapplication.h"

#include "backupcommand.h"
#include "buildinfo.h"
#include "clicontext.h"
#include "configcommand.h"
#include "core/common/error.h"
#include "historycommand.h"
#include "layoutcommand.h"
#include "maintenancecommand.h"
#include "monitorcommand.h"
#include "privacycommand.h"
#include "secretcommand.h"
#include "synccommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace Hubstate::Cli {

QString CliApplication::helpText()
{
    return CliApplication::tr(
        "Usage: hubstate-cli [--profile DIR] [--json] COMMAND ...\n"
        "\n"
        "Hubstate keeps the preferences, layouts, history, secrets and backups of the\n"
        "orchestrator hub. This is its command-line twin.\n"
        "\n"
        "Global options:\n"
        "  --profile DIR   keep all state under DIR (also: HUBSTATE_PROFILE)\n"
        "  --json          machine-readable output on stdout\n"
        "  --version       print the version and exit\n"
        "  --help          print this help and exit\n"
        "\n"
        "Commands:\n"
        "  config get KEY               print a setting's value\n"
        "  config set KEY VALUE         change a setting\n"
        "  config reset KEY             return a setting to the value below yours\n"
        "  config list [--modified]     list settings (only those you changed)\n"
        "  config explain KEY           say which layer supplies a value\n"
        "  config validate FILE         check a configuration document\n"
        "  config import FILE           apply a configuration document\n"
        "  config export [--out FILE]   write the configuration document\n"
        "  config template NAME         switch to an environment template\n"
        "  config migrate [--dry-run] [--to N]\n"
        "                               bring the settings file to the current version\n"
        "  layout list [--tag TAG]      list stored layouts\n"
        "  layout show ID               print a layout's document\n"
        "  layout validate FILE         check a layout document against the rules\n"
        "  layout import FILE           store a layout document\n"
        "  layout export ID [--out FILE]\n"
        "                               write a layout's document\n"
        "  history import FILE          add messages from JSON Lines\n"
        "  history search QUERY [--limit N]\n"
        "                               full-text search, best matches first\n"
        "  history stats                count conversations and messages\n"
        "  secret status                say whether the keychain works\n"
        "  secret list                  list the secrets Hubstate keeps\n"
        "  secret set NAME [--purpose TEXT] [--binary]\n"
        "                               store a secret read from stdin\n"
        "  secret get NAME              print a secret\n"
        "  secret delete NAME           delete a secret\n"
        "  backup create [--to DEST] [--no-encrypt] [--if-due [--force]] [PASSWORD]\n"
        "                               back up, verify, then apply retention; with --if-due\n"
        "                               nothing is written when nothing changed (--force does)\n"
        "  backup list [--at DEST]      list backups (and warn when they are stale)\n"
        "  backup verify FILE [PASSWORD]\n"
        "                               read a backup in full and check every hash\n"
        "  backup restore FILE [--only PARTS] [--dry-run] [--include-backup-key] [PASSWORD]\n"
        "                               restore (PARTS: settings,layouts,agents,history,secrets);\n"
        "                               the backup key is replaced only with --include-backup-key\n"
        "  backup prune [--at DEST]     apply retention now\n"
        "  backup destinations list | add NAME LOCATION [--disabled] [--keep-last N] [--keep-daily N] [--keep-weekly N] [--keep-monthly N] | remove NAME | test [NAME]\n"
        "                               the destinations backups go to (backup.destinations)\n"
        "    PASSWORD = --password-stdin | --password-file F; without one the backup key\n"
        "    in the keychain is used, and a terminal prompt asks when it is missing\n"
        "  sync init DEST [--name NAME] PASSPHRASE\n"
        "                               create a sync store at DEST (a folder or a WebDAV URL)\n"
        "                               and join it as its first device; refused where a store\n"
        "                               already is\n"
        "  sync join DEST [--take-remote] [--name NAME] PASSPHRASE\n"
        "                               join the store at DEST, reading it first: this device's\n"
        "                               own changes are merged in as edits made before it\n"
        "                               joined; with --take-remote the store's values replace\n"
        "                               them\n"
        "  sync now                     send local changes, then receive and apply the others'\n"
        "  sync status                  last sync, pending changes, last error, devices,\n"
        "                               open conflicts\n"
        "  sync conflicts [--all]       list open conflicts (--all: resolved and automatic too)\n"
        "  sync resolve ID --mine|--theirs\n"
        "                               settle a conflict; every device takes the choice\n"
        "  sync devices                 list the devices of the sync store\n"
        "  sync rename DEVICE NAME      rename a device (DEVICE: its id or its name)\n"
        "  sync forget DEVICE           remove another device and its files from the store\n"
        "  sync leave                   stop syncing here; settings and layouts stay\n"
        "    PASSPHRASE = --passphrase-stdin; without it a terminal prompt asks. A WebDAV\n"
        "    URL's password comes from the keychain, as for backups\n"
        "  privacy export --out FILE [--only CATEGORIES]\n"
        "                               export your data as a ZIP, never a secret value\n"
        "                               (settings,layouts,agents,history,connections,\n"
        "                               metrics,secrets: the names of stored secrets)\n"
        "  privacy delete --yes [--include-backups]\n"
        "                               delete this profile's data and keychain entries,\n"
        "                               then verify; without --yes, list what would go\n"
        "  recover                      check the state and recover it from backups if damaged\n"
        "  check [--full]               check the database, layouts and settings\n"
        "  monitor                      print every change to the profile as it happens,\n"
        "                               by any program, until interrupted\n"
        "  dev generate-profile [--messages N] [--layouts N] [--agents N]\n"
        "                               fill the profile with synthetic data\n"
        "  dev generate-history FILE [--messages N] [--agents N]\n"
        "                               write synthetic history as JSON Lines\n"
        "\n"
        "Exit codes: 0 done, 1 operation failed, 2 usage, 3 invalid input,\n"
        "4 damaged or tampered data, 5 wrong password.\n"
        "The admin policy is read from /etc/xdg/hubstate/policy.ini; HUBSTATE_POLICY_FILE may add\n"
        "another on top of it, never lift a lock of the system one.\n");
}

QString CliApplication::versionText()
{
    return CliApplication::tr(
               "hubstate-cli %1 (Qt %2 at build, %3 at run time; syntax highlighting: %4)\n")
        .arg(QLatin1String(BuildInfo::version), QLatin1String(BuildInfo::qtVersion),
             QLatin1String(qVersion()), QLatin1String(BuildInfo::syntaxHighlighter));
}

int CliApplication::run(QStringList arguments)
{
    arguments.removeFirst(); // program name
    QString profileDirectory;
    bool json = false;
    QStringList rest;
    QTextStream out(stdout);

    // Global options may stand anywhere before "--".
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            rest += arguments.mid(i + 1);
            break;
        }
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--profile")) {
            if (i + 1 >= arguments.size()) {
                CliContext context(Core::Profile::resolve(), false);
                return context.usage(CliApplication::tr("--profile needs a directory"));
            }
            profileDirectory = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--profile="))) {
            profileDirectory = argument.mid(10);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << helpText();
            return 0;
        } else if (argument == QLatin1String("--version")) {
            out << versionText();
            return 0;
        } else {
            rest.append(argument);
        }
    }

    CliContext context(Core::Profile::resolve(profileDirectory), json);
    if (rest.isEmpty())
        return context.usage(CliApplication::tr("no command given"));
    const QString command = rest.takeFirst();
    if (command == QLatin1String("config"))
        return ConfigCommand(context).run(rest);
    if (command == QLatin1String("layout"))
        return LayoutCommand(context).run(rest);
    if (command == QLatin1String("history"))
        return HistoryCommand(context).run(rest);
    if (command == QLatin1String("secret"))
        return SecretCommand(context).run(rest);
    if (command == QLatin1String("backup"))
        return BackupCommand(context).run(rest);
    if (command == QLatin1String("sync"))
        return SyncCommand(context).run(rest);
    if (command == QLatin1String("privacy"))
        return PrivacyCommand(context).run(rest);
    if (command == QLatin1String("recover"))
        return BackupCommand(context).recover(rest);
    if (command == QLatin1String("check"))
        return MaintenanceCommand(context).check(rest);
    if (command == QLatin1String("monitor"))
        return MonitorCommand(context).run(rest);
    if (command == QLatin1String("dev"))
        return MaintenanceCommand(context).dev(rest);
    return context.usage(CliApplication::tr("unknown command \"%1\"").arg(command));
}

} // namespace Hubstate::Cli
