<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Client</name>
    <message>
        <source>%1: unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1 not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1 not saved: the profile already holds %2 layouts (limits.maxLayouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1: the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli</name>
    <message>
        <source>%1 (see hubstate-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interrupted restore was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing was changed. The backup %2 of %3 holds your settings: `hubstate-cli recover` moves the damaged file aside and restores them from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::BackupCommand</name>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown backup subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --password-stdin or --password-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup due before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backup password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: backup list [--at DEST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: backup verify FILE [--password-stdin | --password-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intact (%2 entries, made %3 by Hubstate %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: backup prune [--at DEST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: %1 conversations, %2 messages -&gt; %3 conversations, %4 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1: written to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup matches the current state: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state from before is in the safety backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: recover [--password-stdin | --password-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted restore was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database and the settings are intact; nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged files were moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable backup was found: Hubstate starts from the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: backup create [--to DEST] [--no-encrypt] [--if-due] [--force] [--password-stdin | --password-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the backup %1 (made %2): no new backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup also holds a backup key; this profile keeps its own unless --include-backup-key is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: backup restore FILE [--only PARTS] [--dry-run] [--include-backup-key] [--password-stdin | --password-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup held the settings: those before the cut were written back to %1, the others are at their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs a subcommand: create, list, verify, restore, prune, destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: backup destinations list | add NAME LOCATION [--disabled] [--keep-last N] [--keep-daily N] [--keep-weekly N] [--keep-monthly N] | remove NAME | test [NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.destinations has no destination named %1 (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1 last, %2 daily, %3 weekly, %4 monthly%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(backup.destinations is empty: backups go to the profile&apos;s own folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.destinations already has a destination named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (%2); the backups there are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: works (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::CliApplication</name>
    <message>
        <source>hubstate-cli %1 (Qt %2 at build, %3 at run time; syntax highlighting: %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubstate-cli [--profile DIR] [--json] COMMAND ...

Hubstate keeps the preferences, layouts, history, secrets and backups of the
orchestrator hub. This is its command-line twin.

Global options:
  --profile DIR   keep all state under DIR (also: HUBSTATE_PROFILE)
  --json          machine-readable output on stdout
  --version       print the version and exit
  --help          print this help and exit

Commands:
  config get KEY               print a setting&apos;s value
  config set KEY VALUE         change a setting
  config reset KEY             return a setting to the value below yours
  config list [--modified]     list settings (only those you changed)
  config explain KEY           say which layer supplies a value
  config validate FILE         check a configuration document
  config import FILE           apply a configuration document
  config export [--out FILE]   write the configuration document
  config template NAME         switch to an environment template
  config migrate [--dry-run] [--to N]
                               bring the settings file to the current version
  layout list [--tag TAG]      list stored layouts
  layout show ID               print a layout&apos;s document
  layout validate FILE         check a layout document against the rules
  layout import FILE           store a layout document
  layout export ID [--out FILE]
                               write a layout&apos;s document
  history import FILE          add messages from JSON Lines
  history search QUERY [--limit N]
                               full-text search, best matches first
  history stats                count conversations and messages
  secret status                say whether the keychain works
  secret list                  list the secrets Hubstate keeps
  secret set NAME [--purpose TEXT] [--binary]
                               store a secret read from stdin
  secret get NAME              print a secret
  secret delete NAME           delete a secret
  backup create [--to DEST] [--no-encrypt] [--if-due [--force]] [PASSWORD]
                               back up, verify, then apply retention; with --if-due
                               nothing is written when nothing changed (--force does)
  backup list [--at DEST]      list backups (and warn when they are stale)
  backup verify FILE [PASSWORD]
                               read a backup in full and check every hash
  backup restore FILE [--only PARTS] [--dry-run] [--include-backup-key] [PASSWORD]
                               restore (PARTS: settings,layouts,agents,history,secrets);
                               the backup key is replaced only with --include-backup-key
  backup prune [--at DEST]     apply retention now
  backup destinations list | add NAME LOCATION [--disabled] [--keep-last N] [--keep-daily N] [--keep-weekly N] [--keep-monthly N] | remove NAME | test [NAME]
                               the destinations backups go to (backup.destinations)
    PASSWORD = --password-stdin | --password-file F; without one the backup key
    in the keychain is used, and a terminal prompt asks when it is missing
  sync init DEST [--name NAME] PASSPHRASE
                               create a sync store at DEST (a folder or a WebDAV URL)
                               and join it as its first device; refused where a store
                               already is
  sync join DEST [--take-remote] [--name NAME] PASSPHRASE
                               join the store at DEST, reading it first: this device&apos;s
                               own changes are merged in as edits made before it
                               joined; with --take-remote the store&apos;s values replace
                               them
  sync now                     send local changes, then receive and apply the others&apos;
  sync status                  last sync, pending changes, last error, devices,
                               open conflicts
  sync conflicts [--all]       list open conflicts (--all: resolved and automatic too)
  sync resolve ID --mine|--theirs
                               settle a conflict; every device takes the choice
  sync devices                 list the devices of the sync store
  sync rename DEVICE NAME      rename a device (DEVICE: its id or its name)
  sync forget DEVICE           remove another device and its files from the store
  sync leave                   stop syncing here; settings and layouts stay
    PASSPHRASE = --passphrase-stdin; without it a terminal prompt asks. A WebDAV
    URL&apos;s password comes from the keychain, as for backups
  privacy export --out FILE [--only CATEGORIES]
                               export your data as a ZIP, never a secret value
                               (settings,layouts,agents,history,connections,
                               metrics,secrets: the names of stored secrets)
  privacy delete --yes [--include-backups]
                               delete this profile&apos;s data and keychain entries,
                               then verify; without --yes, list what would go
  recover                      check the state and recover it from backups if damaged
  check [--full]               check the database, layouts and settings
  monitor                      print every change to the profile as it happens,
                               by any program, until interrupted
  dev generate-profile [--messages N] [--layouts N] [--agents N]
                               fill the profile with synthetic data
  dev generate-history FILE [--messages N] [--agents N]
                               write synthetic history as JSON Lines

Exit codes: 0 done, 1 operation failed, 2 usage, 3 invalid input,
4 damaged or tampered data, 5 wrong password.
The admin policy is read from /etc/xdg/hubstate/policy.ini; HUBSTATE_POLICY_FILE may add
another on top of it, never lift a lock of the system one.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::ConfigCommand</name>
    <message>
        <source>config needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown config subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config get KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config reset KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config list [--modified]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config explain KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  supplied by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  locked by the administrator in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  admin default:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  template (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  built-in default:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  your value is kept but not used while the lock holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n setting(s)</source>
        <translation>
            <numerusform>%1: imported %n setting</numerusform>
            <numerusform>%1: imported %n settings</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: config export [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config template NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment template named &quot;%1&quot;; templates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays %2 (%3) instead of the template&apos;s %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment = %1: %2 of the template&apos;s %3 values apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: config migrate [--dry-run] [--to N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be migrated from version %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrated from version %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the lock holds the value of the administrator&apos;s environment (%1), not of yours (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::HistoryCommand</name>
    <message>
        <source>history needs a subcommand: import, search, stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown history subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: history import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: history search QUERY [--limit N] (N from 1 to 10000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 5000 messages match; the newest are shown first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: history stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: messages imported: %2, already present: %3, new conversations: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::LayoutCommand</name>
    <message>
        <source>layout needs a subcommand: list, show, validate, import, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: layout list [--tag TAG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pane(s)</source>
        <translation>
            <numerusform>%n pane</numerusform>
            <numerusform>%n panes</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: layout export ID [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: layout show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: layout import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: layout validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: the profile already holds %2 layouts (limits.maxLayouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replaced layout %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported layout %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::MaintenanceCommand</name>
    <message>
        <source>usage: check [--full]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev needs a subcommand: generate-profile, generate-history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dev subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dev generate-history FILE [--messages N] [--agents N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dev generate-profile [--messages N] [--layouts N] [--agents N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: generated messages: %2, layouts: %3, agents: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::MonitorCommand</name>
    <message>
        <source>usage: monitor [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 through %2; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::PrivacyCommand</name>
    <message>
        <source>privacy needs a subcommand: export, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown privacy subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: privacy export --out FILE [--only CATEGORIES] (CATEGORIES: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (see manifest.json in the file): %1 items, no secret values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: privacy delete --yes [--include-backups]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy delete removes all of the above for good: add --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be deleted; still present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (add --include-backups to delete them too):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::SecretCommand</name>
    <message>
        <source>secret needs a subcommand: status, list, set, get, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: secret status | list | set NAME [--purpose TEXT] [--binary] | get NAME | delete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which secrets are present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: secret set NAME [--purpose TEXT] [--binary] (the value on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1: the value on stdin is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::SyncCommand</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs a subcommand: init, join, now, status, conflicts, resolve, devices, rename, forget, leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sync subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the sync passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the sync passphrase on stdin with --passphrase-stdin (no terminal to ask on, or the two entries differed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the sync passphrase on stdin with --passphrase-stdin (no terminal to ask on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured: no (set it up with `hubstate-cli sync init DEST` or `hubstate-cli sync join DEST`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync init DEST --passphrase-stdin [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a sync store at %1 and joined it as its first device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync join DEST --passphrase-stdin [--take-remote] [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the sync store at %1; this device took the store&apos;s values in place of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the sync store at %1; this device&apos;s own changes were merged in as edits made before it joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, received %2, applied %3, conflicts %4, refused %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests %1, bytes sent %2, bytes received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this device&apos;s segments were compacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`hubstate-cli sync conflicts --all` lists the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync conflicts [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1; other device: %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync resolve ID --mine|--theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: this device&apos;s value stays; every device takes it at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: the other device&apos;s value is in force here; every device takes it at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices are named &quot;%2&quot; (%3): give the id of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device &quot;%1&quot; in the sync store: `hubstate-cli sync devices` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync rename DEVICE NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is now named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync forget DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this device: `hubstate-cli sync leave` stops syncing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 was removed from the sync store; its files are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device left the sync store %1 and sync is off here; its other settings, its layouts and its agents stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core</name>
    <message>
        <source>%1 is not a valid file:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid backup destination URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance.syncInterval=%1 was dropped: your own sync.interval=%2 is the one sync interval now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.interval was %1 ms, outside the new bounds of %2 to %3 ms; it is now %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security.lockAfterIdle=%1 was dropped: Hubstate keeps no backup password in memory, so there is nothing to forget when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup destination given (a folder, an http(s):// WebDAV URL or an s3:// URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup destinations of kind &quot;%1&quot; are not supported (use a folder, http:// or https:// for WebDAV, or s3:// for S3-compatible storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.destinations was left as it is and is not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.destination=%1 was not moved to backup.destinations: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination in backup.destinations is enabled: version 4 backs up to the profile&apos;s own backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 4 backs up to one destination: %1 (&quot;%2&quot;); the %3 others in backup.destinations are not used until the file is migrated up again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ActivityLog</name>
    <message>
        <source>outcome: must be one of %1 (value: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startedAt: must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric needs a name, a finite value and a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the connection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the connection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the storage limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::AgentRepository</name>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https while security.requireTls is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not carry credentials; store them as a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds maximum value of 300000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below minimum value of 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds maximum value of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below minimum value of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a secret (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), never hold one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1: a profile holds at most %2 agents (agents.maxAgents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ArchiveReader</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hubstate backup archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archive header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a plain file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; follows the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no manifest (the archive is incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; listed in the manifest is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; does not match its SHA-256 in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not part of a Hubstate backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; claims %2 bytes, more than the %3 it may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more than %1 times its size, which no Hubstate backup does (stopped at the entry &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ArchiveWriter</name>
    <message>
        <source>Cannot write the backup archive (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::AtomicFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to overwrite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupCatalog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup catalog %1 could not be read (%2); it was moved to %3 and the backups will be found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry of the backup catalog is incomplete and was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup catalog %1 cannot be read (%2) nor moved aside to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupDestinations</name>
    <message>
        <source>a name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must not start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must not hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a JSON array of destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lists %2 destinations, at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object with name, kind and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: is required and must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: another destination has this name (names are unique, whatever the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a member of a destination (name, kind, location, enabled, retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: is required and must be one of folder, webdav, s3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.location: is required and must be a folder or a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.location: is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder is a path, not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebDAV location starts with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an S3 location starts with s3:// or s3+http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.location: %2 (value: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.location: a folder must be an absolute path (value: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.location: holds a password; passwords and secret keys are kept in the keychain, not in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.location: another destination has the same location (value: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.enabled: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.retention: must be an object of keepLast, keepDaily, keepWeekly and keepMonthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.retention: &quot;%2&quot; is not one of keepLast, keepDaily, keepWeekly, keepMonthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.retention.%2: must be a whole number from %3 to %4, as %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupEngine</name>
    <message>
        <source>An encrypted backup needs a backup password the first time, to set up the backup key: set one on the Backups page or give one to hubstate-cli backup create (--password-stdin or --password-file); or back up unencrypted (--no-encrypt, or turn off backup.encryption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be backed up: there is no keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries read back differ from those written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed verification after it was written and was quarantined: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name a backup file (hubstate-TIME.hsbk or .tar.zst) at a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verified backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest verified backup (%1) is older than twice the backup interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 fails its integrity check, so it was not backed up (run hubstate-cli recover): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed verification after it was written (%2), and could not be quarantined: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the quarantine folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and it could not be quarantined: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) carry a time ahead of this computer&apos;s clock (such as %1, made %2) and are not counted.</source>
        <translation>
            <numerusform>%n backup carries a time ahead of this computer&apos;s clock (%1, made %2) and is not counted.</numerusform>
            <numerusform>%n backups carry a time ahead of this computer&apos;s clock (such as %1, made %2) and are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination in backup.destinations is enabled: enable one (hubstate-cli backup destinations add), or name one with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination of the backup can be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 reached none of its destinations: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupKeys</name>
    <message>
        <source>A backup master key already exists; change its password instead of replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup master key in the keychain does not match its envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password envelope does not open; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupManifest</name>
    <message>
        <source>%1: %2 in the manifest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;hubstate-backup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (backup format %2; this version reads up to %3). Update Hubstate to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a plain file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a size of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims to be encrypted but is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password is needed to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a manifest that says it is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a plain backup that carries secrets; Hubstate never writes secrets unencrypted, so it has been tampered with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupScheduler</name>
    <message>
        <source>Backed up to %1, but not to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ConfigDocument</name>
    <message>
        <source>the configuration document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a version such as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Hubstate; this one reads up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object holding settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; kept, but Hubstate does not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name of %1 characters; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this setting is called %1 now, and the document holds %1 too; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this setting is called %1 now; the value applies to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key of %1 characters; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key with a value of %1 characters; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key beyond the first %1; no more are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this setting was removed (%1); ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ContainerReader</name>
    <message>
        <source>the backup was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hubstate backup (no container header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in backup format %1 by a newer Hubstate; this one reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s header is damaged (version or length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s header is damaged (header hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s header has values this format does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup was made with another master key: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file key does not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header authentication fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key commitment fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trailer after the final chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trailer&apos;s counts do not match the chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged: the file hash does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is not unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before its final chunk (chunk %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 has an impossible frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends inside chunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 does not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the restored data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged or was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header was read already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ContainerWriter</name>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key does not match its envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file was already begun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::Crypto</name>
    <message>
        <source>HKDF is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HKDF failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted block is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication tag does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM: a block larger than 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::DatabaseSnapshot</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snapshot the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 of table %3 refers to a missing row of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::Destination</name>
    <message>
        <source>&quot;%1&quot; is not a sync file name (lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, ending in .hsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup file name (a plain name ending in .hsbk or .tar.zst)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::DurableFile</name>
    <message>
        <source>Cannot %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush folder %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::FileLock</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by another Hubstate process, which has held it for over %2 s (lock %3); try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::HistoryImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the database driver is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1 (value: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-01-31T12:00:00Z (value: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation %1 belongs to agent %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::HistoryLineReader</name>
    <message>
        <source>the line is longer than %1, the limit for one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::HistoryRepository</name>
    <message>
        <source>Cannot list conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text has no words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the agents of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be 1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: must be one of %1 (value: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp: must be a valid date and time in the years 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content: exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a message to conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentId: conversation %1 belongs to agent %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::IniFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a text file in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: section header must be written as [name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: expected key=value, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; Hubstate never writes an empty settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cut short within its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cut short after line %2: the line &quot;%3&quot; that Hubstate writes last is missing, so the settings after the cut are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has an empty name or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file written does not read back as the settings (is the disk full?); %2 is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutCodec</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout setting; kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member; not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutEditing</name>
    <message>
        <source>New layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pane is to the left of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pane is to the right of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pane is above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pane is below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid holds at most %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid holds at most %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pane has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout holds at most %1 panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches past the border of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would disappear; merge the panes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fills the whole width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fills the whole height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 do not form a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot equalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every grid line is in use; the panes are as even as the grid allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be %2 x %3 px; panes are at least %4 x %5 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would change width too (a grid has at most %2 equal columns); merge or resize those panes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would change height too (a grid has at most %2 equal rows); merge or resize those panes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have no agents and no titles of their own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutRepository</name>
    <message>
        <source>Cannot count layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1 in %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the row&apos;s id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutRules</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below minimum value of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds maximum value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to 7680</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to 4320</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout holds at least 1 pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout holds at most %1 panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches beyond the grid&apos;s %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches beyond the grid&apos;s %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 x %2 px at the reference size; panes are at least %3 x %4 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps %1 at column %2, row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave a gap at column %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs %2, but the layout has a %3 x %4 grid with %n pane(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; needs %2, but the layout has a %3 x %4 grid with %n pane</numerusform>
            <numerusform>&quot;%1&quot; needs %2, but the layout has a %3 x %4 grid with %n panes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 pane in a 1 x 1 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 panes side by side or stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 panes in a 2 x 2 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 panes in a 3 x 3 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is earlier than metadata.createdAt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 50 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID in lower case without braces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutTemplates</name>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid 2 x 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid 3 x 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LocalFolderDestination</name>
    <message>
        <source>Cannot create backup folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 in %2: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 in %2 does not have the expected SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to backup folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing %1 in %2 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed or is not the backup that was verified (SHA-256 differs); nothing was stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 in backup folder %2 does not read back intact; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into place in backup folder %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 from %2 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1 from backup folder %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not let files be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a different %2; nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::MasterKeyEnvelope</name>
    <message>
        <source>a backup password must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a master key envelope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::OperationLock</name>
    <message>
        <source>Another backup, prune or restore of this profile is running (lock %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PasswordKey</name>
    <message>
        <source>Argon2id needs at least 64 MiB and 3 passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 needs at least 600,000 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id parameters out of bounds (memory %1 KiB, %2 passes, %3 lanes; at most 1 GiB, 20 passes, 8 lanes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 parameters out of bounds (%1 iterations; 100,000 to 10,000,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key derivation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PolicyLayer</name>
    <message>
        <source>unknown [meta] entry, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries belong in [defaults] or [locked]; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no settings in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the setting stays locked at the value below the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; this policy entry is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin policy cannot be read, so every setting stays locked at the value below the policy until it is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUBSTATE_POLICY_FILE names this file, which does not exist; only the system policy applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether it exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this group held %1, which is called %2 now; %2 stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this setting is called %1 now, and this section names %1 too; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this setting is called %1 now; the entry applies to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this setting was removed (%1); ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PreferencesStore</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (file version %2; this one knows up to %3). It is used read-only and left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was migrated from version %2 to %3; the old file is kept as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at version %2 and needs migrating to %3 first (hubstate-cli config migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2) and cannot be moved aside to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read and was moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings were restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting, kept in the file but not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the value below is used, the file keeps yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: locked by the administrator in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced by another program with a file of another version; nothing was written. Restart to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings kept from before the cut: %1; the others are back at their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier copy of %1 (kept by migrations) reads cleanly; the defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an unknown key can be kept only when it is a dotted name of letters, digits, &apos;_&apos; and &apos;-&apos;, outside the groups meta and General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PrivacyDelete</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window and program state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the keychain cannot remove or check this profile&apos;s secrets: %1. Everything remains: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the keychain could not be searched: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the keychain cannot be searched for this profile&apos;s entries: %1. Everything remains: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PrivacyExport</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of stored secrets (never their values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export category (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category chosen to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its export rule is &quot;never&quot; (classification %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value redacted: its export rule is &quot;redact&quot; (classification %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known setting: unknown keys are never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret values are never exported; only the name is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Your Hubstate data

Exported %1 (UTC).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## What is in this file

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 (`%2.json`): %3 records
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
## What was left out, and why

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No secret value (API key, token, password, backup key) is ever part of an export.
Hubstate sends nothing anywhere: this file exists only where you saved it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category not chosen for this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret values (API keys, tokens, passwords, the backup key) are never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups are copies of the data above and not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PrivateFiles</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode 0600): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::Profile</name>
    <message>
        <source>other users can read these files and folders of the profile: %1. Hubstate keeps its files 0600 and its folders 0700; to fix them: chmod -R go-rwx %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ProfileGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ProfileMonitor</name>
    <message>
        <source>session bus and file watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file watching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::Recovery</name>
    <message>
        <source>A crash of this session could not be detected at the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RecoveryCascade</name>
    <message>
        <source>%1: skipped, no password was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RenamedSettings</name>
    <message>
        <source>Hubstate keeps no backup password in memory, so there is nothing to forget when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this setting is called %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this setting was removed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RestoreEngine</name>
    <message>
        <source>Cannot prepare the restored %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--only: unknown part &quot;%1&quot; (parts: settings, layouts, agents, history, secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--only: name at least one part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the staging folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Hubstate (database schema %2; this version knows up to %3). Update Hubstate to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Hubstate (settings file version %2; this version knows up to %3). Update Hubstate to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in %1 fails its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup is staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds no secrets to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds no settings to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be restored without a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety backup failed, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not take effect for %1: the current state differs from the backup. The safety backup %2 holds the state from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the restore journal cannot be read (%2); the restore it records cannot be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the finished restore journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough room to restore %1: its database needs %2 MiB in %3, where %4 MiB are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another restore of this profile is being prepared; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are restored only from an encrypted backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key is restored only with the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were restored, but this program could not read them again: %1. Start it again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets were restored to the keychain but not recorded in the index (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RetentionPolicy</name>
    <message>
        <source>The retention policy keeps no backup at all (backup.maxBackups and the daily, weekly and monthly counts are all 0); refusing to delete every backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>one of the newest %n</source>
        <translation>
            <numerusform>one of the newest %n</numerusform>
            <numerusform>one of the newest %n</numerusform>
        </translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RunFolder</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a working folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::S3Destination</name>
    <message>
        <source>%1 is not an S3 URL (s3:// or s3+http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 URL %1 carries a secret: remove it from the URL and store it in the keychain (`hubstate-cli secret set NAME`, the secret on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 URL %1 names no access key id: write it before the endpoint (s3://KEYID@endpoint/bucket/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key id in %1 has characters S3 key ids do not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an S3 bucket name (3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix &quot;%1&quot; in %2 is not a folder of plain names (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, separated by &apos;/&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style=%1 in %2 is neither &quot;path&quot; nor &quot;virtual&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown setting &quot;%2&quot; (region and style are known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region=%1 in %2 is not a region name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; has a &apos;.&apos;, which the server&apos;s certificate does not cover in virtual-hosted style: add style=path to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be reached over plain http:// at %2: anyone on the network between could read or change what is sent. Use s3:// (https), or, on a network you trust, allow it with `hubstate-cli config set backup.allowInsecureHttp true`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key for %1 is kept in the keychain, which is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret access key for %1 in the keychain: store it with `hubstate-cli secret set %2` (the secret on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret access key for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer of %1 to or from %2 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the S3 endpoint %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the S3 endpoint %1 failed for %2 (attempts made: %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the signature of key %2 (403 SignatureDoesNotMatch): the secret access key stored in the keychain as %3 is not this key&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the access key id %2 (403 InvalidAccessKeyId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s clock differs from the S3 server&apos;s by more than 15 minutes (403 RequestTimeTooSkewed): set the clock right (NTP), then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist at %2 (NoSuchBucket): create it with the provider&apos;s console or check its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; is in region %2, not %3: use region=%2 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; is not served by %2 but by %3 (wrong region or endpoint): use that endpoint and its region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 denies key %2 access to %3 (403 %4): check the key&apos;s permissions on the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still asked to slow down (503 %2) after %3 attempts for %4; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2 with HTTP %3 %4 (attempts made: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a listing that is not a valid S3 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands back the same continuation token; the listing was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists more than %2 pages; the listing was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the start of the upload of %2 with something that is not a valid S3 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would take more than 10,000 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted part %2 of %3 without naming it (no ETag); the upload was abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the completion of %2 with something that is not a valid S3 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 on %2: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a different %2; nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 to %2 does not read back intact (SHA-256 differs); it was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 at %3 bytes, more than the %4 bytes a backup may have here; it was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes free, too few for %3 (%4 bytes); it was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SecretIndex</name>
    <message>
        <source>Cannot read the secret index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record secret %1 in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove secret %1 from the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SecretServiceSearch</name>
    <message>
        <source>the Secret Service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be searched: no D-Bus session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be searched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not give the attributes of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SecretStore</name>
    <message>
        <source>the keychain (Secret Service, service %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not give back what was stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret named %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 could not be verified after storing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is still in the keychain after deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1: the keychain did not answer in time; whether it was stored is unknown, check with `secret list`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SettingUnits</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds, or a number and a unit (%1) such as 30s or 5min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of bytes, or a number and a unit (%1) such as 512MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of percent, such as 150 or 150%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of pixels, such as 200 or 200px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of time; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of size; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of this setting; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous (1000 or 1024?); write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds maximum value of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below minimum value of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SettingValidator</name>
    <message>
        <source>%1: %2 (value: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most four chords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds maximum value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below minimum value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a key sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chord is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modifier (Ctrl, Shift, Alt, Meta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chord has no key after its modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chord has only modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter keys are written in upper case (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SettingsMigrator</name>
    <message>
        <source>Group the flat version 1 names into dotted keys by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [meta] fileVersion must be a whole number from 1 up (value: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings migrations: expected one step from version %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings migrations: a step leads beyond version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (file version %2; this one knows up to %3); it is left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no settings file version %1; versions run from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2: undo &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one sync interval: performance.syncInterval becomes sync.interval, from 5 s to 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop security.lockAfterIdle, which had nothing to lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the one backup.destination a list, backup.destinations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SettingsSchema</name>
    <message>
        <source>Key sequence that triggers this action. Leave empty to unbind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours; auto follows the desktop where it can be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of highlights, selections and focus outlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the text in Hubstate&apos;s windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger contrast between text, borders and backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off every animation in Hubstate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout opened at start: a template name or the id of a stored layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a layout being edited is saved; 0 turns autosave off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a tab bar when a pane holds several agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pane headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each pane&apos;s title and agent above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling one pane scrolls the others with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane edges move in grid steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications on the desktop, not only inside Hubstate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound with each notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when an agent finishes a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when an agent fails or loses its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a backup fails or the last verified backup is stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when synchronisation needs a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong focus indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a thick outline around the control that has keyboard focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen reader announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce refused actions and status changes to assistive technology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full keyboard navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every control, including the layout canvas, takes keyboard focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarges all text beyond the font size setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects the environment template whose values apply beneath yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run several agents side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow layouts other than the built-in templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer agents from the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share layouts and conversations with other people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep detailed local performance figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most agents configured at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most layouts stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most panes in one layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory Hubstate may use for caches and agents&apos; state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space for history, logs and metrics; the oldest entries go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encrypted connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse agent endpoints and servers that are not reached over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How backup passwords become keys; Argon2id resists guessing best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for caching history pages and search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes per layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most panes a layout may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most rows and columns of a layout&apos;s grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum pane width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowest a pane may be at the reference size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum pane height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest a pane may be at the reference size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most agents that run at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for an agent&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a failed agent request is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings and layouts in step between machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do when both machines changed the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a failed synchronisation is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before the first retry; later retries wait longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between scheduled backups; missed backups run at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of newest verified backups to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress backups with zstd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt backups with AES-256-GCM under a key from your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put keychain secrets into encrypted backups (never into unencrypted ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending technical telemetry. Hubstate itself sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow usage analytics. Hubstate itself sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending crash reports. Hubstate itself sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow collecting usage data. Hubstate itself sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sharing data with third parties. Hubstate itself sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: focus the pane to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: focus the pane to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: focus the pane above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: focus the pane below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: split the pane side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: split the pane one above the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: equalise the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: zoom the pane in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: rename the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: assign an agent to the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: clear the pane&apos;s agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep the newest backup of each of this many recent days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep the newest backup of each of this many recent weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep the newest backup of each of this many recent months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often your devices sync: this one sends its changes and takes the others&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sync API keys and other secrets, end-to-end encrypted with the sync passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sync store is: a folder or a WebDAV address, set when sync is set up. Another address must hold the same store (moved); a WebDAV password is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the WebDAV password over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an http:// WebDAV destination on another machine, where anyone on the network between can read the password. Only for a network you trust; https:// and this machine need no such setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go, as a JSON list: each with a name, a kind (folder, webdav or s3), a location, whether it is enabled, and its own retention if it differs. Empty for the profile&apos;s own backup folder. WebDAV passwords and S3 secret keys are kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::StateDatabase</name>
    <message>
        <source>Cannot commit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (schema version %2; this one knows up to %3). It is opened read-only and left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 before migrating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was migrated from schema version %2 to %3; the old database is kept as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database migration from schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating %1 from schema version %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 of table %3 refers to a missing row of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the full-text index does not match the messages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::StoredReferences</name>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no stored layout; the layout named &quot;%1&quot; is the template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no stored layout; the layout named &quot;%1&quot; has the id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no stored layout: give a template (%1) or the id of a stored layout (hubstate-cli layout list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no stored agent; the agent named &quot;%1&quot; has the id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no stored agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::StrictJson</name>
    <message>
        <source>too large; the limit is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: a byte order mark is allowed only at the start of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: the name &quot;%1&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large (%2 bytes); the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SyncEngine</name>
    <message>
        <source>Sync is turned off by the administrator (sync.enabled is locked in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.serverUrl names %1, which does not hold the sync store this device joined at %2; join the store there (hubstate-cli sync leave, then sync join) or set sync.serverUrl back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator pins sync to %1 (sync.serverUrl is locked in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync needs the keychain, which is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync key is missing from the keychain; join the sync store again (hubstate-cli sync join) with its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret in the sync state %1 cannot be opened with the sync key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2 refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value from another device is stored but has no effect here, since the administrator locks this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no sync store any more (its store.hsync is gone); leave and set sync up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was removed from the sync store at %1 by another device; leave and join again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile already syncs with %1; leave first (hubstate-cli sync leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync passphrase must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a sync store; join it instead (hubstate-cli sync join)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no sync store; create one there first (hubstate-cli sync init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up for this profile (hubstate-cli sync init or sync join)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync conflict %1 (hubstate-cli sync conflicts --all lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put in force here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device name has 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device %1 syncs with this store (hubstate-cli sync devices lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this device; to stop syncing here use hubstate-cli sync leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a device id (16 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device %1 has files in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync with %1 refused what follows; everything else was done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SyncFile</name>
    <message>
        <source>%1: &quot;format&quot; must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written in format %2, newer than this Hubstate reads (%3); update Hubstate on this device to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its contents belong to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;changes&quot; must be a list of at most %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid change record (item, value, version, stamp, parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a device file has a name (at most 200 characters), the time it was written and its cursors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cursors must map device ids to segment numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SyncJournal</name>
    <message>
        <source>Cannot create the folder of the sync state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sync state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sync state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state %1 was written by a newer Hubstate (format %2); update Hubstate to sync from this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the sync state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sync state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sync outbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sync outbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sync conflict log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sync conflict log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the sync state %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SyncLocalState</name>
    <message>
        <source>%1: must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeoutMs: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retryAttempts: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has members an agent does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an item this version of Hubstate syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting&apos;s record holds exactly one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout&apos;s id %1 is not the record&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s id %1 is not the record&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret&apos;s record holds its value in base64, at most 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets are not synced on this device (sync.includeSecrets is off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SyncRemote</name>
    <message>
        <source>a sync store header is an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sync store has format %2, newer than this Hubstate reads (%3); update Hubstate on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than a sync file may have (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a sync file may be (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SyncVault</name>
    <message>
        <source>The sync passphrase is wrong for this sync store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a sealed sync file (damaged or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: does not authenticate: it was changed, cut short or written by another store, and is not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::WebDavClient</name>
    <message>
        <source>The transfer of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the WebDAV server %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the WebDAV server failed for %1 (attempts made: %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server at %1 asks for credentials: put the user name in the URL (https://USER@host/path/) and the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server at %1 refused the credentials of user %2 (401): check the password stored in the keychain as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server forbids this on %1 (403 Forbidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on the WebDAV server (404 Not Found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV collection holding %1 does not exist (409 Conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server has no space left for %1 (507 Insufficient Storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server redirects %1 to %2: use that address as the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server failed on %1 with HTTP %2 %3 (attempts made: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server answered %1 with HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server sent a listing of %1 that is not valid WebDAV XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV collection %1 does not exist and cannot be created: its parent is missing (409 Conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write what %1 sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is not sent over plain http:// to %2: anyone on the network between could read it. Use https://, or, on a network you trust, allow it with `hubstate-cli config set backup.allowInsecureHttp true`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server announces %1 bytes for %2, more than the %3 bytes expected; the transfer was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server sends more than the %1 bytes expected for %2; the transfer was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::WebDavDestination</name>
    <message>
        <source>%1 is not a WebDAV URL (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV URL %1 carries a password: remove it from the URL and store it in the keychain with `hubstate-cli secret set %2` (the password on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is kept in the keychain, which is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 in the keychain: store it with `hubstate-cli secret set %2` (the password on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WebDAV collection (a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 on %2: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 to %2 arrived incomplete (%3 of %4 bytes); nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 to %2 does not read back intact (SHA-256 differs); nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a different %2; nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV server lists %1 at %2 bytes, more than the %3 bytes a backup may have here; it was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes free, too few for %3 (%4 bytes); it was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::WriteAheadLog</name>
    <message>
        <source>%1: its header is damaged, so SQLite ignores all of its %2 bytes, committed changes included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 of %3 fails its checksum, so SQLite drops it and every committed transaction from there on (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It could not be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The log is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a write-ahead log whose committed changes SQLite could not read; they are not in the database. A backup from before may hold them; remove the file once that is dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::SingleInstance</name>
    <message>
        <source>Hubstate already runs on this profile but does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AdvancedPage</name>
    <message>
        <source>The whole configuration as JSON. Problems are underlined and listed below; Apply stays off until the document is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads a JSON file into the editor for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the applied configuration to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops unapplied edits and shows the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the edited values; possible only when valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON; Tab moves to the next control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem of the document; Enter jumps to it in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration</source>
        <comment>source name in messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3: locked by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them to apply.</source>
        <translation>
            <numerusform>%n problem; fix it to apply.</numerusform>
            <numerusform>%n problems; fix them to apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s). Keys Hubstate does not know are not applied from here (hubstate-cli config import keeps them).</source>
        <translation>
            <numerusform>Valid, with %n warning. Keys Hubstate does not know are not applied from here (hubstate-cli config import keeps them).</numerusform>
            <numerusform>Valid, with %n warnings. Keys Hubstate does not know are not applied from here (hubstate-cli config import keeps them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translation>
            <numerusform>Valid, with %n warning.</numerusform>
            <numerusform>Valid, with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid; not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid; this is the applied configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AgentNames</name>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AgentsPage</name>
    <message>
        <source>Ask the keychain a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After unlocking or starting the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured agents; select one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new agent configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected agent&apos;s settings; its API key is not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press twice: deletes the selected agent and its API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; fixed once saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the hub&apos;s panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which API the agent speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The http or https address; https while encrypted connections are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model the agent asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000 to 300000 milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 10 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only enabled agents run in the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key to store it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to the system keychain only; never shown again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the API key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the key to the keychain and clears the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the agent&apos;s key from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible when the configuration follows the agent rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it to store or check API keys; Hubstate keeps keys nowhere else. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. API keys cannot be stored until one is; Hubstate keeps keys nowhere else. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy, not saved yet. Its API key is not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm de&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete again to delete %1 and its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent with the identifier %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agent first; its key is stored under its identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key of agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the keychain cannot be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored (save the agent first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is open: nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the form breaks the rules listed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AppearancePreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small picture of the hub in the chosen colours, accent and font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrator hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupCatalogModel</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (safety backup, taken before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupDestinationsEditor</name>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go. Enter edits the chosen destination, Space turns it on or off, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a backup destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups there are left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the selected destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the destination can be reached, logged in to and written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to every destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup destinations are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to this profile&apos;s own folder, %1. Add a destination to send them to another folder, a WebDAV server or S3-compatible storage, or to several at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups do not go to %1 for now; it stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a backup destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the backup destinations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backups no longer go there. The backups already there are left as they are, and so is its password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (%2); the backups there are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works, it can be read and written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Testing %n destination(s)…</source>
        <translation>
            <numerusform>Testing %n destination…</numerusform>
            <numerusform>Testing %n destinations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s) work.</source>
        <translation>
            <numerusform>%1 of %n destination works.</numerusform>
            <numerusform>%1 of %n destinations work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupEncryptionBox</name>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain for the backup key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens encrypted backups anywhere; used for this session only unless the backup key is set up with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up backup &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the backup key in the keychain, sealed with the backup password, so that scheduled backups need no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Encrypted backups use the backup password typed here, for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key is in the keychain: backups are encrypted without asking for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup key yet: choose a backup password and set up the key, so that scheduled backups can be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not encrypted (Encrypt backups is off), so they need no backup key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the backup key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key is in the keychain. Keep the password: it opens these backups on any machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupOperations</name>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by retention: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact: every entry matches its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed verification: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupSizeChart</name>
    <message>
        <source>Backup sizes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: %1, from %2 to %3; smallest %4, largest %5, newest %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupsPanel</name>
    <message>
        <source>Delete a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup Hubstate knows of, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for backups at the destination again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scheduled backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled backup is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next backup due: %1 (scheduled backups run while Hubstate runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled backup is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backup of %1 (%2) from %3? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the restore wizard on this backup: nothing changes before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted backup needs a backup password the first time: type one under &quot;Encryption&quot; (and set up the backup key to keep it in the keychain), or turn off &quot;Encrypt backups&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::ConversationModel</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent and conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n conversation(s), the newest started %2</source>
        <translation>
            <numerusform>%1
%n conversation, the newest started %2</numerusform>
            <numerusform>%1
%n conversations, the newest started %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Started %2, %n message(s)</source>
        <translation>
            <numerusform>%1
Started %2, %n message</numerusform>
            <numerusform>%1
Started %2, %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::DestinationAddress</name>
    <message>
        <source>Choose the folder backups go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of the WebDAV folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address starts with https:// (or http://) and names a server, as https://dav.example.org/backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address: type it under Password, from where it goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names the user %1 already: give the user in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of the S3 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint starts with https:// (or http://) and names the server, as https://s3.example.com or http://127.0.0.1:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the key id out of the endpoint: it has a field of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is the server&apos;s address only: the bucket and the folder in it have fields of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups would go to %1 over plain http://, where anyone on the network between could read or change them: Hubstate refuses that unless &quot;Send the WebDAV password over plain HTTP&quot; (backup.allowInsecureHttp) is on. Use an https:// endpoint where the server has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::DestinationDialog</name>
    <message>
        <source>Add a backup destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Only the password or secret key, which is kept in your keychain, can be stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on this machine, a disk or a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WebDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nextcloud, Apache, nginx or rclone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;S3-compatible storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket of AWS S3, Backblaze B2, Wasabi, Cloudflare R2, MinIO, Ceph or Garage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the destination is called in the list, in messages and by hubstate-cli; unique, whatever the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder backups go to, as a full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a folder chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the WebDAV folder backups go to, e.g. https://cloud.example.org/remote.php/dav/files/alice/backups/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user the server knows; empty for a server without log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in the keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address: https://s3.example.com, or http://127.0.0.1:9000 for a server on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket&apos;s region; empty for the one an AWS endpoint names, or us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket&apos;s name: 3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder in the bucket for the backups; empty for the bucket&apos;s top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. hubstate/laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the bucket is named in requests: in the path (most servers) or in the host name (AWS). Automatic takes the host name on AWS and the path elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (virtual-hosted on AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path style: endpoint/bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual-hosted: bucket.endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the access key; it is part of the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key&apos;s secret; kept in the keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;to this destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the destination stays in the list, but backups do not go there for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it to store it in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s policy fixes the backup destinations (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s policy fixes the backup destinations (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the list (another program changed it): cancel, and add it again if it is still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name the password is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task of the Backups page is running: try again when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the secret, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 secret access key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret for %1 is in the keychain (as %2), but it could not be recorded in the list of secrets: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key is in the keychain (as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is in the keychain (as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::DestinationListModel</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the %1 newest backups, and the newest of each of %2 days, %3 weeks and %4 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its own counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the page&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups do not go here for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::EventNotifier</name>
    <message>
        <source>Scheduled backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) or item(s) changed here and on another device. Choose which to keep on the Synchronisation page.</source>
        <translation>
            <numerusform>%n setting or item changed here and on another device. Choose which to keep on the Synchronisation page.</numerusform>
            <numerusform>%n settings or items changed here and on another device. Choose which to keep on the Synchronisation page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::FocusFrame</name>
    <message>
        <source>Keyboard focus indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline around the control that has keyboard focus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::HistoryBrowser</name>
    <message>
        <source>Search all conversations (word, or word* for a prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations by agent, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found, best matches first.</source>
        <translation>
            <numerusform>%n message found, best matches first.</numerusform>
            <numerusform>%n messages found, best matches first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm &amp;delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete again to delete &quot;%1&quot; and all its messages for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 messages match; the newest %2 are shown. Add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages match; the best %2 are shown. Add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::JumpList</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to a page or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page or setting; Enter goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of a page&apos;s or setting&apos;s name; Up and Down choose; Enter goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click goes to the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutCanvas</name>
    <message>
        <source>Layout canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between panes; the keys are listed under Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane %1 of %2, %3, %4, %5 x %6 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutEditor</name>
    <message>
        <source>&amp;Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane title; Enter to keep, Escape to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the layout editor&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split one above the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed in on %1; press %2 again to see every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pane is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are listed under the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of keys is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pane is to the left of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pane is to the right of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pane is above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pane is below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pane %1; this layout has %2 panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title for %1; Enter keeps it, Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign an agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign an agent: no agents are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent for %1; Enter assigns it, Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name for the layout; Enter keeps it in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the layout: a name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to &quot;%1&quot; discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of the layout editor; F1 hides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout is open: nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — disabled, does not run in the hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutKeyMap</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutListModel</name>
    <message numerus="yes">
        <source>%1
%2, %n pane(s), last changed %3</source>
        <translation>
            <numerusform>%1
%2, %n pane, last changed %3</numerusform>
            <numerusform>%1
%2, %n panes, last changed %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens at start (the default layout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutsPage</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter layouts by name or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of new layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid 2 x 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid 3 x 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate the layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;; %2 in the list brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the default layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout documents (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as a new layout, because a layout with its id exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LiveUpdates</name>
    <message>
        <source>The stored layouts were replaced (a restore): the list shows them as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::MainWindow</name>
    <message>
        <source>Hubstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters every setting of every page by label, description, key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the configuration document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1 to Alt+9, Ctrl+PgUp and Ctrl+PgDown or Ctrl+K go to a page; typing searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to a page or setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+K, then its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save on this page: settings are kept as soon as they change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line names a key and what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups cannot be made from this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::MessageModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::PaneAccessible</name>
    <message>
        <source>Pane %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::PrivacyCentre</name>
    <message>
        <source>Hubstate sends nothing anywhere, whatever the switches below say: no telemetry, analytics, crash reports or usage data leave this computer, and nothing is shared with anyone. The switches only record your choice for the orchestrator hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word a user types to confirm deleting all their data; keep it short, in capitals.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a ZIP file with one JSON file per category, a manifest of what was left out and why, and a readable summary. Secret values (API keys, passwords) are never included; only the names of stored secrets are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes everything listed below for good: settings, the database with its side files, caches, logs, and this profile&apos;s keychain entries. Hubstate then checks that nothing is left and closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete local &amp;backups and their catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n record(s)</source>
        <translation>
            <numerusform>• %1: %n record</numerusform>
            <numerusform>• %1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n item(s), listed with the reason in manifest.json. No secret value is in the file.</source>
        <translation>
            <numerusform>Left out: %n item, listed with the reason in manifest.json. No secret value is in the file.</numerusform>
            <numerusform>Left out: %n items, listed with the reason in manifest.json. No secret value is in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the keychain cannot remove or check this profile&apos;s secrets: %1. Everything remains:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted and checked: nothing of yours is left on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be deleted. Still present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept unless you tick &quot;Also delete local backups&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup catalog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local backups (%1, %2, in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted and checked. Kept, as you chose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RecoveryBanner</name>
    <message>
        <source>Hubstate started empty after finding damage: default settings, and no layouts, agents or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate found damage at start-up and put your data back from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged files were moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the damaged files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the recovery message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RecoveryDialog</name>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover from backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged files were moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate: damaged files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup &amp;yourself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the restore wizard; the damaged files are moved aside first, and Hubstate starts empty if you close the wizard without restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes Hubstate; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate did not shut down cleanly last time, and a full check of its files found damage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate&apos;s check of its files found damage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The database, which holds your layouts, agents and conversation history, is damaged and cannot be used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The settings file is damaged: your settings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock and recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate found damage in your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering puts back the newest backup that reads cleanly, then older ones. The damaged files are kept in a folder beside them: nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup needs its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted, and this computer&apos;s keychain holds no key that opens it. Type the password it was made with, or skip it to try an older backup, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this profile was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups could be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start empty: default settings, and no layouts, agents or history. The damaged files are kept in a folder beside them. Or choose a backup yourself (another file, or a server), or quit and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is damaged any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full check found the files sound: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was put back from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate starts empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate starts with default settings, and no layouts, agents or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings written before the damage were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a backup that reads cleanly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password: the backup does not open with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate cannot start empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged files cannot be moved aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::ReferencePicker</name>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing agent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing layout (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreConfirmPage</name>
    <message>
        <source>Confirm the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: all conversations and messages are replaced (%1 conversations and %2 messages now, %3 and %4 after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrets&lt;/b&gt; written to the keychain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Restoring from %1 overwrites:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Kept as they are now: %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;First, a &lt;b&gt;safety backup&lt;/b&gt; of the whole current state is written to %1. If the restore fails, nothing changes; once it is done, the last page offers to roll back to that safety backup.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the restore overwrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup also holds a backup key; this profile keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puts back the backup&apos;s version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no setting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 setting changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settings change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings&lt;/b&gt;: the settings file %1 is replaced (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layouts&lt;/b&gt;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agents&lt;/b&gt;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestorePreviewPage</name>
    <message>
        <source>What would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the backup holds, compared with the current state. The next page chooses what to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter: a key, a name, a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the restore would make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup matches the current state: restoring it would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that differ: %1; layouts: %2; agents: %3. Conversations now: %4; in the backup: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made %1 by Hubstate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreProgressPage</name>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honoured until the files are swapped; nothing changes then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the restore stops before it changes anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreResultPage</name>
    <message>
        <source>R&amp;oll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the safety backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored (%1) from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup matched the current state: nothing had to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state from before is kept in the safety backup %1; &quot;Roll back&quot; restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: the state from before the restore is back (from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the state from before the restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the restore changed goes back to how it was, from the safety backup %1. Changes made since the restore are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreScopePage</name>
    <message>
        <source>What to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts left out stay exactly as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything this backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only these parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (conversations and messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;crets (written to the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: no keychain to write the secrets to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: this backup does not hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreSourcePage</name>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes until the confirmation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup from the &amp;catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/hubstate-….hsbk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;WebDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://user@server/backups/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the server&apos;s backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate backups (*.hsbk *.tar.zst *.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be read in full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s backups cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (safety backup, taken before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken automatically before a restore; restoring it undoes that restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreUnlockPage</name>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is read and every hash checked before anything is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is not encrypted: no password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. The keychain&apos;s backup key is tried first; give the password only if that key does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted: give the password it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password: the backup does not open with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampered: the backup was changed after it was written, so it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: the backup cannot be read in full, so it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer format: a newer Hubstate made this backup; update Hubstate to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreWizard</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no safety backup to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RetentionFields</name>
    <message>
        <source>Keep &amp;last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups here by &amp;own counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the Backups kept, Daily, Weekly and Monthly settings of this page apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At its lowest it follows the page&apos;s setting, now %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SearchResultModel</name>
    <message>
        <source>&lt;small&gt;%1 · %2 · %3 · %4&lt;/small&gt;&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SettingCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SettingRow</name>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the value below yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the value below yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by the administrator in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by the administrator in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a colour dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number beside keeps its value when another unit is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a folder dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1 (stored in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout rules (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent rules (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only modified settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the settings of this page that have the value below yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every setting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns every changed setting of this page to the value below yours; Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this page hidden by the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting of this page differs from the value below yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns %1 changed setting(s) of this page to the value below yours; Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you search, this page also hides: %1. &lt;a href=&quot;#clear&quot;&gt;Clear the search&lt;/a&gt; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden while searching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting on this page differs from the value below yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting on this page matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::ShortcutEditor</name>
    <message>
        <source>Actions and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action, then press Enter to record new keys for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actions by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the actions whose name contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actions by keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press keys to show the actions they trigger; Escape clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the keys filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows actions with any keys again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show c&amp;onflicts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conflicts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only actions whose keys clash with another action&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the keys for the selected action (up to four chords); Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the recorded keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the selected action the recorded keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the keys of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the selected shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the selected action its default keys again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives every action its default keys again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also used by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only modified shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the actions that have their default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also used by: %2. Press Assign to use these keys anyway, or record other keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::ShortcutModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SyncConflictText</name>
    <message>
        <source>Setting “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept this device&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the other&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled by a later change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last write wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns spanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows spanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (keychain entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reset to the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a secret is stored; its value is not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted it while this device changed it. The changed version stays until you choose: Take theirs deletes it on every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device deleted it while %1 changed it. The changed version is back until you choose: Keep mine deletes it on every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on %1 before either had seen the other&apos;s change. This device&apos;s value stays in force until you choose; your choice goes to every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled automatically (last write wins): the later change is in force on every device. Choose a value to put it in force again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by a later change that had seen both values (a choice made on another device, or a new edit). Choose a value to put it in force again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (%1). You can choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side&apos;s changes were fine alone, but together they break a rule, so this needs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both devices (marked *): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed on one side only were merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SyncConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that &amp;clash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lists conflicts already resolved or settled automatically by last write wins, whose other value can be put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things both devices changed; the arrow keys choose one, Enter goes to Keep mine and Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;is device (mine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base (before both changes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other de&amp;vice (theirs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in force on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value both devices had before they changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other device&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the other device chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps this device&apos;s value and sends it to every device (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the other device&apos;s value in force here and on every device (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts, open or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts wait for you. “Show resolved” lists earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other de&amp;vice, %1 (theirs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept this device&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: took the value of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SyncDevicesBox</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices that share the sync store; F2 renames the one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits the name in the list; Enter keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes another device&apos;s files from the sync store; it is no longer waited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget “%1”? Its files are removed from the sync store and nobody waits for it any more. If it syncs again later, it must join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SyncPanel</name>
    <message>
        <source>Sync keeps your settings, layouts and agents (and, with “Sync secrets” on, API keys) the same on all your devices. Conversation history does not sync: it stays on the device where it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the sync store and the passphrase, and creates or joins the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sync since Hubstate started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends this device&apos;s changes and reads the other devices&apos; now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown while a sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops syncing on this device and removes its files from the sync store; settings stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (see Last error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 received, %3 of them applied here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflicts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 (see Last error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is turned off on this computer by the administrator&apos;s policy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not sync yet. Create a sync store in a folder or on a WebDAV server, or join the one your other devices use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the sync store does not answer. Retry %1 of %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when you press Sync now (Synchronise is off below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing on this device? Its files are removed from the sync store and its sync key from the keychain. Settings, layouts and agents stay as they are here; your other devices keep syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device no longer syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay in sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SyncSetupDialog</name>
    <message>
        <source>Set up sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, layouts and agents (and API keys, with “Sync secrets” on) are kept in step with your other devices through a sync store: a folder that Syncthing, Nextcloud&apos;s client or a network share keeps in step, or a WebDAV folder. Everything in it is encrypted with a key made from the sync passphrase; the server sees no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync store in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on this machine or a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;WebDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync store on a WebDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nextcloud, Apache, rclone or nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync store in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds the sync store; every device names the same one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a folder chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV folder with the user name, e.g. https://alice@cloud.example.org/remote.php/dav/files/alice/hubstate/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the user named in the WebDAV address; kept in the keychain only. Leave empty when it is there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV pa&amp;ssword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new sync store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new sync store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the first device: refused where a store exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join an existing sync store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join an existing sync store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every further device: reads the store before it sends anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts everything in the sync store; every device needs it to join. It cannot be recovered: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the sync passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again, to rule out a typing mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this device&apos;s changes (merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this device&apos;s changes (merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the store first, then sends what you changed here as edits made before joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;remote&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the remote&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces this device&apos;s settings, layouts and agents with the store&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your other devices list this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown while the sync store is created or joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create sync store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the sync store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder must be given as a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the WebDAV address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV address must start with https:// (or http://) and name a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address: type it in WebDAV password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the sync passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sync store at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the sync store at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is set up: this device created the sync store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device joined the sync store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open the sync store at %1. Type the passphrase chosen when the store was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up: %1
If this is your sync store, choose “Join an existing sync store” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync store at %1 holds damaged or tampered data, so nothing of it was used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync store at %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SyncStatusButton</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync off (last synced %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, retry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, next try at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Synchronisation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Open the Synchronisation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Synchronisation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Opens the Synchronisation page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Settings and state manager of the orchestrator hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all state under &lt;directory&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit (for the documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the restore wizard (with FILE preselected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --restore: a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate closes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubstate found damage in its database (your layouts, agents and conversation history) while checking it in the background.

Hubstate restarts now to recover it from your backups. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
