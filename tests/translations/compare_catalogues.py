#!/usr/bin/env python3
"""Compares a committed Qt Linguist catalogue with the one lupdate makes from the sources now.

    compare_catalogues.py COMMITTED.ts FRESH.ts

Fails (exit 1) when a source string has no entry in the committed catalogue, or the committed
catalogue holds an entry no source string has any more; prints each (up to 25 of either kind).
Unfinished translations are counted, never a failure: a new string is "unfinished" until a
translator has seen it.
"""
import sys
import xml.etree.ElementTree as ElementTree


def entries(path):
    """The catalogue's messages by (context, source, comment), and how many are unfinished."""
    found, unfinished = set(), 0
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.add((name, message.findtext("source", ""), message.findtext("comment", "")))
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                unfinished += 1
    return found, unfinished


def show(kind, keys):
    for context, source, comment in sorted(keys)[:25]:
        text = source.replace("\n", "\\n")
        text = text if len(text) <= 120 else text[:117] + "..."
        print(f"  {kind}: [{context}] {text}" + (f" ({comment})" if comment else ""), file=sys.stderr)
    if len(keys) > 25:
        print(f"  ... and {len(keys) - 25} more", file=sys.stderr)


def main():
    committed_path, fresh_path = sys.argv[1], sys.argv[2]
    committed, unfinished = entries(committed_path)
    fresh, _ = entries(fresh_path)
    missing, stale = fresh - committed, committed - fresh
    name = committed_path.rsplit("/", 1)[-1]
    if missing or stale:
        print(f"check-catalogues: {name}: {len(missing)} source strings without an entry, "
              f"{len(stale)} entries whose string is gone; run `ninja update_translations`",
              file=sys.stderr)
        show("no entry", missing)
        show("gone", stale)
        return 1
    print(f"check-catalogues: {name}: all {len(committed)} source strings have an entry "
          f"({unfinished} unfinished)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
