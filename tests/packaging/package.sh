#!/usr/bin/env bash
# The Debian packages as a user gets them: cpack builds them from this build tree into OUT_DIR,
# dpkg -x unpacks them into a throwaway root, and then: every file that should be there is;
# the control fields are filled in and the dependencies found; the desktop entries, the
# AppStream metadata, the systemd units and the man pages pass their validators; the MIME
# type recognises a backup by its name and by its magic; lintian reports no error, and every
# warning it gives is explained in installer/README.md; and the unpacked hubstate-cli runs,
# backs up a profile and verifies the backup.
#   package.sh SOURCE_DIR BUILD_DIR OUT_DIR GUI(ON|OFF)
set -euo pipefail
source_dir=$1
build=$2
out=$3
gui=$4
failures=0
fail() { echo "package: $*" >&2; failures=$((failures + 1)); }
stop() { echo "package: $*" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8

started=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -B "$out" -G DEB >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; stop "cpack failed"; }
packed=$(date +%s)
shopt -s nullglob
debs=("$out"/*.deb)
shopt -u nullglob
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
for package in hubstate libhubstate0 libhubstate-dev; do
    [ -f "$out/${package}_${version}_${arch}.deb" ] || stop "cpack made no ${package}_${version}_${arch}.deb (made: ${debs[*]})"
done
[ ${#debs[@]} -eq 3 ] || stop "cpack made ${#debs[@]} packages, not 3: ${debs[*]}"
main=$out/hubstate_${version}_${arch}.deb
echo "package: $(for deb in "${debs[@]}"; do printf '%s (%s bytes) ' "$(basename "$deb")" "$(stat -c %s "$deb")"; done)"

# --- Control fields.
field() { dpkg-deb --field "$1" "$2"; }
for deb in "${debs[@]}"; do
    for name in Maintainer Section Homepage Description Version; do
        [ -n "$(field "$deb" "$name")" ] || fail "$(basename "$deb") has no $name field"
    done
    [ "$(field "$deb" Version)" = "$version" ] || fail "$(basename "$deb"): version $(field "$deb" Version)"
done
[ "$(field "$main" Section)" = utils ] || fail "hubstate: section $(field "$main" Section)"
depends=$(field "$main" Depends)
# dpkg-shlibdeps found the libraries; the SQLite driver, a plugin, is named by hand.
for dependency in libqt6core6 libqt6sql6 libqt6keychain1 libssl3 libargon2-1 libarchive13 libqt6sql6-sqlite; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "hubstate does not depend on $dependency: $depends"
done
if [ "$gui" = ON ]; then
    grep -q libqt6widgets6 <<<"$depends" || fail "hubstate does not depend on libqt6widgets6: $depends"
fi
grep -q "libhubstate0 (= $version)" <<<"$(field "$out/libhubstate-dev_${version}_${arch}.deb" Depends)" \
    || fail "libhubstate-dev does not depend on libhubstate0 (= $version)"
dpkg-deb --ctrl-tarfile "$out/libhubstate0_${version}_${arch}.deb" | tar -xO ./shlibs >"$work/shlibs" 2>/dev/null \
    || fail "libhubstate0 has no shlibs file"
grep -q "^libhubstate 0 libhubstate0 (>= $version)" "$work/shlibs" || fail "libhubstate0's shlibs: $(cat "$work/shlibs")"

# --- Unpacked, every listed file is there, and nothing outside /usr.
root=$work/root
for deb in "${debs[@]}"; do dpkg -x "$deb" "$root"; done
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
expected=(
    usr/bin/hubstate-cli
    usr/share/man/man1/hubstate-cli.1.gz
    usr/share/bash-completion/completions/hubstate-cli
    usr/share/zsh/vendor-completions/_hubstate-cli
    usr/lib/systemd/user/hubstate-backup.service
    usr/lib/systemd/user/hubstate-backup.timer
    usr/lib/systemd/user/hubstate-sync.service
    usr/lib/systemd/user/hubstate-sync.timer
    usr/share/doc/hubstate/examples/policy.ini
    usr/share/doc/hubstate/copyright
    usr/share/doc/hubstate/changelog.gz
    "usr/lib/$multiarch/libhubstate.so.$version"
    "usr/lib/$multiarch/libhubstate.so.0"
    usr/share/doc/libhubstate0/copyright
    usr/share/doc/libhubstate0/changelog.gz
    "usr/lib/$multiarch/libhubstate.so"
    "usr/lib/$multiarch/cmake/Hubstate/HubstateConfig.cmake"
    "usr/lib/$multiarch/pkgconfig/hubstate.pc"
    usr/include/hubstate/hubstate.h
    usr/share/doc/libhubstate-dev/copyright
    usr/share/doc/libhubstate-dev/changelog.gz
)
icon_sizes=(16 22 24 32 48 64 128 256 512)
if [ "$gui" = ON ]; then
    expected+=(
        usr/bin/hubstate
        usr/share/man/man1/hubstate.1.gz
        usr/share/applications/org.hubstate.Hubstate.desktop
        usr/share/applications/org.hubstate.Hubstate.Restore.desktop
        usr/share/metainfo/org.hubstate.Hubstate.metainfo.xml
        usr/share/mime/packages/org.hubstate.Hubstate.xml
        usr/share/icons/hicolor/scalable/apps/org.hubstate.Hubstate.svg
    )
    for size in "${icon_sizes[@]}"; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/org.hubstate.Hubstate.png")
    done
fi
for file in "${expected[@]}"; do
    [ -e "$root/$file" ] || fail "$file is not in the packages"
done
outside=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr; find usr -mindepth 1 -maxdepth 1 ! -name bin ! -name lib ! -name share ! -name include; find usr -path 'usr/local*')
[ -z "$outside" ] || fail "files outside /usr/{bin,lib,share,include}: $outside"
echo "package: ${#expected[@]} listed files present"

# --- Validators.
if [ "$gui" = ON ]; then
    for entry in "$root"/usr/share/applications/*.desktop; do
        report=$(desktop-file-validate "$entry" 2>&1) || fail "desktop-file-validate $(basename "$entry") failed"
        [ -z "$report" ] || fail "desktop-file-validate $(basename "$entry"): $report"
    done
    grep -qx 'MimeType=application/x-hubstate-backup;' "$root/usr/share/applications/org.hubstate.Hubstate.Restore.desktop" \
        || fail "the restore entry does not handle application/x-hubstate-backup"
    grep -qx 'Exec=hubstate --restore %f' "$root/usr/share/applications/org.hubstate.Hubstate.Restore.desktop" \
        || fail "the restore entry does not open the file in the restore wizard"
    metainfo=$root/usr/share/metainfo/org.hubstate.Hubstate.metainfo.xml
    appstreamcli validate --no-net "$metainfo" >"$work/appstream" 2>&1 \
        || { cat "$work/appstream" >&2; fail "appstreamcli validate failed"; }
    appstreamcli validate-tree --no-net "$root" >"$work/appstream" 2>&1 \
        || { cat "$work/appstream" >&2; fail "appstreamcli validate-tree failed"; }
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] || fail "the metainfo's newest release is $newest, not $version"
    for size in "${icon_sizes[@]}"; do
        file "$root/usr/share/icons/hicolor/${size}x${size}/apps/org.hubstate.Hubstate.png" \
            | grep -q "PNG image data, $size x $size" || fail "the ${size}x${size} icon is not a PNG of that size"
    done

    # The MIME type, by name and by the container's magic (a backup without its extension).
    cp -r "$root/usr/share/mime" "$work/mime"
    update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database failed"
    mkdir -p "$work/files"
    printf 'HSBK\r\n\x1a\n\0\1' >"$work/files/renamed-backup"
    printf 'HSBK\r\n\x1a\n\0\1' >"$work/files/hubstate-20261203T120000Z.hsbk"
    printf 'HSBK but not one\n' >"$work/files/text-file"
    type_of() { XDG_DATA_DIRS=$work:/usr/share XDG_DATA_HOME=$work/none gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
    for file in renamed-backup hubstate-20261203T120000Z.hsbk; do
        [ "$(type_of "$work/files/$file")" = application/x-hubstate-backup ] \
            || fail "$file is $(type_of "$work/files/$file"), not application/x-hubstate-backup"
    done
    [ "$(type_of "$work/files/text-file")" != application/x-hubstate-backup ] || fail "a text file passes for a backup"
fi

changelog_version=$(zcat "$root/usr/share/doc/hubstate/changelog.gz" | dpkg-parsechangelog -l - -S Version)
[ "$changelog_version" = "$version" ] || fail "the changelog's newest entry is $changelog_version, not $version"
for page in "$root"/usr/share/man/man1/*.gz; do
    zcat "$page" | grep -q "^\.TH .* \"Hubstate $version\"" || fail "$(basename "$page") is not of Hubstate $version (.TH)"
    warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $(basename "$page"): $warnings"
done
bash -n "$root/usr/share/bash-completion/completions/hubstate-cli" || fail "the bash completion is not valid bash"
if command -v zsh >/dev/null; then
    zsh -n "$root/usr/share/zsh/vendor-completions/_hubstate-cli" || fail "the zsh completion is not valid zsh"
fi

# The user units run the installed CLI; systemd-analyze checks them (with the CLI and its man
# page found in the unpacked tree).
grep -qx 'ExecStart=/usr/bin/hubstate-cli backup create --if-due' "$root/usr/lib/systemd/user/hubstate-backup.service" \
    || fail "hubstate-backup.service does not run /usr/bin/hubstate-cli backup create --if-due"
grep -qx 'ExecStart=/usr/bin/hubstate-cli sync now' "$root/usr/lib/systemd/user/hubstate-sync.service" \
    || fail "hubstate-sync.service does not run /usr/bin/hubstate-cli sync now"
if command -v systemd-analyze >/dev/null; then
    mkdir -p "$work/units" "$work/runtime"
    chmod 700 "$work/runtime"
    for unit in "$root"/usr/lib/systemd/user/*; do
        sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" "$unit" >"$work/units/$(basename "$unit")"
    done
    report=$(XDG_RUNTIME_DIR=$work/runtime MANPATH=$root/usr/share/man \
        systemd-analyze --user verify "$work"/units/* 2>&1) || fail "systemd-analyze verify failed: $report"
    [ -z "$report" ] || fail "systemd-analyze verify: $report"
else
    echo "package: systemd-analyze is not installed; the units are not verified" >&2
fi

# --- lintian: no error; each warning's tag explained in installer/README.md.
lintian --tag-display-limit 0 "${debs[@]}" >"$work/lintian" 2>&1 || true
grep -v '^running with root privileges' "$work/lintian" | sed 's/^/  lintian: /' || true
if grep -q '^E: ' "$work/lintian"; then
    fail "lintian reports errors"
fi
for tag in $(sed -n 's/^W: [^:]*: \([a-z0-9.+-]*\).*/\1/p' "$work/lintian" | sort -u); do
    grep -qF -- "$tag" "$source_dir/installer/README.md" || fail "lintian warning $tag is not explained in installer/README.md"
done
linted=$(date +%s)

# --- The unpacked programs run: the CLI (which must not need Qt Gui) backs up a profile of its
# own and verifies the backup; the example policy applies without a complaint.
cli=$root/usr/bin/hubstate-cli
if readelf -d "$cli" | grep NEEDED | grep -E 'libQt6(Gui|Widgets)'; then
    fail "the installed hubstate-cli needs a Qt Gui library"
fi
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime" \
    LD_LIBRARY_PATH="$root/usr/lib/$multiarch" "$@"; }
mkdir -p "$work/home" "$work/runtime"
run "$cli" --version | grep -q "^hubstate-cli $version " || fail "the installed hubstate-cli --version: $(run "$cli" --version 2>&1)"
profile=$work/profile
run "$cli" --profile "$profile" config set preferences.theme.mode dark || fail "config set failed"
run "$cli" --profile "$profile" backup create --no-encrypt >"$work/backup.log" 2>&1 \
    || { cat "$work/backup.log" >&2; fail "the installed hubstate-cli could not back up"; }
backup=$(find "$profile/backups" -name 'hubstate-*.tar.zst' | head -1)
[ -n "$backup" ] || fail "no backup in $profile/backups"
if [ -n "$backup" ]; then
    run "$cli" --profile "$profile" backup verify "$backup" >/dev/null || fail "the backup does not verify"
    tar --zstd -tf "$backup" | grep -qx settings.ini || fail "the backup holds no settings.ini"
fi
run env HUBSTATE_POLICY_FILE="$root/usr/share/doc/hubstate/examples/policy.ini" \
    "$cli" --profile "$profile" config list >"$work/policy.out" 2>"$work/policy.err" || fail "config list under the example policy failed"
[ ! -s "$work/policy.err" ] || fail "the example policy is not clean: $(cat "$work/policy.err")"
grep -q '^backup.encryption = true  \[admin lock\]$' "$work/policy.out" || fail "the example policy does not lock backup.encryption"
if [ "$gui" = ON ]; then
    run env QT_QPA_PLATFORM=offscreen "$root/usr/bin/hubstate" --version | grep -q "$version" \
        || fail "the installed hubstate --version failed"
fi

echo "package: cpack $((packed - started)) s, checks and lintian $((linted - packed)) s, runs $(($(date +%s) - linted)) s"
if [ "$failures" -gt 0 ]; then
    echo "package: $failures problems" >&2
    exit 1
fi
