#!/usr/bin/env bash
# The man pages and the shell completion keep step with the programs: every command,
# subcommand and option that `hubstate-cli --help` lists is in hubstate-cli(1) (a command with
# its options on its own tag line) and is offered by the bash and the zsh completion, which are
# run for real (bash's function directly, zsh's through an interactive shell on a
# pseudo-terminal); both complete setting keys and layout ids by asking the CLI. Every option
# of `hubstate --help` is in hubstate(1).
#   cli-docs.sh SOURCE_DIR HUBSTATE_CLI [HUBSTATE]
set -euo pipefail
source_dir=$1
cli=$2
gui=${3:-}
failures=0
fail() { echo "cli-docs: $*" >&2; failures=$((failures + 1)); }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 # the help text and the man pages in English
export XDG_RUNTIME_DIR=$work
profile=$work/profile

# --- What --help lists: "COMMAND [SUBCOMMAND]<TAB>options..." per line, and the global options.
"$cli" --help >"$work/help"
awk '
    /^Commands:/ { section = "commands"; next }
    /^Global options:/ { section = "global"; next }
    /^$/ { section = ""; next }
    section == "global" && /^  -/ { line = substr($0, 3); sub(/  +.*/, "", line); print "global\t" line }
    section == "commands" && /^  [a-z]/ { line = substr($0, 3); sub(/  +.*/, "", line); print "command\t" line }
    # "    PASSWORD = --password-stdin | ...": the options a placeholder stands for.
    section == "commands" && /^    [A-Z]+ = / { print "placeholder\t" substr($0, 5) }
' "$work/help" >"$work/listed"
grep -q '^command' "$work/listed" || { echo "cli-docs: no commands found in $cli --help" >&2; exit 1; }

declare -A placeholder_options=()
while IFS=$'\t' read -r kind text; do
    [ "$kind" = placeholder ] || continue
    placeholder_options[${text%% *}]=$(grep -oE -- '--[a-z][a-z-]*' <<<"$text" | tr '\n' ' ')
done <"$work/listed"

