<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Client</name>
    <message>
        <source>%1: unknown setting</source>
        <translation type="unfinished">%1: unbekannte Einstellung</translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation type="unfinished">Kein Layout mit der ID %1</translation>
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
        <translation type="unfinished">Kein Agent mit der ID %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished">„%1“ ist kein Name für ein Geheimnis (Buchstaben, Ziffern, „.“, „_“, „-“)</translation>
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
        <translation>%1 (siehe hubstate-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>an interrupted restore was completed</source>
        <translation>eine unterbrochene Wiederherstellung wurde abgeschlossen</translation>
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
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>The passwords differ.
</source>
        <translation>Die Passwörter stimmen nicht überein.
</translation>
    </message>
    <message>
        <source>unknown backup subcommand %1</source>
        <translation>unbekannter Unterbefehl von backup: %1</translation>
    </message>
    <message>
        <source>give --password-stdin or --password-file, not both</source>
        <translation>geben Sie --password-stdin oder --password-file an, nicht beides</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No backup due before %1.</source>
        <translation>Vor %1 ist keine Sicherung fällig.</translation>
    </message>
    <message>
        <source>New backup password: </source>
        <translation>Neues Sicherungspasswort: </translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2)</source>
        <translation>Gesichert und überprüft: %1 (%2)</translation>
    </message>
    <message>
        <source>Removed by retention: %1</source>
        <translation>Gemäß Aufbewahrungsrichtlinie entfernt: %1</translation>
    </message>
    <message>
        <source>usage: backup list [--at DEST]</source>
        <translation>Aufruf: backup list [--at DEST]</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschl.</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>usage: backup verify FILE [--password-stdin | --password-file F]</source>
        <translation>Aufruf: backup verify FILE [--password-stdin | --password-file F]</translation>
    </message>
    <message>
        <source>Backup password: </source>
        <translation>Sicherungspasswort: </translation>
    </message>
    <message>
        <source>%1: intact (%2 entries, made %3 by Hubstate %4)</source>
        <translation>%1: unversehrt (%2 Einträge, erstellt am %3 mit Hubstate %4)</translation>
    </message>
    <message>
        <source>usage: backup prune [--at DEST]</source>
        <translation>Aufruf: backup prune [--at DEST]</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation>Nichts zu entfernen.</translation>
    </message>
    <message>
        <source>setting %1: %2 -&gt; %3</source>
        <translation>Einstellung %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>history: %1 conversations, %2 messages -&gt; %3 conversations, %4 messages</source>
        <translation>Verlauf: %1 Unterhaltungen, %2 Nachrichten -&gt; %3 Unterhaltungen, %4 Nachrichten</translation>
    </message>
    <message>
        <source>secret %1: written to the keychain</source>
        <translation>Geheimnis %1: in den Schlüsselbund geschrieben</translation>
    </message>
    <message>
        <source>The backup matches the current state: nothing to change.</source>
        <translation>Die Sicherung entspricht dem aktuellen Zustand: es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The state from before is in the safety backup %1.</source>
        <translation>Der vorherige Zustand liegt in der Vorabsicherung %1.</translation>
    </message>
    <message>
        <source>usage: recover [--password-stdin | --password-file F]</source>
        <translation>Aufruf: recover [--password-stdin | --password-file F]</translation>
    </message>
    <message>
        <source>An interrupted restore was completed.</source>
        <translation>Eine unterbrochene Wiederherstellung wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>The database and the settings are intact; nothing to recover.</source>
        <translation>Datenbank und Einstellungen sind unversehrt; es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>The damaged files were moved to %1.</source>
        <translation>Die beschädigten Dateien wurden nach %1 verschoben.</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>nicht verwendet: %1</translation>
    </message>
    <message>
        <source>No usable backup was found: Hubstate starts from the defaults.</source>
        <translation>Es wurde keine verwendbare Sicherung gefunden: Hubstate startet mit den Standardwerten.</translation>
    </message>
    <message>
        <source>Recovered from %1.</source>
        <translation>Aus %1 wiederhergestellt.</translation>
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
        <translation>Geplante Sicherung fehlgeschlagen</translation>
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
        <translation type="unfinished">%1 (%2) hinzugefügt: %3. {1 ?} {2)?} {3?}</translation>
    </message>
    <message>
        <source>Removed %1 (%2); the backups there are left as they are.</source>
        <translation type="unfinished">%1 (%2) entfernt; die Sicherungen dort bleiben, wie sie sind.</translation>
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
        <translation>hubstate-cli %1 (Qt %2 beim Erstellen, %3 zur Laufzeit; Syntaxhervorhebung: %4)
