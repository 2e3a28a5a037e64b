#!/usr/bin/env bash
# The catalogues in translations/ are complete: lupdate, run as `ninja update_translations` runs
# it (the same project file of sources and include paths, the same options), but into copies of
# the .ts files in a temporary folder, finds no source string that a catalogue lacks and no entry
# whose string is gone from the sources. When it fails: `ninja -C build update_translations`,
# translate what it marks unfinished, commit translations/.
#   check-catalogues.sh LUPDATE GENERATE_PROJECT_SCRIPT PROJECT_FILE "OPTIONS" TS_FILE...
set -euo pipefail
lupdate=$1
generate=$2
project=$3
read -ra options <<<"$4"
shift 4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

[ -f "$project" ] || { echo "check-catalogues: no lupdate project $project (configure the build first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copies=()
for ts in "$@"; do
    cp "$ts" "$work/"
    copies+=("$work/$(basename "$ts")")
done
# Qt's project file with the copies in place of the catalogues.
copies_list=$(IFS=';'; echo "${copies[*]}")
printf 'include("%s")\nset(lupdate_translations "%s")\n' "$project" "$copies_list" >"$work/project.cmake"
cmake -DIN_FILE="$work/project.cmake" -DOUT_FILE="$work/project.json" -P "$generate"
"$lupdate" -project "$work/project.json" "${options[@]}" >"$work/lupdate.log" 2>&1 \
    || { cat "$work/lupdate.log" >&2; echo "check-catalogues: lupdate failed" >&2; exit 1; }
status=0
for ts in "$@"; do
    python3 "$here/compare_catalogues.py" "$ts" "$work/$(basename "$ts")" || status=1
done
exit "$status"