# Each command line: its name ("backup create"), its own options, the options of its
# placeholders.
lines=() names=() options=() implied=()
while IFS=$'\t' read -r kind text; do
    [ "$kind" = command ] || continue
    read -ra words <<<"$text"
    name=${words[0]}
    if [ ${#words[@]} -gt 1 ] && [[ ${words[1]} =~ ^[a-z][a-z-]*$ ]]; then
        name="$name ${words[1]}"
    fi
    own=$(grep -oE -- '--[a-z][a-z-]*' <<<"$text" | tr '\n' ' ' || true)
    more=""
    for word in "${words[@]}"; do
        word=${word//[\[\]]/}
        [ -n "${placeholder_options[$word]-}" ] && more+=${placeholder_options[$word]}
    done
    lines+=("$text") names+=("$name") options+=("$own") implied+=("$more")
done <"$work/listed"
globals=$(awk -F'\t' '$1 == "global" { print $2 }' "$work/listed" | grep -oE -- '--[a-z][a-z-]*' | tr '\n' ' ')
echo "cli-docs: --help lists ${#names[@]} command lines and the global options $globals"

# --- hubstate-cli(1): each command line is a tag line ("       backup create [--to DEST] ...")
# that carries its own options; a placeholder's options and the global ones are in the page.
render() { MANWIDTH=1000 man --nj --nh -l "$1" 2>"$work/man-warnings" | col -bx; }
render "$source_dir/resources/man/hubstate-cli.1" >"$work/cli-page"
[ ! -s "$work/man-warnings" ] || fail "man reports problems in hubstate-cli.1: $(cat "$work/man-warnings")"
for i in "${!names[@]}"; do
    tag=$(grep -E "^ +${names[i]}( |$)" "$work/cli-page" | head -1 || true)
    if [ -z "$tag" ]; then
        fail "hubstate-cli.1 has no entry for '${names[i]}' (--help: ${lines[i]})"
        continue
    fi
    for option in ${options[i]}; do
        grep -qF -- "$option" <<<"$tag" || fail "hubstate-cli.1: '${names[i]}' lacks $option on its line: $tag"
    done
    for option in ${implied[i]}; do
        grep -qF -- "$option" "$work/cli-page" || fail "hubstate-cli.1 never names $option (${names[i]})"
    done
done
for option in $globals; do
    grep -qE -- "^ +$option" "$work/cli-page" || fail "hubstate-cli.1 has no entry for the global option $option"
done

# --- hubstate(1): every option of `hubstate --help`.
if [ -n "$gui" ]; then
    QT_QPA_PLATFORM=offscreen "$gui" --help >"$work/gui-help" 2>/dev/null
    render "$source_dir/resources/man/hubstate.1" >"$work/gui-page"
    [ ! -s "$work/man-warnings" ] || fail "man reports problems in hubstate.1: $(cat "$work/man-warnings")"
    gui_options=$(grep -E '^ +-' "$work/gui-help" | grep -oE -- '(^| )--?[a-z][a-z-]*' | tr -d ' ' | sort -u)
    [ -n "$gui_options" ] || fail "no options found in hubstate --help"
    for option in $gui_options; do
        grep -qE -- "^ +(-[a-z-]+, )*$option([ ,]|$)" "$work/gui-page" || fail "hubstate.1 has no entry for $option"
    done
fi

# --- The completion asks the CLI of a profile with layouts (the built-in templates) for its
# setting keys and layout ids.
PATH=$(cd "$(dirname "$cli")" && pwd):$PATH
"$cli" --profile "$profile" layout list >/dev/null
template_id=00000000-0000-4000-8000-000000000001

# Bash: the completion function itself, with the words set as bash sets them.
cat >"$work/bash-complete" <<'EOF'
source /usr/share/bash-completion/bash_completion
source "$1"
shift
for line in "$@"; do
    COMP_LINE=$line COMP_POINT=${#line}
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _hubstate_cli hubstate-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
    printf '== %s\n' "$line"
    printf '%s\n' "${COMPREPLY[@]}"
done
EOF
# What to type, and what must be offered then.
requests=("hubstate-cli " "hubstate-cli --")
expected=("$(printf '%s\n' "${names[@]}" | cut -d' ' -f1 | sort -u | tr '\n' ' ')" "$globals")
declare -A seen_command=()
for i in "${!names[@]}"; do
    command=${names[i]%% *}
    if [ "$command" != "${names[i]}" ]; then
        if [ -z "${seen_command[$command]-}" ]; then
            seen_command[$command]=1
            requests+=("hubstate-cli $command ")
            expected+=("$(printf '%s\n' "${names[@]}" | grep "^$command " | cut -d' ' -f2 | tr '\n' ' ')")
        fi
    fi
    all_options="${options[i]} ${implied[i]}"
    if [ -n "${all_options// /}" ]; then
        requests+=("hubstate-cli ${names[i]} --")
        expected+=("$all_options")
    fi
done
requests+=("hubstate-cli --profile $profile config get preferences.theme."
    "hubstate-cli --profile $profile layout show ")
expected+=("preferences.theme.mode preferences.theme.accentColor" "$template_id")

check_offers() { # SHELL OUTPUT_FILE: every expected word is offered after its request
    local shell=$1 output=$2 i word offered
    for i in "${!requests[@]}"; do
        offered=$(awk -v want="== ${requests[i]}" '$0 == want { on = 1; next } /^== / { on = 0 } on' "$output")
        for word in ${expected[i]}; do
            grep -qwF -- "$word" <<<"$offered" ||
                fail "$shell completion of '${requests[i]}' does not offer $word (offers: $(tr '\n' ' ' <<<"$offered"))"
        done
    done
}
bash "$work/bash-complete" "$source_dir/resources/completion/hubstate-cli.bash" "${requests[@]}" >"$work/bash-offers"
check_offers bash "$work/bash-offers"

# zsh: typed into an interactive zsh on a pseudo-terminal, Tab pressed, the listing read
# until a marker printed after it.
if command -v zsh >/dev/null; then
    zsh -n "$source_dir/resources/completion/_hubstate-cli" || fail "_hubstate-cli is not valid zsh"
    cat >"$work/zsh-complete" <<'EOF'
zmodload zsh/zpty
fpath_dir=$1; shift
zpty shell zsh -f -i
zpty -w shell "PS1='' PROMPT='' RPROMPT=''; fpath=($fpath_dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w shell 'zstyle ":completion:*" list-prompt ""; LISTMAX=100000; unsetopt beep; setopt autolist nolistambiguous'
# Reads what the shell prints until MARK comes (typed as MA""RK, so that the echo of
# the command does not count).
read_until() {
    local chunk
    out=''
    while [[ $out != *$1$'\r'* ]]; do
        if zpty -r -t shell chunk; then out+=$chunk; else sleep 0.05; fi
    done
}
zpty -w shell 'print -r READY""MARK'
read_until READYMARK
integer n=0
for line in "$@"; do
    (( n++ ))
    zpty -w -n shell "$line"$'\t'
    sleep 0.3
    zpty -w -n shell $'\x15' # ^U: the listing was printed, the line goes
    zpty -w shell "print -r DO\"\"NE$n"
    read_until DONE$n
    print -r -- "== $line"
    print -r -- "$out" | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g; s/\x08//g'
done
zpty -d shell
EOF
    HOME=$work timeout 120 zsh -f "$work/zsh-complete" "$source_dir/resources/completion" "${requests[@]}" \
        >"$work/zsh-offers" || fail "zsh did not complete every line in time"
    check_offers zsh "$work/zsh-offers"
else
    echo "cli-docs: zsh is not installed; its completion is not checked" >&2
fi

if [ "$failures" -gt 0 ]; then
    echo "cli-docs: $failures problems: resources/man/ and resources/completion/ must follow --help" >&2
    exit 1
fi
echo "cli-docs: hubstate-cli.1${gui:+, hubstate.1} and the bash and zsh completion list all of it (${#requests[@]} completions each)"