</translation>
    </message>
    <message>
        <source>--profile needs a directory</source>
        <translation>--profile erwartet einen Ordner</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
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
        <translation>config erwartet einen Unterbefehl</translation>
    </message>
    <message>
        <source>unknown config subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl von config: „%1“</translation>
    </message>
    <message>
        <source>usage: config get KEY</source>
        <translation>Aufruf: config get SCHLÜSSEL</translation>
    </message>
    <message>
        <source>usage: config set KEY VALUE</source>
        <translation>Aufruf: config set SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <source>usage: config reset KEY</source>
        <translation>Aufruf: config reset SCHLÜSSEL</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>usage: config list [--modified]</source>
        <translation>Aufruf: config list [--modified]</translation>
    </message>
    <message>
        <source>usage: config explain KEY</source>
        <translation>Aufruf: config explain SCHLÜSSEL</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  supplied by: %1</source>
        <translation>  Quelle: %1</translation>
    </message>
    <message>
        <source>  locked by the administrator in %1</source>
        <translation>  Vom Administrator in %1 gesperrt</translation>
    </message>
    <message>
        <source>  user:               %1</source>
        <translation>  Benutzer:               %1</translation>
    </message>
    <message>
        <source>  admin default:      %1</source>
        <translation>  Administratorvorgabe:   %1</translation>
    </message>
    <message>
        <source>  template (%1): %2</source>
        <translation>  Vorlage (%1): %2</translation>
    </message>
    <message>
        <source>  built-in default:   %1</source>
        <translation>  Integrierter Standard:  %1</translation>
    </message>
    <message>
        <source>  your value is kept but not used while the lock holds</source>
        <translation>  Ihr Wert bleibt erhalten, wird aber nicht verwendet, solange die Sperre besteht</translation>
    </message>
    <message>
        <source>usage: config validate FILE</source>
        <translation>Aufruf: config validate DATEI</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>usage: config import FILE</source>
        <translation>Aufruf: config import DATEI</translation>
    </message>
    <message>
        <source>%1: not imported; nothing was changed</source>
        <translation>%1: nicht importiert; es wurde nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n setting(s)</source>
        <translation>
            <numerusform>%1: %n Einstellung importiert</numerusform>
            <numerusform>%1: %n Einstellungen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: config export [--out FILE]</source>
        <translation>Aufruf: config export [--out DATEI]</translation>
    </message>
    <message>
        <source>usage: config template NAME</source>
        <translation>Aufruf: config template NAME</translation>
    </message>
    <message>
        <source>no environment template named &quot;%1&quot;; templates: %2</source>
        <translation>keine Umgebungsvorlage namens „%1“; vorhandene Vorlagen: %2</translation>
    </message>
    <message>
        <source>%1 stays %2 (%3) instead of the template&apos;s %4</source>
        <translation>%1 bleibt %2 (%3) statt %4 aus der Vorlage</translation>
    </message>
    <message>
        <source>environment = %1: %2 of the template&apos;s %3 values apply</source>
        <translation>environment = %1: %2 von %3 Werten der Vorlage gelten</translation>
    </message>
    <message>
        <source>--to needs a version number</source>
        <translation>--to erwartet eine Versionsnummer</translation>
    </message>
    <message>
        <source>usage: config migrate [--dry-run] [--to N]</source>
        <translation>Aufruf: config migrate [--dry-run] [--to N]</translation>
    </message>
    <message>
        <source>%1 is already at version %2</source>
        <translation>%1 hat bereits Version %2</translation>
    </message>
    <message>
        <source>%1 would be migrated from version %2 to %3:</source>
        <translation>%1 würde von Version %2 auf %3 migriert:</translation>
    </message>
    <message>
        <source>%1 migrated from version %2 to %3:</source>
        <translation>%1 wurde von Version %2 auf %3 migriert:</translation>
    </message>
    <message>
        <source>The previous file is kept as %1</source>
        <translation>Die bisherige Datei bleibt als %1 erhalten</translation>
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
        <translation>history erwartet einen Unterbefehl: import, search, stats</translation>
    </message>
    <message>
        <source>unknown history subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl von history: „%1“</translation>
    </message>
    <message>
        <source>usage: history import FILE</source>
        <translation>Aufruf: history import DATEI</translation>
    </message>
    <message>
        <source>usage: history search QUERY [--limit N] (N from 1 to 10000)</source>
        <translation>Aufruf: history search SUCHTEXT [--limit N] (N von 1 bis 10000)</translation>
    </message>
    <message>
        <source>more than 5000 messages match; the newest are shown first</source>
        <translation>mehr als 5000 Nachrichten passen zur Suche; die neuesten werden zuerst angezeigt</translation>
    </message>
    <message>
        <source>usage: history stats</source>
        <translation>Aufruf: history stats</translation>
    </message>
    <message>
        <source>conversations: %1</source>
        <translation>Unterhaltungen: %1</translation>
    </message>
    <message>
        <source>messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <source>  user: %1</source>
        <translation>  user: %1</translation>
    </message>
    <message>
        <source>  assistant: %1</source>
        <translation>  assistant: %1</translation>
    </message>
    <message>
        <source>  system: %1</source>
        <translation>  system: %1</translation>
    </message>
    <message>
        <source>  tool: %1</source>
        <translation>  tool: %1</translation>
    </message>
    <message>
        <source>agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>Erste Nachricht: %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>Letzte Nachricht: %1</translation>
    </message>
    <message>
        <source>%1: messages imported: %2, already present: %3, new conversations: %4</source>
        <translation>%1: Nachrichten importiert: %2, bereits vorhanden: %3, neue Unterhaltungen: %4</translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::LayoutCommand</name>
    <message>
        <source>layout needs a subcommand: list, show, validate, import, export</source>
        <translation>layout erwartet einen Unterbefehl: list, show, validate, import, export</translation>
    </message>
    <message>
        <source>unknown layout subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl von layout: „%1“</translation>
    </message>
    <message>
        <source>usage: layout list [--tag TAG]</source>
        <translation>Aufruf: layout list [--tag TAG]</translation>
    </message>
    <message numerus="yes">
        <source>%n pane(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: layout export ID [--out FILE]</source>
        <translation>Aufruf: layout export ID [--out DATEI]</translation>
    </message>
    <message>
        <source>usage: layout show ID</source>
        <translation>Aufruf: layout show ID</translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation>Kein Layout mit der ID %1</translation>
    </message>
    <message>
        <source>usage: layout import FILE</source>
        <translation>Aufruf: layout import DATEI</translation>
    </message>
    <message>
        <source>usage: layout validate FILE</source>
        <translation>Aufruf: layout validate DATEI</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not imported; nothing was changed</source>
        <translation>%1: nicht importiert; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>%1: not imported: the profile already holds %2 layouts (limits.maxLayouts)</source>
        <translation>%1: nicht importiert: das Profil enthält bereits %2 Layouts (limits.maxLayouts)</translation>
    </message>
    <message>
        <source>%1: replaced layout %2 (%3)</source>
        <translation>%1: Layout %2 (%3) ersetzt</translation>
    </message>
    <message>
        <source>%1: imported layout %2 (%3)</source>
        <translation>%1: Layout %2 (%3) importiert</translation>
    </message>
</context>
<context>
    <name>Hubstate::Cli::MaintenanceCommand</name>
    <message>
        <source>usage: check [--full]</source>
        <translation>Aufruf: check [--full]</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: in Ordnung</translation>
    </message>
    <message>
        <source>dev needs a subcommand: generate-profile, generate-history</source>
        <translation>dev erwartet einen Unterbefehl: generate-profile, generate-history</translation>
    </message>
    <message>
        <source>unknown dev subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl von dev: „%1“</translation>
    </message>
    <message>
        <source>usage: dev generate-history FILE [--messages N] [--agents N]</source>
        <translation>Aufruf: dev generate-history DATEI [--messages N] [--agents N]</translation>
    </message>
    <message>
        <source>usage: dev generate-profile [--messages N] [--layouts N] [--agents N]</source>
        <translation>Aufruf: dev generate-profile [--messages N] [--layouts N] [--agents N]</translation>
    </message>
    <message>
        <source>%1: generated messages: %2, layouts: %3, agents: %4</source>
        <translation>%1: erzeugt: Nachrichten: %2, Layouts: %3, Agenten: %4</translation>
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
        <translation type="unfinished">%1 %2: %3 (%4) {1:?} {2 ?} {3)?}</translation>
    </message>
    <message>
        <source>reload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1: %3 {1 %2:?}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished">entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">geändert</translation>
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
        <translation>privacy erwartet einen Unterbefehl: export, delete</translation>
    </message>
    <message>
        <source>unknown privacy subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl von privacy: „%1“</translation>
    </message>
    <message>
        <source>usage: privacy export --out FILE [--only CATEGORIES] (CATEGORIES: %1)</source>
        <translation>Aufruf: privacy export --out FILE [--only CATEGORIES] (CATEGORIES: %1)</translation>
    </message>
    <message>
        <source>%1: exported</source>
        <translation>%1: exportiert</translation>
    </message>
    <message>
        <source>Left out (see manifest.json in the file): %1 items, no secret values</source>
        <translation>Ausgelassen (siehe manifest.json in der Datei): %1 Elemente, keine Werte von Geheimnissen</translation>
    </message>
    <message>
        <source>usage: privacy delete --yes [--include-backups]</source>
        <translation>Aufruf: privacy delete --yes [--include-backups]</translation>
    </message>
    <message>
        <source>Would delete:</source>
        <translation>Würde gelöscht werden:</translation>
    </message>
    <message>
        <source>privacy delete removes all of the above for good: add --yes</source>
        <translation>privacy delete entfernt alles oben Aufgeführte endgültig: fügen Sie --yes hinzu</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Not everything could be deleted; still present: %1</source>
        <translation>Nicht alles konnte gelöscht werden; noch vorhanden: %1</translation>
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
        <translation>secret erwartet einen Unterbefehl: status, list, set, get, delete</translation>
    </message>
    <message>
        <source>usage: secret status | list | set NAME [--purpose TEXT] [--binary] | get NAME | delete NAME</source>
        <translation>Aufruf: secret status | list | set NAME [--purpose TEXT] [--binary] | get NAME | delete NAME</translation>
    </message>
    <message>
        <source>cannot tell which secrets are present: %1</source>
        <translation>es lässt sich nicht feststellen, welche Geheimnisse vorhanden sind: %1</translation>
    </message>
    <message>
        <source>usage: secret set NAME [--purpose TEXT] [--binary] (the value on stdin)</source>
        <translation>Aufruf: secret set NAME [--purpose TEXT] [--binary] (der Wert über die Standardeingabe)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>„%1“ ist kein Name für ein Geheimnis (Buchstaben, Ziffern, „.“, „_“, „-“)</translation>
    </message>
    <message>
        <source>Cannot read the secret from stdin</source>
        <translation>Das Geheimnis kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>secret %1: the value on stdin is empty</source>
        <translation>Geheimnis %1: der Wert auf der Standardeingabe ist leer</translation>
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
        <translation type="unfinished">(keine)</translation>
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
        <translation>%1 ist keine gültige file://-URL</translation>
    </message>
    <message>
        <source>%1 is not a valid backup destination URL: %2</source>
        <translation>%1 ist keine gültige URL für ein Sicherungsziel: %2</translation>
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
        <translation>security.lockAfterIdle=%1 wurde entfernt: Hubstate behält kein Sicherungspasswort im Speicher, bei Untätigkeit gibt es also nichts zu vergessen</translation>
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
        <translation>outcome: muss einer der folgenden Werte sein: %1 (Wert: %2)</translation>
    </message>
    <message>
        <source>startedAt: must be a date and time</source>
        <translation>startedAt: muss ein Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <source>Cannot record a connection</source>
        <translation>Die Verbindung kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>a metric needs a name, a finite value and a time</source>
        <translation>ein Messwert benötigt einen Namen, einen endlichen Wert und einen Zeitpunkt</translation>
    </message>
    <message>
        <source>Cannot record metric %1</source>
        <translation>Messwert %1 kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot read the connection log</source>
        <translation>Das Verbindungsprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read metric %1</source>
        <translation>Messwert %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the connection log</source>
        <translation>Die Einträge des Verbindungsprotokolls können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot count metrics</source>
        <translation>Die Messwerte können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot apply the storage limit</source>
        <translation>Die Speicherplatzbegrenzung kann nicht angewendet werden</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::AgentRepository</name>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss aus 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“ bestehen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation>muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <source>must use https while security.requireTls is on</source>
        <translation>muss https verwenden, solange security.requireTls eingeschaltet ist</translation>
    </message>
    <message>
        <source>must not carry credentials; store them as a secret</source>
        <translation>darf keine Zugangsdaten enthalten; speichern Sie diese als Geheimnis</translation>
    </message>
    <message>
        <source>exceeds maximum value of 300000</source>
        <translation>überschreitet den Höchstwert 300000</translation>
    </message>
    <message>
        <source>is below minimum value of 1000</source>
        <translation>unterschreitet den Mindestwert 1000</translation>
    </message>
    <message>
        <source>exceeds maximum value of 10</source>
        <translation>überschreitet den Höchstwert 10</translation>
    </message>
    <message>
        <source>is below minimum value of 0</source>
        <translation>unterschreitet den Mindestwert 0</translation>
    </message>
    <message>
        <source>must name a secret (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), never hold one</source>
        <translation>muss ein Geheimnis benennen (Buchstaben, Ziffern, „.“, „_“, „-“), darf aber nie selbst eines enthalten</translation>
    </message>
    <message>
        <source>Cannot list agents</source>
        <translation>Die Agenten können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read agent %1</source>
        <translation>Agent %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>agent %1: %2</source>
        <translation>Agent %1: %2</translation>
    </message>
    <message>
        <source>Cannot count agents</source>
        <translation>Die Agenten können nicht gezählt werden</translation>
    </message>
    <message>
        <source>agent %1: a profile holds at most %2 agents (agents.maxAgents)</source>
        <translation>Agent %1: ein Profil enthält höchstens %2 Agenten (agents.maxAgents)</translation>
    </message>
    <message>
        <source>Cannot save agent %1</source>
        <translation>Agent %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete agent %1</source>
        <translation>Agent %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>No agent with id %1</source>
        <translation>Kein Agent mit der ID %1</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ArchiveReader</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>not a Hubstate backup archive</source>
        <translation>kein Hubstate-Sicherungsarchiv</translation>
    </message>
    <message>
        <source>an archive header cannot be read</source>
        <translation>ein Archiv-Kopfbereich kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a plain file name</source>
        <translation>der Eintrag „%1“ ist kein einfacher Dateiname</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears twice</source>
        <translation>der Eintrag „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; follows the manifest</source>
        <translation>der Eintrag „%1“ folgt auf das Manifest</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be read</source>
        <translation>der Eintrag „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write %1 from %2: %3</source>
        <translation>%1 kann nicht aus %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>it has no manifest (the archive is incomplete)</source>
        <translation>kein Manifest vorhanden (das Archiv ist unvollständig)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; listed in the manifest is missing</source>
        <translation>der im Manifest aufgeführte Eintrag „%1“ fehlt</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; does not match its SHA-256 in the manifest</source>
        <translation>der Eintrag „%1“ stimmt nicht mit seiner SHA-256-Prüfsumme im Manifest überein</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not listed in the manifest</source>
        <translation>der Eintrag „%1“ ist nicht im Manifest aufgeführt</translation>
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
        <translation>Das Sicherungsarchiv kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::AtomicFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2: %3</source>
        <translation>%1 kann nicht als %2 an seinen Platz verschoben werden: %3</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Refusing to overwrite %1</source>
        <translation>%1 wird nicht überschrieben</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupCatalog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup catalog %1 could not be read (%2); it was moved to %3 and the backups will be found again.</source>
        <translation>Der Sicherungskatalog %1 konnte nicht gelesen werden (%2); er wurde nach %3 verschoben, und die Sicherungen werden neu erfasst.</translation>
    </message>
    <message>
        <source>%1: an entry of the backup catalog is incomplete and was dropped</source>
        <translation>%1: ein Eintrag des Sicherungskatalogs ist unvollständig und wurde verworfen</translation>
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
        <translation type="unfinished">Der Ordner %1 kann nicht erstellt werden</translation>
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
        <translation>Eine verschlüsselte Sicherung benötigt beim ersten Mal ein Sicherungspasswort, um den Sicherungsschlüssel einzurichten: Legen Sie es auf der Seite „Sicherungen“ fest oder geben Sie es hubstate-cli backup create mit (--password-stdin oder --password-file); oder sichern Sie unverschlüsselt (--no-encrypt, oder schalten Sie backup.encryption aus).</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Der Sicherungsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Secrets cannot be backed up: there is no keychain.</source>
        <translation>Geheimnisse können nicht gesichert werden: es gibt keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivierung</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>the entries read back differ from those written</source>
        <translation>die zurückgelesenen Einträge weichen von den geschriebenen ab</translation>
    </message>
    <message>
        <source>The backup %1 failed verification after it was written and was quarantined: %2</source>
        <translation>Die Sicherung %1 hat die Überprüfung nach dem Schreiben nicht bestanden und wurde in Quarantäne verschoben: %2</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>%1 does not name a backup file (hubstate-TIME.hsbk or .tar.zst) at a destination</source>
        <translation>%1 bezeichnet keine Sicherungsdatei (hubstate-TIME.hsbk oder .tar.zst) an einem Sicherungsziel</translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation>%1: keine solche Sicherungsdatei</translation>
    </message>
    <message>
        <source>There is no verified backup yet.</source>
        <translation>Es gibt noch keine überprüfte Sicherung.</translation>
    </message>
    <message>
        <source>The newest verified backup (%1) is older than twice the backup interval.</source>
        <translation>Die neueste überprüfte Sicherung (%1) ist älter als das doppelte Sicherungsintervall.</translation>
    </message>
    <message>
        <source>The database %1 fails its integrity check, so it was not backed up (run hubstate-cli recover): %2</source>
        <translation>Die Datenbank %1 besteht die Integritätsprüfung nicht und wurde daher nicht gesichert (führen Sie hubstate-cli recover aus): %2</translation>
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
            <numerusform>%n Sicherung trägt eine Zeit nach der Uhr dieses Computers (%1, erstellt %2) und wird nicht gezählt.</numerusform>
            <numerusform>%n Sicherungen tragen eine Zeit nach der Uhr dieses Computers (etwa %1, erstellt %2) und werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination in backup.destinations is enabled: enable one (hubstate-cli backup destinations add), or name one with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
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
        <translation>Es gibt bereits einen Hauptschlüssel für Sicherungen; ändern Sie sein Passwort, statt ihn zu ersetzen</translation>
    </message>
    <message>
        <source>The backup master key in the keychain does not match its envelope</source>
        <translation>Der Hauptschlüssel für Sicherungen im Schlüsselbund passt nicht zu seiner Schlüsselhülle</translation>
    </message>
    <message>
        <source>The new password envelope does not open; nothing was changed</source>
        <translation>Die neue Schlüsselhülle lässt sich nicht öffnen; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::BackupManifest</name>
    <message>
        <source>%1: %2 in the manifest: %3</source>
        <translation>%1: %2 im Manifest: %3</translation>
    </message>
    <message>
        <source>must be &quot;hubstate-backup&quot;</source>
        <translation>muss „hubstate-backup“ sein</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (backup format %2; this version reads up to %3). Update Hubstate to restore it.</source>
        <translation>%1 wurde von einer neueren Hubstate-Version geschrieben (Sicherungsformat %2; diese Version liest bis %3). Aktualisieren Sie Hubstate, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time</source>
        <translation>muss ein Zeitpunkt nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>must be an integer of 0 or more</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a plain file name</source>
        <translation>muss ein einfacher Dateiname sein</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be a size of 0 or more</source>
        <translation>muss eine Größe ab 0 sein</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>muss aus 64 Hexadezimalziffern bestehen</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 claims to be encrypted but is not</source>
        <translation>%1 gibt vor, verschlüsselt zu sein, ist es aber nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a password is needed to open it</source>
        <translation>zum Öffnen wird ein Passwort benötigt</translation>
    </message>
    <message>
        <source>%1 holds a manifest that says it is not encrypted</source>
        <translation>%1 enthält ein Manifest, laut dem die Sicherung nicht verschlüsselt ist</translation>
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
        <translation>das Konfigurationsdokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a version such as &quot;%1&quot;</source>
        <translation>muss eine Version wie „%1“ sein</translation>
    </message>
    <message>
        <source>written by a newer Hubstate; this one reads up to %1</source>
        <translation>von einer neueren Hubstate-Version geschrieben; diese Version liest bis %1</translation>
    </message>
    <message>
        <source>must be an object holding settings</source>
        <translation>muss ein Objekt mit Einstellungen sein</translation>
    </message>
    <message>
        <source>unknown key; kept, but Hubstate does not use it</source>
        <translation>unbekannter Schlüssel; bleibt erhalten, wird aber von Hubstate nicht verwendet</translation>
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
        <translation>diese Einstellung wurde entfernt (%1); ignoriert</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ContainerReader</name>
    <message>
        <source>the backup was tampered with: %1</source>
        <translation>die Sicherung wurde manipuliert: %1</translation>
    </message>
    <message>
        <source>the backup is damaged: %1</source>
        <translation>die Sicherung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>not a Hubstate backup (no container header)</source>
        <translation>keine Hubstate-Sicherung (kein Container-Kopfbereich)</translation>
    </message>
    <message>
        <source>written in backup format %1 by a newer Hubstate; this one reads format %2</source>
        <translation>von einer neueren Hubstate-Version im Sicherungsformat %1 geschrieben; diese Version liest Format %2</translation>
    </message>
    <message>
        <source>the backup&apos;s header is damaged (version or length)</source>
        <translation>der Kopfbereich der Sicherung ist beschädigt (Version oder Länge)</translation>
    </message>
    <message>
        <source>the backup ends inside its header</source>
        <translation>die Sicherung endet innerhalb ihres Kopfbereichs</translation>
    </message>
    <message>
        <source>the backup&apos;s header is damaged (header hash)</source>
        <translation>der Kopfbereich der Sicherung ist beschädigt (Prüfsumme des Kopfbereichs)</translation>
    </message>
    <message>
        <source>the backup&apos;s header has values this format does not allow</source>
        <translation>der Kopfbereich der Sicherung enthält Werte, die dieses Format nicht zulässt</translation>
    </message>
    <message>
        <source>no header read</source>
        <translation>kein Kopfbereich gelesen</translation>
    </message>
    <message>
        <source>this backup was made with another master key: give its password</source>
        <translation>diese Sicherung wurde mit einem anderen Hauptschlüssel erstellt: geben Sie das Passwort dieser Sicherung ein</translation>
    </message>
    <message>
        <source>its file key does not open</source>
        <translation>ihr Dateischlüssel lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>header authentication fails</source>
        <translation>die Authentifizierung des Kopfbereichs schlägt fehl</translation>
    </message>
    <message>
        <source>the key commitment fails</source>
        <translation>die Prüfung der Schlüsselbindung schlägt fehl</translation>
    </message>
    <message>
        <source>no trailer after the final chunk</source>
        <translation>kein Abschlussbereich nach dem letzten Datenblock</translation>
    </message>
    <message>
        <source>the trailer&apos;s counts do not match the chunks</source>
        <translation>die Zählwerte im Abschlussbereich passen nicht zu den Datenblöcken</translation>
    </message>
    <message>
        <source>bytes after the end</source>
        <translation>überzählige Bytes nach dem Ende</translation>
    </message>
    <message>
        <source>the backup is damaged: the file hash does not match</source>
        <translation>die Sicherung ist beschädigt: die Prüfsumme der Datei stimmt nicht überein</translation>
    </message>
    <message>
        <source>the backup is not unlocked</source>
        <translation>die Sicherung ist nicht entsperrt</translation>
    </message>
    <message>
        <source>it ends before its final chunk (chunk %1)</source>
        <translation>sie endet vor ihrem letzten Datenblock (Block %1)</translation>
    </message>
    <message>
        <source>chunk %1 has an impossible frame</source>
        <translation>Datenblock %1 hat unmögliche Rahmendaten</translation>
    </message>
    <message>
        <source>it ends inside chunk %1</source>
        <translation>sie endet mitten in Datenblock %1</translation>
    </message>
    <message>
        <source>chunk %1 does not authenticate</source>
        <translation>Datenblock %1 lässt sich nicht authentifizieren</translation>
    </message>
    <message>
        <source>Cannot write the restored data: %1</source>
        <translation>Die wiederhergestellten Daten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation>Die Sicherung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the backup is damaged or was tampered with: %1</source>
        <translation>die Sicherung ist beschädigt oder wurde manipuliert: %1</translation>
    </message>
    <message>
        <source>the header was read already</source>
        <translation>der Kopfbereich wurde bereits gelesen</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::ContainerWriter</name>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Die verschlüsselte Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The master key does not match its envelope</source>
        <translation>Der Hauptschlüssel passt nicht zu seiner Schlüsselhülle</translation>
    </message>
    <message>
        <source>The encrypted file is not open for writing</source>
        <translation>Die verschlüsselte Datei ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>The encrypted file was already begun</source>
        <translation>Die verschlüsselte Datei wurde bereits begonnen</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::Crypto</name>
    <message>
        <source>HKDF is not available</source>
        <translation>HKDF ist nicht verfügbar</translation>
    </message>
    <message>
        <source>HKDF failed</source>
        <translation>HKDF ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>PBKDF2 failed</source>
        <translation>PBKDF2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>Argon2id ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation>Verschlüsselung mit AES-256-GCM ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>an encrypted block is too short</source>
        <translation>ein verschlüsselter Block ist zu kurz</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation>Entschlüsselung mit AES-256-GCM ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>authentication tag does not match</source>
        <translation>das Authentifizierungs-Tag stimmt nicht überein</translation>
    </message>
    <message>
        <source>AES-256-GCM: a block larger than 1 GiB</source>
        <translation>AES-256-GCM: ein Block größer als 1 GiB</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::DatabaseSnapshot</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot snapshot the database %1: %2</source>
        <translation>Von der Datenbank %1 kann keine Momentaufnahme erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: row %2 of table %3 refers to a missing row of %4</source>
        <translation>%1: Zeile %2 der Tabelle %3 verweist auf eine fehlende Zeile in %4</translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation>%1 ist keine lesbare Datenbank: %2</translation>
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
        <translation type="unfinished">„%1“ ist kein Name für eine Sicherungsdatei (ein einfacher Name mit der Endung .hsbk oder .tar.zst)</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::DurableFile</name>
    <message>
        <source>Cannot %1 %2: %3</source>
        <translation>%2 kann nicht %1 werden: %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>write</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>flush to disk</source>
        <translation>auf den Datenträger geschrieben</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2: %3</source>
        <translation>%1 kann nicht als %2 an seinen Platz verschoben werden: %3</translation>
    </message>
    <message>
        <source>Cannot flush folder %1 to disk: %2</source>
        <translation>Ordner %1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::FileLock</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished">Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open the lock %1: %2</source>
        <translation type="unfinished">Die Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: the database driver is not SQLite</source>
        <translation>%1 kann nicht importiert werden: der Datenbanktreiber ist nicht SQLite</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be one of %1 (value: %2)</source>
        <translation>muss einer der folgenden Werte sein: %1 (Wert: %2)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-01-31T12:00:00Z (value: %1)</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein, etwa 2026-01-31T12:00:00Z (Wert: %1)</translation>
    </message>
    <message>
        <source>conversation %1 belongs to agent %2, not %3</source>
        <translation>Unterhaltung %1 gehört zu Agent %2, nicht zu %3</translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation>%1: es wurde nichts importiert</translation>
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
        <translation type="unfinished">jede Zeile muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::HistoryRepository</name>
    <message>
        <source>Cannot list conversations</source>
        <translation>Die Unterhaltungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read conversation %1</source>
        <translation>Unterhaltung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The search text has no words to look for</source>
        <translation>Der Suchtext enthält keine Wörter, nach denen gesucht werden kann</translation>
    </message>
    <message>
        <source>Cannot search the history</source>
        <translation>Der Verlauf kann nicht durchsucht werden</translation>
    </message>
    <message>
        <source>Cannot count conversations</source>
        <translation>Die Unterhaltungen können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot count messages</source>
        <translation>Die Nachrichten können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot list the agents of the history</source>
        <translation>Die Agenten des Verlaufs können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot delete conversation %1</source>
        <translation>Unterhaltung %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>There is no conversation %1</source>
        <translation>Es gibt keine Unterhaltung %1</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation>%1: keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: not a text file in UTF-8</source>
        <translation>%1: keine Textdatei in UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: section header must be written as [name]</source>
        <translation>%1:%2: eine Abschnittsüberschrift muss als [Name] geschrieben werden</translation>
    </message>
    <message>
        <source>%1:%2: expected key=value, found &quot;%3&quot;</source>
        <translation>%1:%2: Schlüssel=Wert erwartet, „%3“ gefunden</translation>
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
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>unknown layout setting; kept</source>
        <translation>unbekannte Layout-Einstellung; bleibt erhalten</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an array of text</source>
        <translation>muss ein Array aus Texten sein</translation>
    </message>
    <message>
        <source>a layout must be a JSON object</source>
        <translation>ein Layout muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown member; not kept</source>
        <translation>unbekanntes Element; wird nicht übernommen</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutEditing</name>
    <message>
        <source>New layout</source>
        <translation>Neues Layout</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>pane %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no pane is to the left of %1</source>
        <translation>links von %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>no pane is to the right of %1</source>
        <translation>rechts von %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>no pane is above %1</source>
        <translation>über %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>no pane is below %1</source>
        <translation>unter %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>a grid holds at most %1 columns</source>
        <translation>ein Raster hat höchstens %1 Spalten</translation>
    </message>
    <message>
        <source>a grid holds at most %1 rows</source>
        <translation>ein Raster hat höchstens %1 Zeilen</translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation>Teilen nicht möglich</translation>
    </message>
    <message>
        <source>no pane has the focus</source>
        <translation>kein Bereich hat den Fokus</translation>
    </message>
    <message>
        <source>a layout holds at most %1 panes</source>
        <translation>ein Layout enthält höchstens %1 Bereiche</translation>
    </message>
    <message>
        <source>Cannot resize</source>
        <translation>Größenänderung nicht möglich</translation>
    </message>
    <message>
        <source>%1 reaches past the border of %2</source>
        <translation>%1 reicht über den Rand von %2 hinaus</translation>
    </message>
    <message>
        <source>%1 would disappear; merge the panes instead</source>
        <translation>%1 würde verschwinden; führen Sie die Bereiche stattdessen zusammen</translation>
    </message>
    <message>
        <source>%1 fills the whole width</source>
        <translation>%1 füllt die gesamte Breite aus</translation>
    </message>
    <message>
        <source>%1 fills the whole height</source>
        <translation>%1 füllt die gesamte Höhe aus</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>%1 and %2 do not form a rectangle</source>
        <translation>%1 und %2 bilden kein Rechteck</translation>
    </message>
    <message>
        <source>Cannot swap</source>
        <translation>Tauschen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot equalise</source>
        <translation>Angleichen nicht möglich</translation>
    </message>
    <message>
        <source>every grid line is in use; the panes are as even as the grid allows</source>
        <translation>jede Rasterlinie ist belegt; die Bereiche sind so gleichmäßig, wie es das Raster zulässt</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot clear the agent</source>
        <translation>Der Agent kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot assign the agent</source>
        <translation>Der Agent kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>%1 has no agent</source>
        <translation>%1 hat keinen Agenten</translation>
    </message>
    <message>
        <source>%1 would be %2 x %3 px; panes are at least %4 x %5 px</source>
        <translation>%1 wäre %2 x %3 px groß; Bereiche müssen mindestens %4 x %5 px groß sein</translation>
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
        <translation>Die Layouts können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot list layouts</source>
        <translation>Die Layouts können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read layout %1</source>
        <translation>Layout %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Layout %1 in %2 is damaged: %3</source>
        <translation>Layout %1 in %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>Cannot save layout %1</source>
        <translation>Layout %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete layout %1</source>
        <translation>Layout %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation>Kein Layout mit der ID %1</translation>
    </message>
    <message>
        <source>Cannot read layouts</source>
        <translation>Die Layouts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>differs from the row&apos;s id %1</source>
        <translation>weicht von der ID %1 der Tabellenzeile ab</translation>
    </message>
    <message>
        <source>layout %1: %2</source>
        <translation>Layout %1: %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutRules</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>is below minimum value of 1</source>
        <translation>unterschreitet den Mindestwert 1</translation>
    </message>
    <message>
        <source>exceeds maximum value of %1</source>
        <translation>überschreitet den Höchstwert %1</translation>
    </message>
    <message>
        <source>must be from %1 to 7680</source>
        <translation>muss zwischen %1 und 7680 liegen</translation>
    </message>
    <message>
        <source>must be from %1 to 4320</source>
        <translation>muss zwischen %1 und 4320 liegen</translation>
    </message>
    <message>
        <source>a layout holds at least 1 pane</source>
        <translation>ein Layout enthält mindestens einen Bereich</translation>
    </message>
    <message>
        <source>a layout holds at most %1 panes</source>
        <translation>ein Layout enthält höchstens %1 Bereiche</translation>
    </message>
    <message>
        <source>must be from 0 to %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>reaches beyond the grid&apos;s %1 columns</source>
        <translation>reicht über die %1 Spalten des Rasters hinaus</translation>
    </message>
    <message>
        <source>reaches beyond the grid&apos;s %1 rows</source>
        <translation>reicht über die %1 Zeilen des Rasters hinaus</translation>
    </message>
    <message>
        <source>is %1 x %2 px at the reference size; panes are at least %3 x %4 px</source>
        <translation>ist bei der Referenzgröße %1 x %2 px groß; Bereiche müssen mindestens %3 x %4 px groß sein</translation>
    </message>
    <message>
        <source>overlaps %1 at column %2, row %3</source>
        <translation>überlappt %1 in Spalte %2, Zeile %3</translation>
    </message>
    <message>
        <source>leave a gap at column %1, row %2</source>
        <translation>lassen eine Lücke in Spalte %1, Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs %2, but the layout has a %3 x %4 grid with %n pane(s)</source>
        <translation>
            <numerusform>„%1“ erfordert %2, das Layout hat aber ein Raster %3 x %4 mit %n Bereich</numerusform>
            <numerusform>„%1“ erfordert %2, das Layout hat aber ein Raster %3 x %4 mit %n Bereichen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 pane in a 1 x 1 grid</source>
        <translation>1 Bereich in einem Raster 1 x 1</translation>
    </message>
    <message>
        <source>2 panes side by side or stacked</source>
        <translation>2 Bereiche nebeneinander oder übereinander</translation>
    </message>
    <message>
        <source>4 panes in a 2 x 2 grid</source>
        <translation>4 Bereiche in einem Raster 2 x 2</translation>
    </message>
    <message>
        <source>9 panes in a 3 x 3 grid</source>
        <translation>9 Bereiche in einem Raster 3 x 3</translation>
    </message>
    <message>
        <source>is earlier than metadata.createdAt</source>
        <translation>liegt vor metadata.createdAt</translation>
    </message>
    <message>
        <source>must be 1 to 50 characters</source>
        <translation>muss 1 bis 50 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be a UUID in lower case without braces</source>
        <translation>muss eine UUID in Kleinbuchstaben ohne geschweifte Klammern sein</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LayoutTemplates</name>
    <message>
        <source>Single</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Grid 2 x 2</source>
        <translation>Raster 2 x 2</translation>
    </message>
    <message>
        <source>Grid 3 x 3</source>
        <translation>Raster 3 x 3</translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation>Bereich %1</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::LocalFolderDestination</name>
    <message>
        <source>Cannot create backup folder %1: %2</source>
        <translation>Der Sicherungsordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled</source>
        <translation>Die Prüfung von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot store %1 in %2: the file does not exist</source>
        <translation>%1 kann nicht in %2 abgelegt werden: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>Backup %1 in %2 does not have the expected SHA-256</source>
        <translation>Die Sicherung %1 in %2 hat nicht die erwartete SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>Cannot write to backup folder %1: %2</source>
        <translation>In den Sicherungsordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Storing %1 in %2 was cancelled</source>
        <translation>Das Ablegen von %1 in %2 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 changed or is not the backup that was verified (SHA-256 differs); nothing was stored in %2</source>
        <translation>%1 wurde verändert oder ist nicht die überprüfte Sicherung (SHA-256 weicht ab); in %2 wurde nichts abgelegt</translation>
    </message>
    <message>
        <source>The copy of %1 in backup folder %2 does not read back intact; nothing was stored</source>
        <translation>Die Kopie von %1 im Sicherungsordner %2 lässt sich nicht unversehrt zurücklesen; es wurde nichts abgelegt</translation>
    </message>
    <message>
        <source>Cannot move %1 into place in backup folder %2: %3</source>
        <translation>%1 kann im Sicherungsordner %2 nicht an seinen Platz verschoben werden: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Fetching %1 from %2 was cancelled</source>
        <translation>Das Abrufen von %1 aus %2 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot delete %1 from backup folder %2: %3</source>
        <translation>%1 kann nicht aus dem Sicherungsordner %2 gelöscht werden: %3</translation>
    </message>
    <message>
        <source>Sync folder %1</source>
        <translation>Synchronisationsordner %1</translation>
    </message>
    <message>
        <source>Backup folder %1</source>
        <translation>Sicherungsordner %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not writable: %2</source>
        <translation>%1 ist nicht beschreibbar: %2</translation>
    </message>
    <message>
        <source>%1 does not let files be removed: %2</source>
        <translation>In %1 können keine Dateien entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 already holds a different %2; nothing was replaced</source>
        <translation>%1 enthält bereits eine andere Datei %2; es wurde nichts ersetzt</translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation>%1 enthält keine Datei %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::MasterKeyEnvelope</name>
    <message>
        <source>a backup password must not be empty</source>
        <translation>ein Sicherungspasswort darf nicht leer sein</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>not a master key envelope</source>
        <translation>keine Schlüsselhülle für einen Hauptschlüssel</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::OperationLock</name>
    <message>
        <source>Another backup, prune or restore of this profile is running (lock %1).</source>
        <translation>Eine andere Sicherung, Bereinigung oder Wiederherstellung dieses Profils läuft gerade (Sperrdatei %1).</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PasswordKey</name>
    <message>
        <source>Argon2id needs at least 64 MiB and 3 passes</source>
        <translation>Argon2id erfordert mindestens 64 MiB und 3 Durchläufe</translation>
    </message>
    <message>
        <source>PBKDF2 needs at least 600,000 iterations</source>
        <translation>PBKDF2 erfordert mindestens 600.000 Iterationen</translation>
    </message>
    <message>
        <source>Argon2id parameters out of bounds (memory %1 KiB, %2 passes, %3 lanes; at most 1 GiB, 20 passes, 8 lanes)</source>
        <translation>Argon2id-Parameter außerhalb des zulässigen Bereichs (Speicher %1 KiB, %2 Durchläufe, %3 Lanes; höchstens 1 GiB, 20 Durchläufe, 8 Lanes)</translation>
    </message>
    <message>
        <source>PBKDF2 parameters out of bounds (%1 iterations; 100,000 to 10,000,000)</source>
        <translation>PBKDF2-Parameter außerhalb des zulässigen Bereichs (%1 Iterationen; zulässig sind 100.000 bis 10.000.000)</translation>
    </message>
    <message>
        <source>unknown key derivation %1</source>
        <translation>unbekannte Schlüsselableitung %1</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PolicyLayer</name>
    <message>
        <source>unknown [meta] entry, ignored</source>
        <translation>unbekannter Eintrag in [meta], ignoriert</translation>
    </message>
    <message>
        <source>entries belong in [defaults] or [locked]; ignored</source>
        <translation>Einträge gehören in [defaults] oder [locked]; ignoriert</translation>
    </message>
    <message>
        <source>no settings in this group</source>
        <translation>keine Einstellungen in dieser Gruppe</translation>
    </message>
    <message>
        <source>unknown setting, ignored</source>
        <translation>unbekannte Einstellung, ignoriert</translation>
    </message>
    <message>
        <source>%1; the setting stays locked at the value below the policy</source>
        <translation>%1; die Einstellung bleibt auf dem Wert unterhalb der Richtlinie gesperrt</translation>
    </message>
    <message>
        <source>%1; this policy entry is not applied</source>
        <translation>%1; dieser Richtlinieneintrag wird nicht angewendet</translation>
    </message>
    <message>
        <source>the admin policy cannot be read, so every setting stays locked at the value below the policy until it is fixed: %1</source>
        <translation>die Administratorrichtlinie kann nicht gelesen werden; daher bleibt jede Einstellung auf dem Wert unterhalb der Richtlinie gesperrt, bis der Fehler behoben ist: %1</translation>
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
        <translation>diese Einstellung wurde entfernt (%1); ignoriert</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::PreferencesStore</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>environment template</source>
        <translation>Umgebungsvorlage</translation>
    </message>
    <message>
        <source>admin default</source>
        <translation>Administratorvorgabe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>admin lock</source>
        <translation>Administratorsperre</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (file version %2; this one knows up to %3). It is used read-only and left untouched.</source>
        <translation>%1 wurde von einer neueren Hubstate-Version geschrieben (Dateiversion %2; diese Version kennt bis %3). Die Datei wird nur gelesen und nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was migrated from version %2 to %3; the old file is kept as %4</source>
        <translation>%1 wurde von Version %2 auf %3 migriert; die alte Datei bleibt als %4 erhalten</translation>
    </message>
    <message>
        <source>%1 is at version %2 and needs migrating to %3 first (hubstate-cli config migrate)</source>
        <translation>%1 hat Version %2 und muss zuerst auf %3 migriert werden (hubstate-cli config migrate)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2) and cannot be moved aside to %3</source>
        <translation>%1 kann nicht gelesen werden (%2) und lässt sich nicht nach %3 beiseiteschieben</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved to %2</source>
        <translation>%1 konnte nicht gelesen werden und wurde nach %2 verschoben</translation>
    </message>
    <message>
        <source>Settings were restored from %1</source>
        <translation>Die Einstellungen wurden aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>unknown setting, kept in the file but not used</source>
        <translation>unbekannte Einstellung; bleibt in der Datei, wird aber nicht verwendet</translation>
    </message>
    <message>
        <source>%1; the value below is used, the file keeps yours</source>
        <translation>%1; der darunterliegende Wert wird verwendet, die Datei behält Ihren Wert</translation>
    </message>
    <message>
        <source>%1: locked by the administrator in %2</source>
        <translation>%1: vom Administrator in %2 gesperrt</translation>
    </message>
    <message>
        <source>%1 was replaced by another program with a file of another version; nothing was written. Restart to read it.</source>
        <translation>%1 wurde von einem anderen Programm durch eine Datei einer anderen Version ersetzt; es wurde nichts geschrieben. Starten Sie Hubstate neu, um sie einzulesen.</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Window and program state</source>
        <translation>Fenster- und Programmzustand</translation>
    </message>
    <message>
        <source>Local backups</source>
        <translation>Lokale Sicherungen</translation>
    </message>
    <message>
        <source>Backup catalog</source>
        <translation>Sicherungskatalog</translation>
    </message>
    <message>
        <source>Keychain entry</source>
        <translation>Schlüsselbundeintrag</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Sonstige Datei</translation>
    </message>
    <message>
        <source>Nothing was deleted: the keychain cannot remove or check this profile&apos;s secrets: %1. Everything remains: %2</source>
        <translation>Es wurde nichts gelöscht: der Schlüsselbund kann die Geheimnisse dieses Profils weder entfernen noch prüfen: %1. Alles bleibt erhalten: %2</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pane layouts</source>
        <translation>Bereichslayouts</translation>
    </message>
    <message>
        <source>Agent configurations</source>
        <translation>Agentenkonfigurationen</translation>
    </message>
    <message>
        <source>Conversations and messages</source>
        <translation>Unterhaltungen und Nachrichten</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>Performance metrics</source>
        <translation>Leistungsmesswerte</translation>
    </message>
    <message>
        <source>Names of stored secrets (never their values)</source>
        <translation>Namen gespeicherter Geheimnisse (nie ihre Werte)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export category (%2)</source>
        <translation>„%1“ ist keine Exportkategorie (%2)</translation>
    </message>
    <message>
        <source>No category chosen to export</source>
        <translation>Keine Kategorie zum Exportieren ausgewählt</translation>
    </message>
    <message>
        <source>its export rule is &quot;never&quot; (classification %1)</source>
        <translation>die Exportregel lautet „never“ (Klassifizierung %1)</translation>
    </message>
    <message>
        <source>value redacted: its export rule is &quot;redact&quot; (classification %1)</source>
        <translation>Wert geschwärzt: die Exportregel lautet „redact“ (Klassifizierung %1)</translation>
    </message>
    <message>
        <source>not a known setting: unknown keys are never exported</source>
        <translation>keine bekannte Einstellung: unbekannte Schlüssel werden nie exportiert</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>Der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the %1</source>
        <translation>Die Daten „%1“ können nicht gelesen werden</translation>
    </message>
    <message>
        <source>secret values are never exported; only the name is listed</source>
        <translation>Werte von Geheimnissen werden nie exportiert; nur der Name wird aufgeführt</translation>
    </message>
    <message>
        <source>connection log</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>performance metrics</source>
        <translation>Leistungsmesswerte</translation>
    </message>
    <message>
        <source># Your Hubstate data

