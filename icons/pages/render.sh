#!/bin/sh
# Renders the sidebar's fallback icons (used where the desktop's icon theme has none of the
# freedesktop names in ui/pages/pageicons.cpp): each SVG here to NAME.png at 24 px and
# NAME@2x.png at 48 px. Qt in Debian 12 ships no SVG icon engine, so the PNGs are committed.
set -eu
cd "$(dirname "$0")"
for svg in *.svg; do
    name=${svg%.svg}
    rsvg-convert -w 24 -h 24 "$svg" -o "$name.png"
    rsvg-convert -w 48 -h 48 "$svg" -o "$name@2x.png"
done
