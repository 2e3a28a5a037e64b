#!/usr/bin/env python3
"""Wrote hubstate-db2-settings1.tar.zst once; the file is kept forever, never regenerated.

A plain backup as an earlier Hubstate would have made it: database schema 2 (from
../state/hubstate-v2.sql) and a version 1 settings file (../settings/hubstate-v1.ini), in a pax
tar compressed with zstd, MANIFEST.json last. Restoring it must migrate both forward.
Needs: python3, sqlite3, zstd.
"""
import hashlib, io, json, os, subprocess, sys, tarfile, tempfile

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "hubstate-db2-settings1.tar.zst")
with tempfile.TemporaryDirectory() as work:
    db = os.path.join(work, "database.sqlite")
    with open(os.path.join(here, "../state/hubstate-v2.sql")) as sql:
        subprocess.run(["sqlite3", db], stdin=sql, check=True)
    entries = {
        "database.sqlite": open(db, "rb").read(),
        "settings.ini": open(os.path.join(here, "../settings/hubstate-v1.ini"), "rb").read(),
    }
    counts = {}
    for table, key in [("layouts", "layouts"), ("agents", "agents"),
                       ("conversations", "conversations"), ("messages", "messages")]:
        counts[key] = int(subprocess.run(["sqlite3", db, f"SELECT count(*) FROM {table}"],
                                         capture_output=True, check=True, text=True).stdout)
    manifest = {
        "format": "hubstate-backup", "formatVersion": 1, "appVersion": "0.0.9",
        "createdAt": "2026-01-15T08:30:00.000Z", "databaseVersion": 2, "settingsVersion": 1,
        "counts": counts, "encrypted": False, "includesSecrets": False,
        "entries": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                    for n, d in entries.items()],
    }
    entries["MANIFEST.json"] = json.dumps(manifest, indent=4).encode()
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, data in entries.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o600, 1768465800
            archive.addfile(info, io.BytesIO(data))
    subprocess.run(["zstd", "-q", "-f", "-o", out], input=tar.getvalue(), check=True)
print(out)