Exported %1 (UTC).

</source>
        <translation># Ihre Hubstate-Daten

Exportiert am %1 (UTC).

</translation>
    </message>
    <message>
        <source>## What is in this file

</source>
        <translation>## Inhalt dieser Datei

</translation>
    </message>
    <message>
        <source>- %1 (`%2.json`): %3 records
</source>
        <translation>- %1 (`%2.json`): %3 Datensätze
</translation>
    </message>
    <message>
        <source>
## What was left out, and why

</source>
        <translation>
## Was ausgelassen wurde und warum

</translation>
    </message>
    <message>
        <source>
No secret value (API key, token, password, backup key) is ever part of an export.
Hubstate sends nothing anywhere: this file exists only where you saved it.
</source>
        <translation>
Kein Wert eines Geheimnisses (API-Schlüssel, Token, Passwort, Sicherungsschlüssel) ist jemals Teil eines Exports.
Hubstate sendet nichts irgendwohin: diese Datei gibt es nur dort, wo Sie sie gespeichert haben.
</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>category not chosen for this export</source>
        <translation>Kategorie für diesen Export nicht ausgewählt</translation>
    </message>
    <message>
        <source>secret values (API keys, tokens, passwords, the backup key) are never exported</source>
        <translation>Werte von Geheimnissen (API-Schlüssel, Token, Passwörter, der Sicherungsschlüssel) werden nie exportiert</translation>
    </message>
    <message>
        <source>backups are copies of the data above and not exported</source>
        <translation>Sicherungen sind Kopien der obigen Daten und werden nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished">%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot move %1 aside into %2</source>
        <translation type="unfinished">%1 kann nicht beiseite nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RenamedSettings</name>
    <message>
        <source>Hubstate keeps no backup password in memory, so there is nothing to forget when idle</source>
        <translation>Hubstate behält kein Sicherungspasswort im Speicher, bei Untätigkeit gibt es also nichts zu vergessen</translation>
    </message>
    <message>
        <source>%1: this setting is called %2 now</source>
        <translation>%1: diese Einstellung heißt jetzt %2</translation>
    </message>
    <message>
        <source>%1: this setting was removed (%2)</source>
        <translation>%1: diese Einstellung wurde entfernt (%2)</translation>
    </message>
    <message>
        <source>%1: unknown setting</source>
        <translation>%1: unbekannte Einstellung</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RestoreEngine</name>
    <message>
        <source>Cannot prepare the restored %1: %2</source>
        <translation>Die wiederhergestellte %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>--only: unknown part &quot;%1&quot; (parts: settings, layouts, agents, history, secrets)</source>
        <translation>--only: unbekannter Teil „%1“ (Teile: settings, layouts, agents, history, secrets)</translation>
    </message>
    <message>
        <source>--only: name at least one part</source>
        <translation>--only: geben Sie mindestens einen Teil an</translation>
    </message>
    <message>
        <source>Cannot create the staging folder %1</source>
        <translation>Der Bereitstellungsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 holds no database</source>
        <translation>%1 enthält keine Datenbank</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hubstate (database schema %2; this version knows up to %3). Update Hubstate to restore it.</source>
        <translation>%1 wurde von einer neueren Hubstate-Version erstellt (Datenbankschema %2; diese Version kennt bis %3). Aktualisieren Sie Hubstate, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hubstate (settings file version %2; this version knows up to %3). Update Hubstate to restore it.</source>
        <translation>%1 wurde von einer neueren Hubstate-Version erstellt (Einstellungsdatei-Version %2; diese Version kennt bis %3). Aktualisieren Sie Hubstate, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The database in %1 fails its integrity check: %2</source>
        <translation>Die Datenbank in %1 besteht die Integritätsprüfung nicht: %2</translation>
    </message>
    <message>
        <source>No backup is staged</source>
        <translation>Es ist keine Sicherung zur Wiederherstellung bereitgestellt</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>This backup holds no secrets to restore.</source>
        <translation>Diese Sicherung enthält keine Geheimnisse, die wiederhergestellt werden könnten.</translation>
    </message>
    <message>
        <source>This backup holds no settings to restore.</source>
        <translation>Diese Sicherung enthält keine Einstellungen, die wiederhergestellt werden könnten.</translation>
    </message>
    <message>
        <source>Secrets cannot be restored without a keychain.</source>
        <translation>Geheimnisse können ohne Schlüsselbund nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Safety backup</source>
        <translation>Vorabsicherung</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The safety backup failed, so nothing was restored: %1</source>
        <translation>Die Vorabsicherung ist fehlgeschlagen, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>The restore did not take effect for %1: the current state differs from the backup. The safety backup %2 holds the state from before.</source>
        <translation>Die Wiederherstellung von %1 ist nicht wirksam geworden: der aktuelle Zustand weicht von der Sicherung ab. Die Vorabsicherung %2 enthält den vorherigen Zustand.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the restore journal cannot be read (%2); the restore it records cannot be completed</source>
        <translation>%1: das Wiederherstellungsjournal kann nicht gelesen werden (%2); die darin verzeichnete Wiederherstellung kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot remove the finished restore journal %1</source>
        <translation>Das Journal der abgeschlossenen Wiederherstellung %1 kann nicht entfernt werden</translation>
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
        <translation>Die Aufbewahrungsrichtlinie behält überhaupt keine Sicherung (backup.maxBackups und die Anzahlen für tägliche, wöchentliche und monatliche Sicherungen sind alle 0); es werden nicht alle Sicherungen gelöscht.</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>neueste</translation>
    </message>
    <message numerus="yes">
        <source>one of the newest %n</source>
        <translation>
            <numerusform>eine der %n neuesten</numerusform>
            <numerusform>eine der %n neuesten</numerusform>
        </translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::RunFolder</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished">Der Ordner %1 kann nicht erstellt werden</translation>
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
        <translation type="unfinished">In %1 kann kein Arbeitsordner erstellt werden</translation>
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
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
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
        <translation type="unfinished">%1 kann nicht auf %2 abgelegt werden: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1 already holds a different %2; nothing was replaced</source>
        <translation type="unfinished">%1 enthält bereits eine andere Datei %2; es wurde nichts ersetzt</translation>
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
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Core::SecretIndex</name>
    <message>
        <source>Cannot read the secret index</source>
        <translation>Das Verzeichnis der Geheimnisse kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record secret %1 in the index</source>
        <translation>Geheimnis %1 kann nicht im Verzeichnis eingetragen werden</translation>
    </message>
    <message>
        <source>Cannot remove secret %1 from the index</source>
        <translation>Geheimnis %1 kann nicht aus dem Verzeichnis entfernt werden</translation>
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
        <translation>der Schlüsselbund (Secret Service, Dienst %1)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 is locked: unlock it and try again</source>
        <translation>%1 ist gesperrt: entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1 does not give back what was stored: %2</source>
        <translation>%1 gibt nicht zurück, was gespeichert wurde: %2</translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation>%1 funktioniert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>„%1“ ist kein Name für ein Geheimnis (Buchstaben, Ziffern, „.“, „_“, „-“)</translation>
    </message>
    <message>
        <source>Secret %1 cannot be read: %2</source>
        <translation>Geheimnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No secret named %1 in the keychain</source>
        <translation>Kein Geheimnis namens %1 im Schlüsselbund</translation>
    </message>
    <message>
        <source>Secret %1 is not stored: %2</source>
        <translation>Geheimnis %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Secret %1 could not be verified after storing it</source>
        <translation>Geheimnis %1 ließ sich nach dem Speichern nicht überprüfen</translation>
    </message>
    <message>
        <source>Secret %1 is not deleted: %2</source>
        <translation>Geheimnis %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Secret %1 is still in the keychain after deleting it</source>
        <translation>Geheimnis %1 ist nach dem Löschen noch im Schlüsselbund</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Secret %1: the keychain did not answer in time; whether it was stored is unknown, check with `secret list`</source>
        <translation>Geheimnis %1: der Schlüsselbund hat nicht rechtzeitig geantwortet; ob es gespeichert wurde, ist unbekannt, prüfen Sie es mit `secret list`</translation>
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
        <translation type="unfinished">muss eine ganze Zahl sein</translation>
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
        <translation>%1: %2 (Wert: %3)</translation>
    </message>
    <message>
        <source>at most four chords</source>
        <translation>höchstens vier Tastenkombinationen</translation>
    </message>
    <message>
        <source>exceeds maximum value of %1</source>
        <translation>überschreitet den Höchstwert %1</translation>
    </message>
    <message>
        <source>is below minimum value of %1</source>
        <translation>unterschreitet den Mindestwert %1</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB</source>
        <translation>muss eine Farbe in der Form #RRGGBB sein</translation>
    </message>
    <message>
        <source>is not a key sequence: %1</source>
        <translation>ist keine gültige Tastenfolge: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>a chord is empty</source>
        <translation>eine Tastenkombination ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modifier (Ctrl, Shift, Alt, Meta)</source>
        <translation>„%1“ ist keine Modifikatortaste (Ctrl, Shift, Alt, Meta)</translation>
    </message>
    <message>
        <source>modifier &quot;%1&quot; appears twice</source>
        <translation>Modifikatortaste „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>a chord has no key after its modifiers</source>
        <translation>eine Tastenkombination hat nach den Modifikatortasten keine Taste</translation>
    </message>
    <message>
        <source>a chord has only modifiers</source>
        <translation>eine Tastenkombination besteht nur aus Modifikatortasten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key</source>
        <translation>„%1“ ist keine Taste</translation>
    </message>
    <message>
        <source>letter keys are written in upper case (&quot;%1&quot;)</source>
        <translation>Buchstabentasten werden großgeschrieben („%1“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key name</source>
        <translation>„%1“ ist kein Tastenname</translation>
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
        <translation>Die flachen Namen aus Version 1 nach Abschnitten in Schlüssel mit Punkten gliedern</translation>
    </message>
    <message>
        <source>%1: [meta] fileVersion must be a whole number from 1 up (value: %2)</source>
        <translation>%1: [meta] fileVersion muss eine ganze Zahl ab 1 sein (Wert: %2)</translation>
    </message>
    <message>
        <source>settings migrations: expected one step from version %1, found %2</source>
        <translation>Einstellungsmigrationen: genau ein Schritt ab Version %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>settings migrations: a step leads beyond version %1</source>
        <translation>Einstellungsmigrationen: ein Schritt führt über Version %1 hinaus</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (file version %2; this one knows up to %3); it is left untouched</source>
        <translation>%1 wurde von einer neueren Hubstate-Version geschrieben (Dateiversion %2; diese Version kennt bis %3); die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>no settings file version %1; versions run from 1 to %2</source>
        <translation>es gibt keine Einstellungsdatei-Version %1; gültig sind die Versionen 1 bis %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: undo &quot;%3&quot;</source>
        <translation>%1 -&gt; %2: „%3“ rückgängig machen</translation>
    </message>
    <message>
        <source>Keep one sync interval: performance.syncInterval becomes sync.interval, from 5 s to 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop security.lockAfterIdle, which had nothing to lock</source>
        <translation>security.lockAfterIdle entfernen, das nichts zu sperren hatte</translation>
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
        <translation>Tastenfolge, die diese Aktion auslöst. Leer lassen, um die Zuweisung aufzuheben.</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Farbmodus</translation>
    </message>
    <message>
        <source>Light or dark colours; auto follows the desktop where it can be told.</source>
        <translation>Helle oder dunkle Farben; auto folgt der Arbeitsumgebung, sofern sich deren Einstellung ermitteln lässt.</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Colour of highlights, selections and focus outlines.</source>
        <translation>Farbe von Hervorhebungen, Auswahlen und Fokusrahmen.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Size of the text in Hubstate&apos;s windows.</source>
        <translation>Größe des Textes in den Fenstern von Hubstate.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Stronger contrast between text, borders and backgrounds.</source>
        <translation>Stärkerer Kontrast zwischen Text, Rahmen und Hintergründen.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Turn off every animation in Hubstate.</source>
        <translation>Alle Animationen in Hubstate abschalten.</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Standard-Layout</translation>
    </message>
    <message>
        <source>Layout opened at start: a template name or the id of a stored layout.</source>
        <translation>Beim Start geöffnetes Layout: ein Vorlagenname oder die ID eines gespeicherten Layouts.</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervall für automatisches Speichern</translation>
    </message>
    <message>
        <source>How often a layout being edited is saved; 0 turns autosave off.</source>
        <translation>Wie oft ein Layout während der Bearbeitung gespeichert wird; 0 schaltet das automatische Speichern ab.</translation>
    </message>
    <message>
        <source>Show tabs</source>
        <translation>Tabs anzeigen</translation>
    </message>
    <message>
        <source>Show a tab bar when a pane holds several agents.</source>
        <translation>Eine Tableiste anzeigen, wenn ein Bereich mehrere Agenten enthält.</translation>
    </message>
    <message>
        <source>Show pane headers</source>
        <translation>Bereichsköpfe anzeigen</translation>
    </message>
    <message>
        <source>Show each pane&apos;s title and agent above it.</source>
        <translation>Titel und Agent jedes Bereichs darüber anzeigen.</translation>
    </message>
    <message>
        <source>Synchronised scrolling</source>
        <translation>Synchronisierter Bildlauf</translation>
    </message>
    <message>
        <source>Scrolling one pane scrolls the others with it.</source>
        <translation>Der Bildlauf in einem Bereich bewegt die anderen mit.</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <source>Pane edges move in grid steps.</source>
        <translation>Bereichskanten bewegen sich in Rasterschritten.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show notifications at all.</source>
        <translation>Benachrichtigungen überhaupt anzeigen.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show notifications on the desktop, not only inside Hubstate.</source>
        <translation>Benachrichtigungen auch auf dem Desktop anzeigen, nicht nur in Hubstate.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play a sound with each notification.</source>
        <translation>Bei jeder Benachrichtigung einen Ton abspielen.</translation>
    </message>
    <message>
        <source>Agent finished</source>
        <translation>Agent fertig</translation>
    </message>
    <message>
        <source>Notify when an agent finishes a task.</source>
        <translation>Benachrichtigen, wenn ein Agent eine Aufgabe abgeschlossen hat.</translation>
    </message>
    <message>
        <source>Agent errors</source>
        <translation>Agentenfehler</translation>
    </message>
    <message>
        <source>Notify when an agent fails or loses its connection.</source>
        <translation>Benachrichtigen, wenn ein Agent fehlschlägt oder seine Verbindung verliert.</translation>
    </message>
    <message>
        <source>Backup problems</source>
        <translation>Probleme bei Sicherungen</translation>
    </message>
    <message>
        <source>Notify when a backup fails or the last verified backup is stale.</source>
        <translation>Benachrichtigen, wenn eine Sicherung fehlschlägt oder die letzte überprüfte Sicherung veraltet ist.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Notify when synchronisation needs a decision.</source>
        <translation>Benachrichtigen, wenn bei der Synchronisierung eine Entscheidung nötig ist.</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Einstellung suchen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Strong focus indicators</source>
        <translation>Deutliche Fokusanzeige</translation>
    </message>
    <message>
        <source>Draw a thick outline around the control that has keyboard focus.</source>
        <translation>Einen dicken Rahmen um das Bedienelement mit dem Tastaturfokus zeichnen.</translation>
    </message>
    <message>
        <source>Screen reader announcements</source>
        <translation>Ansagen für Bildschirmleser</translation>
    </message>
    <message>
        <source>Announce refused actions and status changes to assistive technology.</source>
        <translation>Abgelehnte Aktionen und Statusänderungen an Hilfstechnologien melden.</translation>
    </message>
    <message>
        <source>Full keyboard navigation</source>
        <translation>Vollständige Tastaturnavigation</translation>
    </message>
    <message>
        <source>Every control, including the layout canvas, takes keyboard focus.</source>
        <translation>Jedes Bedienelement, auch die Layout-Arbeitsfläche, erhält den Tastaturfokus.</translation>
    </message>
    <message>
        <source>Text scale</source>
        <translation>Textskalierung</translation>
    </message>
    <message>
        <source>Enlarges all text beyond the font size setting.</source>
        <translation>Vergrößert sämtlichen Text über die eingestellte Schriftgröße hinaus.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Selects the environment template whose values apply beneath yours.</source>
        <translation>Wählt die Umgebungsvorlage, deren Werte unterhalb Ihrer eigenen gelten.</translation>
    </message>
    <message>
        <source>Multiple agents</source>
        <translation>Mehrere Agenten</translation>
    </message>
    <message>
        <source>Run several agents side by side.</source>
        <translation>Mehrere Agenten nebeneinander ausführen.</translation>
    </message>
    <message>
        <source>Custom layouts</source>
        <translation>Eigene Layouts</translation>
    </message>
    <message>
        <source>Allow layouts other than the built-in templates.</source>
        <translation>Layouts über die integrierten Vorlagen hinaus erlauben.</translation>
    </message>
    <message>
        <source>Agent marketplace</source>
        <translation>Agenten-Marktplatz</translation>
    </message>
    <message>
        <source>Offer agents from the marketplace.</source>
        <translation>Agenten aus dem Marktplatz anbieten.</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>Share layouts and conversations with other people.</source>
        <translation>Layouts und Unterhaltungen mit anderen Personen teilen.</translation>
    </message>
    <message>
        <source>Advanced analytics</source>
        <translation>Erweiterte Analysen</translation>
    </message>
    <message>
        <source>Keep detailed local performance figures.</source>
        <translation>Detaillierte Leistungsdaten lokal aufbewahren.</translation>
    </message>
    <message>
        <source>Maximum agents</source>
        <translation>Höchstzahl an Agenten</translation>
    </message>
    <message>
        <source>Most agents configured at once.</source>
        <translation>Wie viele Agenten höchstens gleichzeitig eingerichtet sein dürfen.</translation>
    </message>
    <message>
        <source>Maximum layouts</source>
        <translation>Höchstzahl an Layouts</translation>
    </message>
    <message>
        <source>Most layouts stored.</source>
        <translation>Wie viele Layouts höchstens gespeichert werden.</translation>
    </message>
    <message>
        <source>Maximum panes</source>
        <translation>Höchstzahl an Bereichen</translation>
    </message>
    <message>
        <source>Most panes in one layout.</source>
        <translation>Höchstzahl an Bereichen in einem Layout.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherbegrenzung</translation>
    </message>
    <message>
        <source>Memory Hubstate may use for caches and agents&apos; state.</source>
        <translation>Arbeitsspeicher, den Hubstate für Zwischenspeicher und den Zustand der Agenten nutzen darf.</translation>
    </message>
    <message>
        <source>Storage limit</source>
        <translation>Speicherplatzbegrenzung</translation>
    </message>
    <message>
        <source>Disk space for history, logs and metrics; the oldest entries go first.</source>
        <translation>Speicherplatz für Verlauf, Protokolle und Messwerte; die ältesten Einträge werden zuerst entfernt.</translation>
    </message>
    <message>
        <source>Require encrypted connections</source>
        <translation>Verschlüsselte Verbindungen erzwingen</translation>
    </message>
    <message>
        <source>Refuse agent endpoints and servers that are not reached over https.</source>
        <translation>Agenten-Endpunkte und Server ablehnen, die nicht über https erreicht werden.</translation>
    </message>
    <message>
        <source>Password key derivation</source>
        <translation>Schlüsselableitung aus Passwörtern</translation>
    </message>
    <message>
        <source>How backup passwords become keys; Argon2id resists guessing best.</source>
        <translation>Wie aus Sicherungspasswörtern Schlüssel werden; Argon2id widersteht Rateversuchen am besten.</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cache-Größe</translation>
    </message>
    <message>
        <source>Memory for caching history pages and search results.</source>
        <translation>Arbeitsspeicher zum Zwischenspeichern von Verlaufsseiten und Suchergebnissen.</translation>
    </message>
    <message>
        <source>Panes per layout</source>
        <translation>Bereiche pro Layout</translation>
    </message>
    <message>
        <source>Most panes a layout may hold.</source>
        <translation>Höchstzahl an Bereichen, die ein Layout enthalten darf.</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Rastergröße</translation>
    </message>
    <message>
        <source>Most rows and columns of a layout&apos;s grid.</source>
        <translation>Höchstzahl an Zeilen und Spalten im Raster eines Layouts.</translation>
    </message>
    <message>
        <source>Minimum pane width</source>
        <translation>Minimale Bereichsbreite</translation>
    </message>
    <message>
        <source>Narrowest a pane may be at the reference size.</source>
        <translation>Geringste Breite eines Bereichs bei der Referenzgröße.</translation>
    </message>
    <message>
        <source>Minimum pane height</source>
        <translation>Minimale Bereichshöhe</translation>
    </message>
    <message>
        <source>Lowest a pane may be at the reference size.</source>
        <translation>Geringste Höhe eines Bereichs bei der Referenzgröße.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Most agents that run at once.</source>
        <translation>Höchstzahl gleichzeitig laufender Agenten.</translation>
    </message>
    <message>
        <source>Agent timeout</source>
        <translation>Zeitlimit für Agenten</translation>
    </message>
    <message>
        <source>How long to wait for an agent&apos;s answer.</source>
        <translation>Wie lange auf die Antwort eines Agenten gewartet wird.</translation>
    </message>
    <message>
        <source>Agent retries</source>
        <translation>Wiederholungen bei Agenten</translation>
    </message>
    <message>
        <source>How often a failed agent request is tried again.</source>
        <translation>Wie oft eine fehlgeschlagene Anfrage an einen Agenten wiederholt wird.</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Keep settings and layouts in step between machines.</source>
        <translation>Einstellungen und Layouts zwischen Rechnern abgleichen.</translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation>Synchronisierungsintervall</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>What to do when both machines changed the same thing.</source>
        <translation>Was geschehen soll, wenn auf beiden Rechnern dasselbe geändert wurde.</translation>
    </message>
    <message>
        <source>Sync retries</source>
        <translation>Wiederholungen bei Synchronisierung</translation>
    </message>
    <message>
        <source>How often a failed synchronisation is tried again.</source>
        <translation>Wie oft eine fehlgeschlagene Synchronisierung wiederholt wird.</translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation>Wartezeit vor Wiederholung</translation>
    </message>
    <message>
        <source>Wait before the first retry; later retries wait longer.</source>
        <translation>Wartezeit vor der ersten Wiederholung; spätere Wiederholungen warten länger.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Back up on a schedule.</source>
        <translation>Nach Zeitplan sichern.</translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation>Sicherungsintervall</translation>
    </message>
    <message>
        <source>Time between scheduled backups; missed backups run at the next start.</source>
        <translation>Zeit zwischen geplanten Sicherungen; verpasste Sicherungen werden beim nächsten Start nachgeholt.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Number of newest verified backups to keep.</source>
        <translation>Anzahl der neuesten überprüften Sicherungen, die aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Compress backups</source>
        <translation>Sicherungen komprimieren</translation>
    </message>
    <message>
        <source>Compress backups with zstd.</source>
        <translation>Sicherungen mit zstd komprimieren.</translation>
    </message>
    <message>
        <source>Encrypt backups</source>
        <translation>Sicherungen verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt backups with AES-256-GCM under a key from your password.</source>
        <translation>Sicherungen mit AES-256-GCM und einem aus Ihrem Passwort abgeleiteten Schlüssel verschlüsseln.</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Geheimnisse einschließen</translation>
    </message>
    <message>
        <source>Put keychain secrets into encrypted backups (never into unencrypted ones).</source>
        <translation>Geheimnisse aus dem Schlüsselbund in verschlüsselte Sicherungen aufnehmen (niemals in unverschlüsselte).</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>Allow sending technical telemetry. Hubstate itself sends nothing.</source>
        <translation>Senden technischer Telemetriedaten erlauben. Hubstate selbst sendet nichts.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Allow usage analytics. Hubstate itself sends nothing.</source>
        <translation>Nutzungsanalysen erlauben. Hubstate selbst sendet nichts.</translation>
    </message>
    <message>
        <source>Crash reports</source>
        <translation>Absturzberichte</translation>
    </message>
    <message>
        <source>Allow sending crash reports. Hubstate itself sends nothing.</source>
        <translation>Senden von Absturzberichten erlauben. Hubstate selbst sendet nichts.</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Nutzungsdaten</translation>
    </message>
    <message>
        <source>Allow collecting usage data. Hubstate itself sends nothing.</source>
        <translation>Erfassen von Nutzungsdaten erlauben. Hubstate selbst sendet nichts.</translation>
    </message>
    <message>
        <source>Third-party sharing</source>
        <translation>Weitergabe an Dritte</translation>
    </message>
    <message>
        <source>Allow sharing data with third parties. Hubstate itself sends nothing.</source>
        <translation>Weitergabe von Daten an Dritte erlauben. Hubstate selbst sendet nichts.</translation>
    </message>
    <message>
        <source>Layout editor: focus the pane to the left</source>
        <translation>Layout-Editor: Fokus auf den Bereich links</translation>
    </message>
    <message>
        <source>Layout editor: focus the pane to the right</source>
        <translation>Layout-Editor: Fokus auf den Bereich rechts</translation>
    </message>
    <message>
        <source>Layout editor: focus the pane above</source>
        <translation>Layout-Editor: Fokus auf den Bereich darüber</translation>
    </message>
    <message>
        <source>Layout editor: focus the pane below</source>
        <translation>Layout-Editor: Fokus auf den Bereich darunter</translation>
    </message>
    <message>
        <source>Layout editor: split the pane side by side</source>
        <translation>Layout-Editor: Bereich nebeneinander teilen</translation>
    </message>
    <message>
        <source>Layout editor: split the pane one above the other</source>
        <translation>Layout-Editor: Bereich übereinander teilen</translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane left</source>
        <translation>Layout-Editor: eine Kante des Bereichs nach links verschieben</translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane right</source>
        <translation>Layout-Editor: eine Kante des Bereichs nach rechts verschieben</translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane up</source>
        <translation>Layout-Editor: eine Kante des Bereichs nach oben verschieben</translation>
    </message>
    <message>
        <source>Layout editor: move a border of the pane down</source>
        <translation>Layout-Editor: eine Kante des Bereichs nach unten verschieben</translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane to the left</source>
        <translation>Layout-Editor: mit dem Bereich links zusammenführen</translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane to the right</source>
        <translation>Layout-Editor: mit dem Bereich rechts zusammenführen</translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane above</source>
        <translation>Layout-Editor: mit dem Bereich darüber zusammenführen</translation>
    </message>
    <message>
        <source>Layout editor: merge with the pane below</source>
        <translation>Layout-Editor: mit dem Bereich darunter zusammenführen</translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane to the left</source>
        <translation>Layout-Editor: mit dem Bereich links tauschen</translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane to the right</source>
        <translation>Layout-Editor: mit dem Bereich rechts tauschen</translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane above</source>
        <translation>Layout-Editor: mit dem Bereich darüber tauschen</translation>
    </message>
    <message>
        <source>Layout editor: swap with the pane below</source>
        <translation>Layout-Editor: mit dem Bereich darunter tauschen</translation>
    </message>
    <message>
        <source>Layout editor: equalise the panes</source>
        <translation>Layout-Editor: Bereiche angleichen</translation>
    </message>
    <message>
        <source>Layout editor: zoom the pane in or out</source>
        <translation>Layout-Editor: Zoom auf den Bereich ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Layout editor: rename the pane</source>
        <translation>Layout-Editor: Bereich umbenennen</translation>
    </message>
    <message>
        <source>Layout editor: assign an agent to the pane</source>
        <translation>Layout-Editor: dem Bereich einen Agenten zuweisen</translation>
    </message>
    <message>
        <source>Layout editor: clear the pane&apos;s agent</source>
        <translation>Layout-Editor: Agenten des Bereichs entfernen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 1</source>
        <translation>Layout-Editor: zu Bereich 1 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 2</source>
        <translation>Layout-Editor: zu Bereich 2 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 3</source>
        <translation>Layout-Editor: zu Bereich 3 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 4</source>
        <translation>Layout-Editor: zu Bereich 4 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 5</source>
        <translation>Layout-Editor: zu Bereich 5 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 6</source>
        <translation>Layout-Editor: zu Bereich 6 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 7</source>
        <translation>Layout-Editor: zu Bereich 7 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 8</source>
        <translation>Layout-Editor: zu Bereich 8 springen</translation>
    </message>
    <message>
        <source>Layout editor: jump to pane 9</source>
        <translation>Layout-Editor: zu Bereich 9 springen</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Also keep the newest backup of each of this many recent days.</source>
        <translation>Zusätzlich die jeweils neueste Sicherung so vieler zurückliegender Tage aufbewahren.</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Aufbewahrte wöchentliche Sicherungen</translation>
    </message>
    <message>
        <source>Also keep the newest backup of each of this many recent weeks.</source>
        <translation>Zusätzlich die jeweils neueste Sicherung so vieler zurückliegender Wochen aufbewahren.</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Aufbewahrte monatliche Sicherungen</translation>
    </message>
    <message>
        <source>Also keep the newest backup of each of this many recent months.</source>
        <translation>Zusätzlich die jeweils neueste Sicherung so vieler zurückliegender Monate aufbewahren.</translation>
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
        <translation type="unfinished">Sicherungsziele</translation>
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
        <translation>Änderungen an %1 können nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: its header is damaged</source>
        <translation>%1 ist keine SQLite-Datenbank: der Dateikopf ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hubstate (schema version %2; this one knows up to %3). It is opened read-only and left untouched.</source>
        <translation>%1 wurde von einer neueren Hubstate-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Die Datenbank wird schreibgeschützt geöffnet und nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation>%1 kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>Cannot back up %1 before migrating it</source>
        <translation>%1 kann vor der Migration nicht gesichert werden</translation>
    </message>
    <message>
        <source>%1 was migrated from schema version %2 to %3; the old database is kept as %4</source>
        <translation>%1 wurde von Schemaversion %2 auf %3 migriert; die alte Datenbank bleibt als %4 erhalten</translation>
    </message>
    <message>
        <source>No database migration from schema version %1</source>
        <translation>Es gibt keine Datenbankmigration ab Schemaversion %1</translation>
    </message>
    <message>
        <source>Migrating %1 from schema version %2 failed</source>
        <translation>Die Migration von %1 ab Schemaversion %2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot set the schema version of %1</source>
        <translation>Die Schemaversion von %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: row %2 of table %3 refers to a missing row of %4</source>
        <translation>%1: Zeile %2 der Tabelle %3 verweist auf eine fehlende Zeile in %4</translation>
    </message>
    <message>
        <source>%1: the full-text index does not match the messages: %2</source>
        <translation>%1: der Volltextindex stimmt nicht mit den Nachrichten überein: %2</translation>
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
        <translation type="unfinished">fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
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
        <translation type="unfinished">%1: %2</translation>
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
        <translation type="unfinished">Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 is larger than a sync file may be (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Die Übertragung von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>The certificate of the WebDAV server %1 is not trusted: %2</source>
        <translation>Dem Zertifikat des WebDAV-Servers %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The connection to the WebDAV server failed for %1 (attempts made: %2): %3</source>
        <translation>Die Verbindung zum WebDAV-Server ist für %1 fehlgeschlagen (Versuche: %2): %3</translation>
    </message>
    <message>
        <source>The WebDAV server at %1 asks for credentials: put the user name in the URL (https://USER@host/path/) and the password in the keychain</source>
        <translation>Der WebDAV-Server unter %1 verlangt Zugangsdaten: geben Sie den Benutzernamen in der URL an (https://USER@host/path/) und legen Sie das Passwort im Schlüsselbund ab</translation>
    </message>
    <message>
        <source>The WebDAV server at %1 refused the credentials of user %2 (401): check the password stored in the keychain as %3</source>
        <translation>Der WebDAV-Server unter %1 hat die Zugangsdaten des Benutzers %2 abgelehnt (401): prüfen Sie das im Schlüsselbund als %3 gespeicherte Passwort</translation>
    </message>
    <message>
        <source>The WebDAV server forbids this on %1 (403 Forbidden)</source>
        <translation>Der WebDAV-Server verbietet dies für %1 (403 Forbidden)</translation>
    </message>
    <message>
        <source>%1 does not exist on the WebDAV server (404 Not Found)</source>
        <translation>%1 existiert nicht auf dem WebDAV-Server (404 Not Found)</translation>
    </message>
    <message>
        <source>The WebDAV collection holding %1 does not exist (409 Conflict)</source>
        <translation>Die WebDAV-Collection, die %1 enthalten soll, existiert nicht (409 Conflict)</translation>
    </message>
    <message>
        <source>The WebDAV server has no space left for %1 (507 Insufficient Storage)</source>
        <translation>Der WebDAV-Server hat keinen Platz mehr für %1 (507 Insufficient Storage)</translation>
    </message>
    <message>
        <source>The WebDAV server redirects %1 to %2: use that address as the destination</source>
        <translation>Der WebDAV-Server leitet %1 nach %2 um: verwenden Sie diese Adresse als Sicherungsziel</translation>
    </message>
    <message>
        <source>The WebDAV server failed on %1 with HTTP %2 %3 (attempts made: %4)</source>
        <translation>Der WebDAV-Server ist bei %1 mit HTTP %2 %3 gescheitert (Versuche: %4)</translation>
    </message>
    <message>
        <source>The WebDAV server answered %1 with HTTP %2 %3</source>
        <translation>Der WebDAV-Server hat auf %1 mit HTTP %2 %3 geantwortet</translation>
    </message>
    <message>
        <source>The WebDAV server sent a listing of %1 that is not valid WebDAV XML</source>
        <translation>Der WebDAV-Server hat für %1 eine Auflistung gesendet, die kein gültiges WebDAV-XML ist</translation>
    </message>
    <message>
        <source>The WebDAV collection %1 does not exist and cannot be created: its parent is missing (409 Conflict)</source>
        <translation>Die WebDAV-Collection %1 existiert nicht und kann nicht erstellt werden: die übergeordnete Collection fehlt (409 Conflict)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write what %1 sends</source>
        <translation>Die von %1 gesendeten Daten können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation>seit %1 s kein Fortschritt</translation>
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
        <translation>%1 ist keine WebDAV-URL (http:// oder https://)</translation>
    </message>
    <message>
        <source>The WebDAV URL %1 carries a password: remove it from the URL and store it in the keychain with `hubstate-cli secret set %2` (the password on stdin)</source>
        <translation>Die WebDAV-URL %1 enthält ein Passwort: entfernen Sie es aus der URL und speichern Sie es mit `hubstate-cli secret set %2` im Schlüsselbund (das Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>The password for %1 is kept in the keychain, which is not available here</source>
        <translation>Das Passwort für %1 wird im Schlüsselbund aufbewahrt, der hier nicht verfügbar ist</translation>
    </message>
    <message>
        <source>No password for %1 in the keychain: store it with `hubstate-cli secret set %2` (the password on stdin)</source>
        <translation>Kein Passwort für %1 im Schlüsselbund: speichern Sie es mit `hubstate-cli secret set %2` (das Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>Cannot read the password for %1: %2</source>
        <translation>Das Passwort für %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a WebDAV collection (a folder)</source>
        <translation>%1 ist keine WebDAV-Collection (ein Ordner)</translation>
    </message>
    <message>
        <source>Cannot store %1 on %2: the file does not exist</source>
        <translation>%1 kann nicht auf %2 abgelegt werden: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>The upload of %1 to %2 arrived incomplete (%3 of %4 bytes); nothing was stored</source>
        <translation>Das Hochladen von %1 nach %2 kam unvollständig an (%3 von %4 Bytes); es wurde nichts abgelegt</translation>
    </message>
    <message>
        <source>The upload of %1 to %2 does not read back intact (SHA-256 differs); nothing was stored</source>
        <translation>Das Hochladen von %1 nach %2 lässt sich nicht unversehrt zurücklesen (SHA-256 weicht ab); es wurde nichts abgelegt</translation>
    </message>
    <message>
        <source>%1 already holds a different %2; nothing was replaced</source>
        <translation>%1 enthält bereits eine andere Datei %2; es wurde nichts ersetzt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Hubstate läuft bereits mit diesem Profil, antwortet aber nicht (%1).</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AdvancedPage</name>
    <message>
        <source>The whole configuration as JSON. Problems are underlined and listed below; Apply stays off until the document is valid.</source>
        <translation>Die gesamte Konfiguration als JSON. Probleme werden unterstrichen und unten aufgelistet; Anwenden bleibt deaktiviert, bis das Dokument gültig ist.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a configuration file</source>
        <translation>Eine Konfigurationsdatei importieren</translation>
    </message>
    <message>
        <source>Loads a JSON file into the editor for review</source>
        <translation>Lädt eine JSON-Datei zur Durchsicht in den Editor</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Die Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Writes the applied configuration to a JSON file</source>
        <translation>Schreibt die angewendete Konfiguration in eine JSON-Datei</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drops unapplied edits and shows the configuration</source>
        <translation>Verwirft nicht angewendete Änderungen und zeigt die Konfiguration an</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the configuration</source>
        <translation>Die Konfiguration anwenden</translation>
    </message>
    <message>
        <source>Stores the edited values; possible only when valid</source>
        <translation>Speichert die bearbeiteten Werte; nur möglich, wenn sie gültig sind</translation>
    </message>
    <message>
        <source>Configuration document</source>
        <translation>Konfigurationsdokument</translation>
    </message>
    <message>
        <source>JSON; Tab moves to the next control</source>
        <translation>JSON; Tab wechselt zum nächsten Bedienelement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Every problem of the document; Enter jumps to it in the editor</source>
        <translation>Alle Probleme des Dokuments; Enter springt zur Stelle im Editor</translation>
    </message>
    <message>
        <source>Import a configuration</source>
        <translation>Eine Konfiguration importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>configuration</source>
        <comment>source name in messages</comment>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1:%2: %3: locked by the administrator</source>
        <translation>%1:%2: %3: vom Administrator gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them to apply.</source>
        <translation>
            <numerusform>%n Problem; beheben Sie es, um anzuwenden.</numerusform>
            <numerusform>%n Probleme; beheben Sie sie, um anzuwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s). Keys Hubstate does not know are not applied from here (hubstate-cli config import keeps them).</source>
        <translation>
            <numerusform>Gültig, mit %n Warnung. Schlüssel, die Hubstate nicht kennt, werden von hier aus nicht angewendet (hubstate-cli config import behält sie).</numerusform>
            <numerusform>Gültig, mit %n Warnungen. Schlüssel, die Hubstate nicht kennt, werden von hier aus nicht angewendet (hubstate-cli config import behält sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translation>
            <numerusform>Gültig, mit %n Warnung.</numerusform>
            <numerusform>Gültig, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid; not applied yet.</source>
        <translation>Gültig; noch nicht angewendet.</translation>
    </message>
    <message>
        <source>Valid; this is the applied configuration.</source>
        <translation>Gültig; dies ist die angewendete Konfiguration.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AgentNames</name>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished">%1 (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AgentsPage</name>
    <message>
        <source>Ask the keychain a&amp;gain</source>
        <translation>Schlüsselbund erneut &amp;fragen</translation>
    </message>
    <message>
        <source>Ask the keychain again</source>
        <translation>Schlüsselbund erneut fragen</translation>
    </message>
    <message>
        <source>After unlocking or starting the keychain</source>
        <translation>Nach dem Entsperren oder Starten des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>The configured agents; select one to edit it</source>
        <translation>Die eingerichteten Agenten; wählen Sie einen aus, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an agent</source>
        <translation>Einen Agenten hinzufügen</translation>
    </message>
    <message>
        <source>Starts a new agent configuration</source>
        <translation>Beginnt eine neue Agentenkonfiguration</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate the agent</source>
        <translation>Den Agenten duplizieren</translation>
    </message>
    <message>
        <source>Copies the selected agent&apos;s settings; its API key is not copied</source>
        <translation>Kopiert die Einstellungen des ausgewählten Agenten; sein API-Schlüssel wird nicht kopiert</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the agent</source>
        <translation>Den Agenten löschen</translation>
    </message>
    <message>
        <source>Press twice: deletes the selected agent and its API key</source>
        <translation>Zweimal drücken: löscht den ausgewählten Agenten und seinen API-Schlüssel</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; fixed once saved</source>
        <translation>1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“; nach dem Speichern unveränderlich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown in the hub&apos;s panes</source>
        <translation>Wird in den Bereichen des Hubs angezeigt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Which API the agent speaks</source>
        <translation>Welche API der Agent spricht</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>The http or https address; https while encrypted connections are required</source>
        <translation>Die http- oder https-Adresse; https, solange verschlüsselte Verbindungen erzwungen werden</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model the agent asks for</source>
        <translation>Das Modell, das der Agent anfordert</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>1000 to 300000 milliseconds</source>
        <translation>1000 bis 300000 Millisekunden</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>0 to 10 attempts</source>
        <translation>0 bis 10 Versuche</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Only enabled agents run in the hub</source>
        <translation>Nur aktivierte Agenten laufen im Hub</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Paste a new key to store it in the keychain</source>
        <translation>Einen neuen Schlüssel einfügen, um ihn im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Goes to the system keychain only; never shown again</source>
        <translation>Wird nur im Schlüsselbund des Systems abgelegt; danach nie wieder angezeigt</translation>
    </message>
    <message>
        <source>&amp;Store in keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Store the API key in the keychain</source>
        <translation>Den API-Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Writes the key to the keychain and clears the field</source>
        <translation>Schreibt den Schlüssel in den Schlüsselbund und leert das Feld</translation>
    </message>
    <message>
        <source>Remo&amp;ve key</source>
        <translation>Schlüssel entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>Den API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Deletes the agent&apos;s key from the keychain</source>
        <translation>Löscht den Schlüssel des Agenten aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>AP&amp;I-Schlüssel:</translation>
    </message>
    <message>
        <source>Sa&amp;ve agent</source>
        <translation>Agent s&amp;peichern</translation>
    </message>
    <message>
        <source>Save the agent</source>
        <translation>Den Agenten speichern</translation>
    </message>
    <message>
        <source>Possible when the configuration follows the agent rules</source>
        <translation>Möglich, wenn die Konfiguration den Regeln für Agenten entspricht</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it to store or check API keys; Hubstate keeps keys nowhere else. (%1)</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn, um API-Schlüssel zu speichern oder zu prüfen; Hubstate bewahrt Schlüssel nirgendwo sonst auf. (%1)</translation>
    </message>
    <message>
        <source>No keychain is available. API keys cannot be stored until one is; Hubstate keeps keys nowhere else. (%1)</source>
        <translation>Es ist kein Schlüsselbund verfügbar. API-Schlüssel können erst gespeichert werden, wenn einer verfügbar ist; Hubstate bewahrt Schlüssel nirgendwo sonst auf. (%1)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A copy, not saved yet. Its API key is not copied.</source>
        <translation>Eine Kopie, noch nicht gespeichert. Ihr API-Schlüssel wird nicht kopiert.</translation>
    </message>
    <message>
        <source>Confirm de&amp;lete</source>
        <translation>&amp;Löschen bestätigen</translation>
    </message>
    <message>
        <source>Press Delete again to delete %1 and its API key.</source>
        <translation>Drücken Sie erneut auf Löschen, um %1 und seinen API-Schlüssel zu löschen.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>An agent with the identifier %1 exists already.</source>
        <translation>Es gibt bereits einen Agenten mit der Kennung %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the agent first; its key is stored under its identifier.</source>
        <translation>Speichern Sie zuerst den Agenten; sein Schlüssel wird unter seiner Kennung abgelegt.</translation>
    </message>
    <message>
        <source>API key of agent %1</source>
        <translation>API-Schlüssel von Agent %1</translation>
    </message>
    <message>
        <source>The API key is in the keychain.</source>
        <translation>Der API-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The API key was removed from the keychain.</source>
        <translation>Der API-Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Schlüsselbund wird abgefragt…</translation>
    </message>
    <message>
        <source>Unknown: the keychain cannot be asked</source>
        <translation>Unbekannt: der Schlüsselbund kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>No key stored (save the agent first)</source>
        <translation>Kein Schlüssel gespeichert (speichern Sie zuerst den Agenten)</translation>
    </message>
    <message>
        <source>A key is stored in the keychain</source>
        <translation>Ein Schlüssel ist im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
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
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::AppearancePreview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>A small picture of the hub in the chosen colours, accent and font size</source>
        <translation>Ein kleines Bild des Hubs in den gewählten Farben, der Akzentfarbe und der Schriftgröße</translation>
    </message>
    <message>
        <source>Orchestrator hub</source>
        <translation>Orchestrator-Hub</translation>
    </message>
    <message>
        <source>Research agent</source>
        <translation>Recherche-Agent</translation>
    </message>
    <message>
        <source>Code agent</source>
        <translation>Code-Agent</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Ausgewählte Nachricht</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupCatalogModel</name>
    <message>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
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
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Backup destinations</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <source>Where backups go. Enter edits the chosen destination, Space turns it on or off, Delete removes it</source>
        <translation>Wohin Sicherungen gehen. Eingabe bearbeitet das gewählte Ziel, Leertaste schaltet es ein oder aus, Entf entfernt es</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add a backup destination</source>
        <translation>Ein Sicherungsziel hinzufügen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit the selected destination</source>
        <translation>Das gewählte Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the selected destination</source>
        <translation>Das gewählte Ziel entfernen</translation>
    </message>
    <message>
        <source>The backups there are left as they are</source>
        <translation>Die Sicherungen dort bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test the connection to the selected destination</source>
        <translation>Die Verbindung zum gewählten Ziel testen</translation>
    </message>
    <message>
        <source>Checks that the destination can be reached, logged in to and written</source>
        <translation>Prüft, ob das Ziel erreichbar ist, die Anmeldung gelingt und geschrieben werden kann</translation>
    </message>
    <message>
        <source>Test a&amp;ll</source>
        <translation>Alle t&amp;esten</translation>
    </message>
    <message>
        <source>Test the connection to every destination</source>
        <translation>Die Verbindung zu jedem Ziel testen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Backup destinations are locked</source>
        <translation>Sicherungsziele sind gesperrt</translation>
    </message>
    <message>
        <source>Backups go to this profile&apos;s own folder, %1. Add a destination to send them to another folder, a WebDAV server or S3-compatible storage, or to several at once.</source>
        <translation>Sicherungen gehen in den eigenen Ordner dieses Profils, %1. Fügen Sie ein Ziel hinzu, um sie in einen anderen Ordner, auf einen WebDAV-Server oder in S3-kompatiblen Speicher zu schicken, oder an mehrere zugleich.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Backups go to %1 again.</source>
        <translation>Sicherungen gehen wieder nach %1.</translation>
    </message>
    <message>
        <source>Backups do not go to %1 for now; it stays in the list.</source>
        <translation>Sicherungen gehen vorerst nicht nach %1; es bleibt in der Liste.</translation>
    </message>
    <message>
        <source>Remove a backup destination</source>
        <translation>Ein Sicherungsziel entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the backup destinations?</source>
        <translation>%1 (%2) aus den Sicherungszielen entfernen?</translation>
    </message>
    <message>
        <source>New backups no longer go there. The backups already there are left as they are, and so is its password in the keychain.</source>
        <translation>Neue Sicherungen gehen nicht mehr dorthin. Die Sicherungen, die schon dort liegen, bleiben, wie sie sind, ebenso sein Passwort im Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed %1 (%2); the backups there are left as they are.</source>
        <translation>%1 (%2) entfernt; die Sicherungen dort bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>works, it can be read and written (%1).</source>
        <translation>funktioniert, es kann gelesen und geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection fails.</source>
        <translation>Die Verbindung schlägt fehl.</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n destination(s)…</source>
        <translation>
            <numerusform>%n Ziel wird getestet…</numerusform>
            <numerusform>%n Ziele werden getestet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s) work.</source>
        <translation>
            <numerusform>%1 von %n Ziel funktioniert.</numerusform>
            <numerusform>%1 von %n Zielen funktionieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupEncryptionBox</name>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Asking the keychain for the backup key...</source>
        <translation>Der Schlüsselbund wird nach dem Sicherungsschlüssel gefragt...</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Sicherungspasswort</translation>
    </message>
    <message>
        <source>Opens encrypted backups anywhere; used for this session only unless the backup key is set up with it</source>
        <translation>Öffnet verschlüsselte Sicherungen überall; wird nur für diese Sitzung verwendet, sofern nicht der Sicherungsschlüssel damit eingerichtet wird</translation>
    </message>
    <message>
        <source>Backup pass&amp;word:</source>
        <translation>Sicherungs&amp;passwort:</translation>
    </message>
    <message>
        <source>Repeat the backup password</source>
        <translation>Das Sicherungspasswort wiederholen</translation>
    </message>
    <message>
        <source>Set up backup &amp;key</source>
        <translation>Sicherungsschlüssel ei&amp;nrichten</translation>
    </message>
    <message>
        <source>Set up the backup key</source>
        <translation>Den Sicherungsschlüssel einrichten</translation>
    </message>
    <message>
        <source>Creates the backup key in the keychain, sealed with the backup password, so that scheduled backups need no password</source>
        <translation>Erstellt den Sicherungsschlüssel im Schlüsselbund, versiegelt mit dem Sicherungspasswort, sodass geplante Sicherungen kein Passwort benötigen</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort wie&amp;derholen:</translation>
    </message>
    <message>
        <source>%1 Encrypted backups use the backup password typed here, for this session only.</source>
        <translation>%1 Verschlüsselte Sicherungen verwenden das hier eingegebene Sicherungspasswort, nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The backup key is in the keychain: backups are encrypted without asking for a password.</source>
        <translation>Der Sicherungsschlüssel liegt im Schlüsselbund: Sicherungen werden ohne Passwortabfrage verschlüsselt.</translation>
    </message>
    <message>
        <source>There is no backup key yet: choose a backup password and set up the key, so that scheduled backups can be encrypted.</source>
        <translation>Es gibt noch keinen Sicherungsschlüssel: wählen Sie ein Sicherungspasswort und richten Sie den Schlüssel ein, damit geplante Sicherungen verschlüsselt werden können.</translation>
    </message>
    <message>
        <source>Backups are not encrypted (Encrypt backups is off), so they need no backup key or password.</source>
        <translation>Sicherungen werden nicht verschlüsselt („Sicherungen verschlüsseln“ ist ausgeschaltet), daher benötigen sie weder Sicherungsschlüssel noch Passwort.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Setting up the backup key...</source>
        <translation>Sicherungsschlüssel wird eingerichtet...</translation>
    </message>
    <message>
        <source>The backup key is in the keychain. Keep the password: it opens these backups on any machine.</source>
        <translation>Der Sicherungsschlüssel liegt im Schlüsselbund. Bewahren Sie das Passwort gut auf: es öffnet diese Sicherungen auf jedem Rechner.</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupOperations</name>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>In %1 kann kein Arbeitsordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Removed by retention: %1.</source>
        <translation>Gemäß Aufbewahrungsrichtlinie entfernt: %1.</translation>
    </message>
    <message>
        <source>%1 is intact: every entry matches its checksum.</source>
        <translation>%1 ist unversehrt: jeder Eintrag stimmt mit seiner Prüfsumme überein.</translation>
    </message>
    <message>
        <source>%1 failed verification: %2</source>
        <translation>%1 hat die Überprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>Deleted %1 from %2.</source>
        <translation>%1 wurde aus %2 gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
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
        <translation>Sicherungsgrößen im Zeitverlauf</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backups: %1, from %2 to %3; smallest %4, largest %5, newest %6.</source>
        <translation>Sicherungen: %1, von %2 bis %3; kleinste %4, größte %5, neueste %6.</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::BackupsPanel</name>
    <message>
        <source>Delete a backup</source>
        <translation>Eine Sicherung löschen</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Die Sicherung abbrechen</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Sicherungsfortschritt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Every backup Hubstate knows of, newest first</source>
        <translation>Alle Sicherungen, die Hubstate kennt, die neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Ü&amp;berprüfen</translation>
    </message>
    <message>
        <source>Verify the selected backup</source>
        <translation>Die ausgewählte Sicherung überprüfen</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Delete the selected backup</source>
        <translation>Die ausgewählte Sicherung löschen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Look for backups at the destination again</source>
        <translation>Erneut am Ziel nach Sicherungen suchen</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1</source>
        <translation>Letzte geplante Sicherung: %1</translation>
    </message>
    <message>
        <source>Last scheduled backup failed: %1</source>
        <translation>Letzte geplante Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A scheduled backup is running.</source>
        <translation>Eine geplante Sicherung läuft.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatische Sicherungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Next backup due: %1 (scheduled backups run while Hubstate runs).</source>
        <translation>Nächste Sicherung fällig: %1 (geplante Sicherungen laufen, solange Hubstate läuft).</translation>
    </message>
    <message>
        <source>A scheduled backup is due now.</source>
        <translation>Eine geplante Sicherung ist jetzt fällig.</translation>
    </message>
    <message>
        <source>Next scheduled backup: %1.</source>
        <translation>Nächste geplante Sicherung: %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>%1 wird überprüft...</translation>
    </message>
    <message>
        <source>Delete the backup of %1 (%2) from %3? It cannot be brought back.</source>
        <translation>Die Sicherung vom %1 (%2) aus %3 löschen? Sie lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde nichts aufbewahrt.</translation>
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
        <translation type="unfinished">&amp;Behalten</translation>
    </message>
    <message>
        <source>An encrypted backup needs a backup password the first time: type one under &quot;Encryption&quot; (and set up the backup key to keep it in the keychain), or turn off &quot;Encrypt backups&quot;.</source>
        <translation>Eine verschlüsselte Sicherung braucht beim ersten Mal ein Sicherungspasswort: geben Sie eines unter „Verschlüsselung“ ein (und richten Sie den Sicherungsschlüssel ein, um es im Schlüsselbund zu behalten), oder schalten Sie „Sicherungen verschlüsseln“ aus.</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::ConversationModel</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent and conversation</source>
        <translation>Agent und Unterhaltung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n conversation(s), the newest started %2</source>
        <translation>
            <numerusform>%1
%n Unterhaltung, die neueste begonnen %2</numerusform>
            <numerusform>%1
%n Unterhaltungen, die neueste begonnen %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Started %2, %n message(s)</source>
        <translation>
            <numerusform>%1
Begonnen %2, %n Nachricht</numerusform>
            <numerusform>%1
Begonnen %2, %n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::DestinationAddress</name>
    <message>
        <source>Choose the folder backups go to.</source>
        <translation>Wählen Sie den Ordner, in den Sicherungen gehen.</translation>
    </message>
    <message>
        <source>Type the address of the WebDAV folder.</source>
        <translation>Geben Sie die Adresse des WebDAV-Ordners ein.</translation>
    </message>
    <message>
        <source>The address starts with https:// (or http://) and names a server, as https://dav.example.org/backups/.</source>
        <translation>Die Adresse beginnt mit https:// (oder http://) und nennt einen Server, etwa https://dav.example.org/backups/.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: type it under Password, from where it goes to the keychain.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: geben Sie es unter Passwort ein, von dort geht es in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The address names the user %1 already: give the user in one place.</source>
        <translation>Die Adresse nennt schon den Benutzer %1: geben Sie den Benutzer an einer Stelle an.</translation>
    </message>
    <message>
        <source>Type the address of the S3 server.</source>
        <translation>Geben Sie die Adresse des S3-Servers ein.</translation>
    </message>
    <message>
        <source>The endpoint starts with https:// (or http://) and names the server, as https://s3.example.com or http://127.0.0.1:9000.</source>
        <translation>Der Endpunkt beginnt mit https:// (oder http://) und nennt den Server, etwa https://s3.example.com oder http://127.0.0.1:9000.</translation>
    </message>
    <message>
        <source>Leave the key id out of the endpoint: it has a field of its own.</source>
        <translation>Lassen Sie die Schlüssel-ID aus dem Endpunkt weg: sie hat ein eigenes Feld.</translation>
    </message>
    <message>
        <source>The endpoint is the server&apos;s address only: the bucket and the folder in it have fields of their own.</source>
        <translation>Der Endpunkt ist nur die Adresse des Servers: der Bucket und der Ordner darin haben eigene Felder.</translation>
    </message>
    <message>
        <source>Type the name of the bucket.</source>
        <translation>Geben Sie den Namen des Buckets ein.</translation>
    </message>
    <message>
        <source>Type the access key id.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>Backups would go to %1 over plain http://, where anyone on the network between could read or change them: Hubstate refuses that unless &quot;Send the WebDAV password over plain HTTP&quot; (backup.allowInsecureHttp) is on. Use an https:// endpoint where the server has one.</source>
        <translation>Sicherungen gingen über unverschlüsseltes http:// an %1, wo jeder im Netz dazwischen sie lesen oder ändern könnte: Hubstate lehnt das ab, solange „WebDAV-Passwort über unverschlüsseltes HTTP senden“ (backup.allowInsecureHttp) aus ist. Verwenden Sie einen https://-Endpunkt, wo der Server einen hat.</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::DestinationDialog</name>
    <message>
        <source>Add a backup destination</source>
        <translation>Ein Sicherungsziel hinzufügen</translation>
    </message>
    <message>
        <source>Backup destination %1</source>
        <translation>Sicherungsziel %1</translation>
    </message>
    <message>
        <source>%1
Only the password or secret key, which is kept in your keychain, can be stored here.</source>
        <translation>%1
Nur das Passwort oder der geheime Schlüssel, der in Ihrem Schlüsselbund liegt, kann hier gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>A folder on this machine, a disk or a share</source>
        <translation>Ein Ordner auf diesem Rechner, einer Platte oder einer Freigabe</translation>
    </message>
    <message>
        <source>&amp;WebDAV server</source>
        <translation>&amp;WebDAV-Server</translation>
    </message>
    <message>
        <source>A WebDAV server</source>
        <translation>Ein WebDAV-Server</translation>
    </message>
    <message>
        <source>Nextcloud, Apache, nginx or rclone</source>
        <translation>Nextcloud, Apache, nginx oder rclone</translation>
    </message>
    <message>
        <source>&amp;S3-compatible storage</source>
        <translation>&amp;S3-kompatibler Speicher</translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation>S3-kompatibler Speicher</translation>
    </message>
    <message>
        <source>A bucket of AWS S3, Backblaze B2, Wasabi, Cloudflare R2, MinIO, Ceph or Garage</source>
        <translation>Ein Bucket bei AWS S3, Backblaze B2, Wasabi, Cloudflare R2, MinIO, Ceph oder Garage</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How the destination is called in the list, in messages and by hubstate-cli; unique, whatever the case</source>
        <translation>Wie das Ziel in der Liste, in Meldungen und von hubstate-cli genannt wird; eindeutig, gleich in welcher Schreibweise</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The folder backups go to, as a full path</source>
        <translation>Der Ordner, in den Sicherungen gehen, als vollständiger Pfad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Den Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Opens a folder chooser</source>
        <translation>Öffnet eine Ordnerauswahl</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>Ordner&amp;pfad:</translation>
    </message>
    <message>
        <source>WebDAV address</source>
        <translation>WebDAV-Adresse</translation>
    </message>
    <message>
        <source>The address of the WebDAV folder backups go to, e.g. https://cloud.example.org/remote.php/dav/files/alice/backups/</source>
        <translation>Die Adresse des WebDAV-Ordners, in den Sicherungen gehen, z. B. https://cloud.example.org/remote.php/dav/files/alice/backups/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user the server knows; empty for a server without log-in</source>
        <translation>Der Benutzer, den der Server kennt; leer für einen Server ohne Anmeldung</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>WebDAV password</source>
        <translation>WebDAV-Passwort</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in the keychain only</source>
        <translation>Das Passwort des Benutzers; nur im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation>S3-Endpunkt</translation>
    </message>
    <message>
        <source>The server&apos;s address: https://s3.example.com, or http://127.0.0.1:9000 for a server on this machine</source>
        <translation>Die Adresse des Servers: https://s3.example.com, oder http://127.0.0.1:9000 für einen Server auf diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The bucket&apos;s region; empty for the one an AWS endpoint names, or us-east-1</source>
        <translation>Die Region des Buckets; leer für die, die ein AWS-Endpunkt nennt, sonst us-east-1</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>The bucket&apos;s name: 3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>Der Name des Buckets: 3 bis 63 Kleinbuchstaben, Ziffern, &apos;.&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>A folder in the bucket for the backups; empty for the bucket&apos;s top</source>
        <translation>Ein Ordner im Bucket für die Sicherungen; leer für die oberste Ebene des Buckets</translation>
    </message>
    <message>
        <source>optional, e.g. hubstate/laptop</source>
        <translation>optional, z. B. hubstate/laptop</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>Prä&amp;fix:</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Adressierung</translation>
    </message>
    <message>
        <source>How the bucket is named in requests: in the path (most servers) or in the host name (AWS). Automatic takes the host name on AWS and the path elsewhere</source>
        <translation>Wie der Bucket in Anfragen genannt wird: im Pfad (die meisten Server) oder im Hostnamen (AWS). Automatisch nimmt bei AWS den Hostnamen und sonst den Pfad</translation>
    </message>
    <message>
        <source>Automatic (virtual-hosted on AWS)</source>
        <translation>Automatisch (bei AWS im Hostnamen)</translation>
    </message>
    <message>
        <source>Path style: endpoint/bucket</source>
        <translation>Pfad: Endpunkt/Bucket</translation>
    </message>
    <message>
        <source>Virtual-hosted: bucket.endpoint</source>
        <translation>Hostname: Bucket.Endpunkt</translation>
    </message>
    <message>
        <source>Addressin&amp;g:</source>
        <translation>Adressierun&amp;g:</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>The id of the access key; it is part of the location</source>
        <translation>Die ID des Zugriffsschlüssels; sie ist Teil des Speicherorts</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>The access key&apos;s secret; kept in the keychain only</source>
        <translation>Das Geheimnis des Zugriffsschlüssels; nur im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Secret access ke&amp;y:</source>
        <translation>Geheimer &amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Back up &amp;to this destination</source>
        <translation>Zu diesem Ziel si&amp;chern</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Off: the destination stays in the list, but backups do not go there for now</source>
        <translation>Aus: das Ziel bleibt in der Liste, aber Sicherungen gehen vorerst nicht dorthin</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Type it to store it in your keychain</source>
        <translation>Eingeben, um es in Ihrem Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>Leave empty to keep the one in the keychain</source>
        <translation>Leer lassen, um das im Schlüsselbund zu behalten</translation>
    </message>
    <message>
        <source>Kept in the keychain only</source>
        <translation>Nur im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>The administrator&apos;s policy fixes the backup destinations (%1).</source>
        <translation>Die Richtlinie des Administrators legt die Sicherungsziele fest (%1).</translation>
    </message>
    <message>
        <source>The administrator&apos;s policy fixes the backup destinations (%1): %2</source>
        <translation>Die Richtlinie des Administrators legt die Sicherungsziele fest (%1): %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the list (another program changed it): cancel, and add it again if it is still wanted.</source>
        <translation>%1 ist nicht mehr in der Liste (ein anderes Programm hat sie geändert): brechen Sie ab und fügen Sie es erneut hinzu, wenn es noch gewünscht ist.</translation>
    </message>
    <message>
        <source>Type the user name the password is for.</source>
        <translation>Geben Sie den Benutzernamen ein, zu dem das Passwort gehört.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Another task of the Backups page is running: try again when it has ended.</source>
        <translation>Eine andere Aufgabe der Seite Sicherungen läuft: versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>The keychain did not take the secret, so nothing was changed: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht angenommen, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>S3 secret access key for %1</source>
        <translation>Geheimer S3-Zugriffsschlüssel für %1</translation>
    </message>
    <message>
        <source>WebDAV password for %1</source>
        <translation>WebDAV-Passwort für %1</translation>
    </message>
    <message>
        <source>The secret for %1 is in the keychain (as %2), but it could not be recorded in the list of secrets: %3</source>
        <translation>Das Geheimnis für %1 liegt im Schlüsselbund (als %2), konnte aber nicht in der Liste der Geheimnisse vermerkt werden: %3</translation>
    </message>
    <message>
        <source>The secret access key is in the keychain (as %1).</source>
        <translation>Der geheime Zugriffsschlüssel liegt im Schlüsselbund (als %1).</translation>
    </message>
    <message>
        <source>The password is in the keychain (as %1).</source>
        <translation>Das Passwort liegt im Schlüsselbund (als %1).</translation>
    </message>
    <message>
        <source>Added %1 (%2): %3.</source>
        <translation>%1 (%2) hinzugefügt: %3.</translation>
    </message>
    <message>
        <source>Changed %1 (%2): %3.</source>
        <translation>%1 (%2) geändert: %3.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::DestinationListModel</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>%1 last</source>
        <translation>%1 letzte</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>%1 tägliche</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>%1 wöchentliche</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>%1 monatliche</translation>
    </message>
    <message>
        <source>Own: %1</source>
        <translation>Eigene: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keeps the %1 newest backups, and the newest of each of %2 days, %3 weeks and %4 months</source>
        <translation>Behält die %1 neuesten Sicherungen und die neueste von jedem von %2 Tagen, %3 Wochen und %4 Monaten</translation>
    </message>
    <message>
        <source>%1 (its own counts).</source>
        <translation>%1 (seine eigenen Zahlen).</translation>
    </message>
    <message>
        <source>%1 (the page&apos;s settings).</source>
        <translation>%1 (die Einstellungen der Seite).</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Backups go here</source>
        <translation>Sicherungen gehen hierher</translation>
    </message>
    <message>
        <source>Backups do not go here for now</source>
        <translation>Sicherungen gehen vorerst nicht hierher</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Schlägt fehl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::EventNotifier</name>
    <message>
        <source>Scheduled backup failed</source>
        <translation>Geplante Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backups are out of date</source>
        <translation>Sicherungen sind veraltet</translation>
    </message>
    <message>
        <source>Sync needs a decision</source>
        <translation>Synchronisation braucht eine Entscheidung</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) or item(s) changed here and on another device. Choose which to keep on the Synchronisation page.</source>
        <translation>
            <numerusform>%n Einstellung oder Element wurde hier und auf einem anderen Gerät geändert. Wählen Sie auf der Seite Synchronisation, was bleibt.</numerusform>
            <numerusform>%n Einstellungen oder Elemente wurden hier und auf einem anderen Gerät geändert. Wählen Sie auf der Seite Synchronisation, was bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::FocusFrame</name>
    <message>
        <source>Keyboard focus indicator</source>
        <translation>Anzeige des Tastaturfokus</translation>
    </message>
    <message>
        <source>Outline around the control that has keyboard focus</source>
        <translation>Rahmen um das Bedienelement mit dem Tastaturfokus</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::HistoryBrowser</name>
    <message>
        <source>Search all conversations (word, or word* for a prefix)</source>
        <translation>Alle Unterhaltungen durchsuchen (ein Wort oder Wort* für ein Präfix)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Conversations by agent, newest first</source>
        <translation>Unterhaltungen nach Agent, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Wählen Sie eine Unterhaltung</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>E&amp;xport conversation…</source>
        <translation>Unterhaltung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete conversation</source>
        <translation>Unterhaltung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No message contains &quot;%1&quot;.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found, best matches first.</source>
        <translation>
            <numerusform>%n Nachricht gefunden, beste Treffer zuerst.</numerusform>
            <numerusform>%n Nachrichten gefunden, beste Treffer zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Unterhaltung: %1</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm &amp;delete</source>
        <translation>&amp;Löschen bestätigen</translation>
    </message>
    <message>
        <source>Press Delete again to delete &quot;%1&quot; and all its messages for good.</source>
        <translation>Drücken Sie erneut auf Löschen, um „%1“ und alle zugehörigen Nachrichten endgültig zu löschen.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
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
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutCanvas</name>
    <message>
        <source>Layout canvas</source>
        <translation>Layout-Arbeitsfläche</translation>
    </message>
    <message>
        <source>Arrow keys move between panes; the keys are listed under Keys.</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen Bereichen; die Tasten sind unter Tasten aufgeführt.</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Pane %1 of %2, %3, %4, %5 x %6 px</source>
        <translation>Bereich %1 von %2, %3, %4, %5 x %6 px</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
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
        <translation>Layout &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>Layout-Name</translation>
    </message>
    <message>
        <source>Layout status</source>
        <translation>Layout-Status</translation>
    </message>
    <message>
        <source>Pane title</source>
        <translation>Bereichstitel</translation>
    </message>
    <message>
        <source>Pane title; Enter to keep, Escape to cancel</source>
        <translation>Bereichstitel; Enter übernimmt, Escape bricht ab</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Layout speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Show the layout editor&apos;s keys</source>
        <translation>Die Tasten des Layout-Editors anzeigen</translation>
    </message>
    <message>
        <source>Layout editor keys</source>
        <translation>Tasten des Layout-Editors</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Split side by side</source>
        <translation>Nebeneinander teilen</translation>
    </message>
    <message>
        <source>Split one above the other</source>
        <translation>Übereinander teilen</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Equalise</source>
        <translation>Angleichen</translation>
    </message>
    <message>
        <source>Zoomed in on %1; press %2 again to see every pane</source>
        <translation>Vergrößerte Ansicht von %1; drücken Sie erneut %2, um alle Bereiche zu sehen</translation>
    </message>
    <message>
        <source>Every pane is shown</source>
        <translation>Alle Bereiche werden angezeigt</translation>
    </message>
    <message>
        <source>Clear the agent</source>
        <translation>Agent entfernen</translation>
    </message>
    <message>
        <source>The keys are listed under the canvas</source>
        <translation>Die Tasten sind unter der Arbeitsfläche aufgeführt</translation>
    </message>
    <message>
        <source>The list of keys is hidden</source>
        <translation>Die Tastenliste ist ausgeblendet</translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation>%1: nichts geändert</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No pane is to the left of %1</source>
        <translation>Links von %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>No pane is to the right of %1</source>
        <translation>Rechts von %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>No pane is above %1</source>
        <translation>Über %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>No pane is below %1</source>
        <translation>Unter %1 liegt kein Bereich</translation>
    </message>
    <message>
        <source>There is no pane %1; this layout has %2 panes</source>
        <translation>Es gibt keinen Bereich %1; dieses Layout hat %2 Bereiche</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Type a title for %1; Enter keeps it, Escape cancels</source>
        <translation>Geben Sie einen Titel für %1 ein; Enter übernimmt ihn, Escape bricht ab</translation>
    </message>
    <message>
        <source>Cannot assign an agent: %1</source>
        <translation>Agent kann nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot assign an agent: no agents are configured</source>
        <translation>Agent kann nicht zugewiesen werden: es sind keine Agenten eingerichtet</translation>
    </message>
    <message>
        <source>Choose an agent for %1; Enter assigns it, Escape cancels</source>
        <translation>Wählen Sie einen Agenten für %1; Enter weist ihn zu, Escape bricht ab</translation>
    </message>
    <message>
        <source>Type a new name for the layout; Enter keeps it in the draft</source>
        <translation>Geben Sie einen neuen Namen für das Layout ein; Enter übernimmt ihn in den Entwurf</translation>
    </message>
    <message>
        <source>Cannot rename the layout: a name must not be empty</source>
        <translation>Das Layout kann nicht umbenannt werden: der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>Rename the layout</source>
        <translation>Layout umbenennen</translation>
    </message>
    <message>
        <source>Rename the pane</source>
        <translation>Bereich umbenennen</translation>
    </message>
    <message>
        <source>Assign the agent</source>
        <translation>Agent zuweisen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no unsaved changes</source>
        <translation>„%1“ hat keine ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; automatically</source>
        <translation>„%1“ automatisch gespeichert</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Changes to &quot;%1&quot; discarded</source>
        <translation>Änderungen an „%1“ verworfen</translation>
    </message>
    <message>
        <source>Unsaved layout</source>
        <translation>Ungespeichertes Layout</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Layout „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
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
        <translation type="unfinished">%1 (deaktiviert)</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(keine Taste)</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutListModel</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n pane(s), last changed %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Opens at start (the default layout)</source>
        <translation>Öffnet beim Start (das Standard-Layout)</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::LayoutsPage</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New layout</source>
        <translation>Neues Layout</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>Duplicate layout</source>
        <translation>Layout duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename layout</source>
        <translation>Layout umbenennen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>Layout löschen</translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation>Als Standard &amp;festlegen</translation>
    </message>
    <message>
        <source>Set as default layout</source>
        <translation>Als Standard-Layout festlegen</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation>Layout importieren</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation>Layout exportieren</translation>
    </message>
    <message>
        <source>Filter layouts by name or tag</source>
        <translation>Layouts nach Name oder Tag filtern</translation>
    </message>
    <message>
        <source>Filter by name or tag</source>
        <translation>Nach Name oder Tag filtern</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>Kind of new layout</source>
        <translation>Art des neuen Layouts</translation>
    </message>
    <message>
        <source>Blank (custom)</source>
        <translation>Leer (eigenes)</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Grid 2 x 2</source>
        <translation>Raster 2 x 2</translation>
    </message>
    <message>
        <source>Grid 3 x 3</source>
        <translation>Raster 3 x 3</translation>
    </message>
    <message>
        <source>No layout with id %1</source>
        <translation>Kein Layout mit der ID %1</translation>
    </message>
    <message>
        <source>Editing &quot;%1&quot;</source>
        <translation>„%1“ wird bearbeitet</translation>
    </message>
    <message>
        <source>Cannot create the layout: %1</source>
        <translation>Das Layout kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;</source>
        <translation>„%1“ erstellt</translation>
    </message>
    <message>
        <source>Cannot duplicate the layout: %1</source>
        <translation>Das Layout kann nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;; %2 in the list brings it back</source>
        <translation>„%1“ gelöscht; %2 in der Liste stellt es wieder her</translation>
    </message>
    <message>
        <source>Cannot set the default layout: %1</source>
        <translation>Das Standard-Layout kann nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens at start</source>
        <translation>„%1“ wird beim Start geöffnet</translation>
    </message>
    <message>
        <source>Layout documents (*.json);;All files (*)</source>
        <translation>Layout-Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot import %1:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message>
        <source> as a new layout, because a layout with its id exists</source>
        <translation> (als neues Layout, da bereits ein Layout mit dieser ID existiert)</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2%3</source>
        <translation>„%1“ aus %2 importiert%3</translation>
    </message>
    <message>
        <source>Layout documents (*.json)</source>
        <translation>Layout-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
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
        <translation>Hubstate</translation>
    </message>
    <message>
        <source>Search all settings</source>
        <translation>Alle Einstellungen durchsuchen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find a setting</source>
        <translation>Einstellung &amp;suchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No setting matches &quot;%1&quot;</source>
        <translation>Keine Einstellung passt zu „%1“</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Filters every setting of every page by label, description, key and value</source>
        <translation>Filtert alle Einstellungen aller Seiten nach Bezeichnung, Beschreibung, Schlüssel und Wert</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Reset all shortcuts</source>
        <translation>Alle Tastenkürzel zurücksetzen</translation>
    </message>
    <message>
        <source>Apply the configuration document</source>
        <translation>Konfigurationsdokument anwenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
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
        <translation type="unfinished">&amp;Jetzt sichern</translation>
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
        <translation type="unfinished">%1 zurücksetzen</translation>
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
        <translation type="unfinished">%1: %2</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::PaneAccessible</name>
    <message>
        <source>Pane %1</source>
        <translation>Bereich %1</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::PrivacyCentre</name>
    <message>
        <source>Hubstate sends nothing anywhere, whatever the switches below say: no telemetry, analytics, crash reports or usage data leave this computer, and nothing is shared with anyone. The switches only record your choice for the orchestrator hub.</source>
        <translation>Hubstate sendet nichts irgendwohin, ganz gleich, was die Schalter unten angeben: keine Telemetrie, Analysedaten, Absturzberichte oder Nutzungsdaten verlassen diesen Computer, und nichts wird mit anderen geteilt. Die Schalter halten nur Ihre Entscheidung für den Orchestrator-Hub fest.</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word a user types to confirm deleting all their data; keep it short, in capitals.</extracomment>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <source>Writes a ZIP file with one JSON file per category, a manifest of what was left out and why, and a readable summary. Secret values (API keys, passwords) are never included; only the names of stored secrets are listed.</source>
        <translation>Schreibt eine ZIP-Datei mit einer JSON-Datei pro Kategorie, einem Manifest, das aufführt, was ausgelassen wurde und warum, und einer lesbaren Zusammenfassung. Werte von Geheimnissen (API-Schlüssel, Passwörter) sind nie enthalten; nur die Namen gespeicherter Geheimnisse werden aufgeführt.</translation>
    </message>
    <message>
        <source>E&amp;xport my data…</source>
        <translation>Meine Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Meine Daten löschen</translation>
    </message>
    <message>
        <source>Deletes everything listed below for good: settings, the database with its side files, caches, logs, and this profile&apos;s keychain entries. Hubstate then checks that nothing is left and closes.</source>
        <translation>Löscht alles unten Aufgeführte endgültig: Einstellungen, die Datenbank mit ihren Begleitdateien, Caches, Protokolle und die Schlüsselbundeinträge dieses Profils. Hubstate prüft anschließend, dass nichts übrig ist, und wird beendet.</translation>
    </message>
    <message>
        <source>Also delete local &amp;backups and their catalog</source>
        <translation>Auch lokale &amp;Sicherungen und ihren Katalog löschen</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>&amp;Delete my data</source>
        <translation>Meine Daten &amp;löschen</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Exported to %1:</source>
        <translation>Nach %1 exportiert:</translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n record(s)</source>
        <translation>
            <numerusform>• %1: %n Datensatz</numerusform>
            <numerusform>• %1: %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n item(s), listed with the reason in manifest.json. No secret value is in the file.</source>
        <translation>
            <numerusform>Ausgelassen: %n Element, mit Begründung in manifest.json aufgeführt. Die Datei enthält keinen Wert eines Geheimnisses.</numerusform>
            <numerusform>Ausgelassen: %n Elemente, mit Begründung in manifest.json aufgeführt. Die Datei enthält keinen Wert eines Geheimnisses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the keychain cannot remove or check this profile&apos;s secrets: %1. Everything remains:
%2</source>
        <translation>Es wurde nichts gelöscht: der Schlüsselbund kann die Geheimnisse dieses Profils weder entfernen noch prüfen: %1. Alles bleibt erhalten:
%2</translation>
    </message>
    <message>
        <source>Deleted and checked: nothing of yours is left on this computer.</source>
        <translation>Gelöscht und geprüft: von Ihren Daten ist nichts mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>Not everything could be deleted. Still present:</source>
        <translation>Nicht alles konnte gelöscht werden. Noch vorhanden:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
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
        <translation type="unfinished">Die beschädigten Dateien wurden nach %1 verschoben.</translation>
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
        <translation>Sicherungspasswort</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>Sicherungs&amp;passwort:</translation>
    </message>
    <message>
        <source>&amp;Recover from backups</source>
        <translation>Aus Sicherungen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The damaged files were moved to %1.</source>
        <translation>Die beschädigten Dateien wurden nach %1 verschoben.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
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
        <translation type="unfinished">Falsches Passwort: die Sicherung lässt sich damit nicht öffnen.</translation>
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
        <translation type="unfinished">Kein Agent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>Wiederherstellung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: all conversations and messages are replaced (%1 conversations and %2 messages now, %3 and %4 after).</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;: alle Unterhaltungen und Nachrichten werden ersetzt (jetzt %1 Unterhaltungen und %2 Nachrichten, danach %3 und %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrets&lt;/b&gt; written to the keychain: %1.</source>
        <translation>&lt;b&gt;Geheimnisse&lt;/b&gt;, die in den Schlüsselbund geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Restoring from %1 overwrites:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Wiederherstellung aus %1 überschreibt:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kept as they are now: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unverändert bleiben: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;First, a &lt;b&gt;safety backup&lt;/b&gt; of the whole current state is written to %1. If the restore fails, nothing changes; once it is done, the last page offers to roll back to that safety backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zuerst wird eine &lt;b&gt;Vorabsicherung&lt;/b&gt; des gesamten aktuellen Zustands nach %1 geschrieben. Schlägt die Wiederherstellung fehl, ändert sich nichts; ist sie abgeschlossen, bietet die letzte Seite an, zu dieser Vorabsicherung zurückzukehren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the restore overwrites</source>
        <translation>Was die Wiederherstellung überschreibt</translation>
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
        <translation>Was sich ändern würde</translation>
    </message>
    <message>
        <source>Everything the backup holds, compared with the current state. The next page chooses what to restore.</source>
        <translation>Alles, was die Sicherung enthält, verglichen mit dem aktuellen Zustand. Auf der nächsten Seite wählen Sie aus, was wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Die Änderungen filtern</translation>
    </message>
    <message>
        <source>Type to filter: a key, a name, a value…</source>
        <translation>Zum Filtern tippen: ein Schlüssel, ein Name, ein Wert…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation>Nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>Changes the restore would make</source>
        <translation>Änderungen, die die Wiederherstellung vornehmen würde</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>back to the default</source>
        <translation>zurück auf den Standardwert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>as in the backup</source>
        <translation>wie in der Sicherung</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>written to the keychain</source>
        <translation>in den Schlüsselbund geschrieben</translation>
    </message>
    <message>
        <source>(value not shown)</source>
        <translation>(Wert nicht angezeigt)</translation>
    </message>
    <message>
        <source>The backup matches the current state: restoring it would change nothing.</source>
        <translation>Die Sicherung entspricht dem aktuellen Zustand: eine Wiederherstellung würde nichts ändern.</translation>
    </message>
    <message>
        <source>Settings that differ: %1; layouts: %2; agents: %3. Conversations now: %4; in the backup: %5.</source>
        <translation>Abweichende Einstellungen: %1; Layouts: %2; Agenten: %3. Unterhaltungen jetzt: %4; in der Sicherung: %5.</translation>
    </message>
    <message>
        <source>Backup made %1 by Hubstate %2.</source>
        <translation>Sicherung erstellt am %1 von Hubstate %2.</translation>
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
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>&amp;Cancel the restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Honoured until the files are swapped; nothing changes then.</source>
        <translation>Wirkt bis zum Austausch der Dateien; ein Abbruch ändert nichts.</translation>
    </message>
    <message>
        <source>Cancelling: the restore stops before it changes anything…</source>
        <translation>Wird abgebrochen: die Wiederherstellung endet, bevor sie etwas ändert…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreResultPage</name>
    <message>
        <source>R&amp;oll back</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>Roll back to the safety backup</source>
        <translation>Zur Vorabsicherung zurückkehren</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored (%1) from %2.</source>
        <translation>Wiederhergestellt (%1) aus %2.</translation>
    </message>
    <message>
        <source>The backup matched the current state: nothing had to change.</source>
        <translation>Die Sicherung entsprach dem aktuellen Zustand: es musste nichts geändert werden.</translation>
    </message>
    <message>
        <source>The state from before is kept in the safety backup %1; &quot;Roll back&quot; restores it.</source>
        <translation>Der vorherige Zustand bleibt in der Vorabsicherung %1 erhalten; „Rückgängig machen“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Rolled back: the state from before the restore is back (from %1).</source>
        <translation>Rückgängig gemacht: der Zustand von vor der Wiederherstellung ist zurück (aus %1).</translation>
    </message>
    <message>
        <source>The roll back failed: %1</source>
        <translation>Das Rückgängigmachen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rückgängig gemacht</translation>
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
        <translation>Was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Parts left out stay exactly as they are now.</source>
        <translation>Ausgelassene Teile bleiben genau so, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>&amp;Everything this backup holds</source>
        <translation>&amp;Alles, was diese Sicherung enthält</translation>
    </message>
    <message>
        <source>Everything this backup holds</source>
        <translation>Alles, was diese Sicherung enthält</translation>
    </message>
    <message>
        <source>&amp;Only these parts:</source>
        <translation>&amp;Nur diese Teile:</translation>
    </message>
    <message>
        <source>Only these parts</source>
        <translation>Nur diese Teile</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Layouts</source>
        <translation>&amp;Layouts</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>&amp;History (conversations and messages)</source>
        <translation>&amp;Verlauf (Unterhaltungen und Nachrichten)</translation>
    </message>
    <message>
        <source>Se&amp;crets (written to the keychain)</source>
        <translation>Ge&amp;heimnisse (werden in den Schlüsselbund geschrieben)</translation>
    </message>
    <message>
        <source>not available: no keychain to write the secrets to</source>
        <translation>nicht verfügbar: kein Schlüsselbund, in den die Geheimnisse geschrieben werden können</translation>
    </message>
    <message>
        <source>not available: this backup does not hold them</source>
        <translation>nicht verfügbar: diese Sicherung enthält sie nicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreSourcePage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Eine Sicherung auswählen</translation>
    </message>
    <message>
        <source>Nothing changes until the confirmation page.</source>
        <translation>Bis zur Bestätigungsseite ändert sich nichts.</translation>
    </message>
    <message>
        <source>A backup from the &amp;catalog</source>
        <translation>Eine Sicherung aus dem &amp;Katalog</translation>
    </message>
    <message>
        <source>A backup from the catalog</source>
        <translation>Eine Sicherung aus dem Katalog</translation>
    </message>
    <message>
        <source>Backups in the catalog</source>
        <translation>Sicherungen im Katalog</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>A backup &amp;file</source>
        <translation>Eine &amp;Sicherungsdatei</translation>
    </message>
    <message>
        <source>A backup file</source>
        <translation>Eine Sicherungsdatei</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>/path/to/hubstate-….hsbk</source>
        <translation>/Pfad/zu/hubstate-….hsbk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a backup file</source>
        <translation>Nach einer Sicherungsdatei suchen</translation>
    </message>
    <message>
        <source>A &amp;WebDAV server</source>
        <translation>Ein &amp;WebDAV-Server</translation>
    </message>
    <message>
        <source>A WebDAV server</source>
        <translation>Ein WebDAV-Server</translation>
    </message>
    <message>
        <source>WebDAV address</source>
        <translation>WebDAV-Adresse</translation>
    </message>
    <message>
        <source>https://user@server/backups/</source>
        <translation>https://benutzer@server/backups/</translation>
    </message>
    <message>
        <source>&amp;List backups</source>
        <translation>Sicherungen &amp;auflisten</translation>
    </message>
    <message>
        <source>List the server&apos;s backups</source>
        <translation>Die Sicherungen des Servers auflisten</translation>
    </message>
    <message>
        <source>Backups on the server</source>
        <translation>Sicherungen auf dem Server</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Eine Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>Hubstate backups (*.hsbk *.tar.zst *.tar);;All files (*)</source>
        <translation>Hubstate-Sicherungen (*.hsbk *.tar.zst *.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The catalog cannot be read in full: %1</source>
        <translation>Der Katalog kann nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>The server&apos;s backups cannot be listed: %1</source>
        <translation>Die Sicherungen des Servers können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation>%1 enthält keine Sicherungen.</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
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
        <translation>Die Sicherung öffnen</translation>
    </message>
    <message>
        <source>The whole file is read and every hash checked before anything is shown.</source>
        <translation>Die gesamte Datei wird gelesen und jede Prüfsumme geprüft, bevor etwas angezeigt wird.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Sicherungspasswort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>This backup is not encrypted: no password is needed.</source>
        <translation>Diese Sicherung ist nicht verschlüsselt: es wird kein Passwort benötigt.</translation>
    </message>
    <message>
        <source>This backup is encrypted. The keychain&apos;s backup key is tried first; give the password only if that key does not open it.</source>
        <translation>Diese Sicherung ist verschlüsselt. Zuerst wird der Sicherungsschlüssel aus dem Schlüsselbund versucht; geben Sie das Passwort nur an, wenn dieser Schlüssel sie nicht öffnet.</translation>
    </message>
    <message>
        <source>This backup is encrypted: give the password it was made with.</source>
        <translation>Diese Sicherung ist verschlüsselt: geben Sie das Passwort an, mit dem sie erstellt wurde.</translation>
    </message>
    <message>
        <source>Wrong password: the backup does not open with it.</source>
        <translation>Falsches Passwort: die Sicherung lässt sich damit nicht öffnen.</translation>
    </message>
    <message>
        <source>Tampered: the backup was changed after it was written, so it is not used.</source>
        <translation>Manipuliert: die Sicherung wurde nach dem Schreiben verändert und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <source>Damaged: the backup cannot be read in full, so it is not used.</source>
        <translation>Beschädigt: die Sicherung kann nicht vollständig gelesen werden und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <source>Newer format: a newer Hubstate made this backup; update Hubstate to restore it.</source>
        <translation>Neueres Format: eine neuere Hubstate-Version hat diese Sicherung erstellt; aktualisieren Sie Hubstate, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup cannot be opened.</source>
        <translation>Die Sicherung kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RestoreWizard</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>There is no safety backup to roll back to.</source>
        <translation>Es gibt keine Vorabsicherung, zu der zurückgekehrt werden kann.</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::RetentionFields</name>
    <message>
        <source>Keep &amp;last:</source>
        <translation>&amp;Letzte behalten:</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>Täglich:</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation>Wöchentlich:</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Aufbewahrte wöchentliche Sicherungen</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>Monatlich:</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Aufbewahrte monatliche Sicherungen</translation>
    </message>
    <message>
        <source>Keep backups here by &amp;own counts</source>
        <translation>Sicherungen hier nach eigenen Za&amp;hlen aufbewahren</translation>
    </message>
    <message>
        <source>Own retention</source>
        <translation>Eigene Aufbewahrung</translation>
    </message>
    <message>
        <source>Off: the Backups kept, Daily, Weekly and Monthly settings of this page apply</source>
        <translation>Aus: es gelten die Einstellungen „Aufbewahrte Sicherungen“, täglich, wöchentlich und monatlich dieser Seite</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Vorgabe (%1)</translation>
    </message>
    <message>
        <source>At its lowest it follows the page&apos;s setting, now %1</source>
        <translation>Ganz unten folgt es der Einstellung der Seite, jetzt %1</translation>
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
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Hubstate::Ui::SettingRow</name>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Return to the value below yours</source>
        <translation>Zum Wert unterhalb Ihres eigenen zurückkehren</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Changed from the value below yours</source>
        <translation>Abweichend vom Wert unterhalb Ihres eigenen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Locked by the administrator in %1</source>
        <translation>Vom Administrator in %1 gesperrt</translation>
    </message>
    <message>
        <source>Locked by the administrator in %1: %2</source>
        <translation>Vom Administrator in %1 gesperrt: %2</translation>
    </message>
    <message>
        <source>Value from: %1</source>
        <translation>Wert aus: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Opens a colour dialog</source>
        <translation>Öffnet einen Farbauswahldialog</translation>
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
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Ressourcengrenzen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Performance (advanced)</source>
        <translation>Leistung (erweitert)</translation>
    </message>
    <message>
        <source>Layout rules (advanced)</source>
        <translation>Layout-Regeln (erweitert)</translation>
    </message>
    <message>
        <source>Agent rules (advanced)</source>
        <translation>Agenten-Regeln (erweitert)</translation>
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
        <translation>Aktionen und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>Select an action, then press Enter to record new keys for it</source>
        <translation>Wählen Sie eine Aktion und drücken Sie dann Enter, um neue Tasten für sie aufzunehmen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter actions by name</source>
        <translation>Aktionen nach Name filtern</translation>
    </message>
    <message>
        <source>Shows the actions whose name contains the text</source>
        <translation>Zeigt die Aktionen, deren Name den Text enthält</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Tasten:</translation>
    </message>
    <message>
        <source>Filter actions by keys</source>
        <translation>Aktionen nach Tasten filtern</translation>
    </message>
    <message>
        <source>Press keys to show the actions they trigger; Escape clears</source>
        <translation>Drücken Sie Tasten, um die Aktionen anzuzeigen, die sie auslösen; Escape leert den Filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the keys filter</source>
        <translation>Den Tastenfilter leeren</translation>
    </message>
    <message>
        <source>Shows actions with any keys again</source>
        <translation>Zeigt wieder Aktionen mit beliebigen Tasten</translation>
    </message>
    <message>
        <source>Show c&amp;onflicts only</source>
        <translation>Nur &amp;Konflikte anzeigen</translation>
    </message>
    <message>
        <source>Show conflicts only</source>
        <translation>Nur Konflikte anzeigen</translation>
    </message>
    <message>
        <source>Shows only actions whose keys clash with another action&apos;s</source>
        <translation>Zeigt nur Aktionen, deren Tasten mit denen einer anderen Aktion kollidieren</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Neues Tastenkürzel</translation>
    </message>
    <message>
        <source>Press the keys for the selected action (up to four chords); Escape cancels</source>
        <translation>Drücken Sie die Tasten für die ausgewählte Aktion (bis zu vier Tastenkombinationen); Escape bricht ab</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>Assign the recorded keys</source>
        <translation>Die aufgenommenen Tasten zuweisen</translation>
    </message>
    <message>
        <source>Gives the selected action the recorded keys</source>
        <translation>Weist der ausgewählten Aktion die aufgenommenen Tasten zu</translation>
    </message>
    <message>
        <source>&amp;Unbind</source>
        <translation>Zuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Removes the keys of the selected action</source>
        <translation>Entfernt die Tasten der ausgewählten Aktion</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Reset the selected shortcut</source>
        <translation>Das ausgewählte Tastenkürzel zurücksetzen</translation>
    </message>
    <message>
        <source>Gives the selected action its default keys again</source>
        <translation>Gibt der ausgewählten Aktion wieder ihre Standardtasten</translation>
    </message>
    <message>
        <source>Reset a&amp;ll</source>
        <translation>A&amp;lle zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all shortcuts</source>
        <translation>Alle Tastenkürzel zurücksetzen</translation>
    </message>
    <message>
        <source>Gives every action its default keys again</source>
        <translation>Gibt jeder Aktion wieder ihre Standardtasten</translation>
    </message>
    <message>
        <source>Keys for &quot;%1&quot;:</source>
        <translation>Tasten für „%1“:</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>Keine Aktion ausgewählt</translation>
    </message>
    <message>
        <source>Locked by the administrator</source>
        <translation>Vom Administrator gesperrt</translation>
    </message>
    <message>
        <source>%1 is also used by: %2</source>
        <translation>%1 wird auch verwendet von: %2</translation>
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
        <translation>(keine)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>admin (locked)</source>
        <translation>Administrator (gesperrt)</translation>
    </message>
    <message>
        <source>Conflicts with %1</source>
        <translation>Konflikt mit %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
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
        <translation type="unfinished">Bereiche</translation>
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
        <translation type="unfinished">Einstellungen</translation>
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
        <translation type="unfinished">Tags</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished">Endpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modell</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished">Zeitlimit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished">Wiederholungen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished">Aktiviert</translation>
    </message>
    <message>
        <source>API key (keychain entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished">%1. %2</translation>
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
        <translation type="unfinished">Konflikte</translation>
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
        <translation type="unfinished">Was</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
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
        <translation type="unfinished">Name</translation>
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
        <translation type="unfinished">&amp;Behalten</translation>
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
        <translation>%1 (%2)</translation>
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
        <translation type="unfinished">Ein &amp;WebDAV-Server</translation>
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
        <translation type="unfinished">&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a folder chooser</source>
        <translation type="unfinished">Öffnet eine Ordnerauswahl</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV address</source>
        <translation type="unfinished">WebDAV-Adresse</translation>
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
        <translation type="unfinished">WebDAV-Passwort</translation>
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
        <translation type="unfinished">WebDAV-Passwort für %1</translation>
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
        <translation>Einstellungs- und Zustandsverwaltung des Orchestrator-Hubs</translation>
    </message>
    <message>
        <source>Keep all state under &lt;directory&gt;.</source>
        <translation>Den gesamten Zustand unter &lt;Ordner&gt; ablegen.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Hubstate</source>
        <translation>Hubstate</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit (for the documentation).</source>
        <translation>Ein Bild des Fensters in &lt;Datei&gt; speichern und beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>Open the restore wizard (with FILE preselected).</source>
        <translation>Den Wiederherstellungsassistenten öffnen (mit FILE vorausgewählt).</translation>
    </message>
    <message>
        <source>With --restore: a backup file.</source>
        <translation>Mit --restore: eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
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
