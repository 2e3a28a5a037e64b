# bash completion for hubstate-cli                                      -*- shell-script -*-
# Installed as share/bash-completion/completions/hubstate-cli, loaded by bash-completion on
# first use. Commands, subcommands and options are listed below, in the order of
# `hubstate-cli --help` (tests/packaging/manpages.sh checks that every one of them is here);
# setting keys and layout ids are asked of hubstate-cli itself, for the profile on the line.

# The subcommands of each command.
declare -gA _hubstate_cli_subcommands=(
    [config]="get set reset list explain validate import export template migrate"
    [layout]="list show validate import export"
    [history]="import search stats"
    [secret]="status list set get delete"
    [backup]="create list verify restore prune destinations"
    [sync]="init join now status conflicts resolve devices rename forget leave"
    [privacy]="export delete"
    [dev]="generate-profile generate-history"
)
# The options of each command line ("command subcommand", or the command alone).
declare -gA _hubstate_cli_options=(
    [config list]="--modified"
    [config export]="--out"
    [config migrate]="--dry-run --to"
    [layout list]="--tag"
    [layout export]="--out"
    [history search]="--limit"
    [secret set]="--purpose --binary"
    [backup create]="--to --no-encrypt --if-due --force --password-stdin --password-file"
    [backup list]="--at"
    [backup verify]="--password-stdin --password-file"
    [backup restore]="--only --dry-run --include-backup-key --password-stdin --password-file"
    [backup prune]="--at"
    [backup destinations]="--disabled --keep-last --keep-daily --keep-weekly --keep-monthly"
    [sync init]="--name --passphrase-stdin"
    [sync join]="--take-remote --name --passphrase-stdin"
    [sync conflicts]="--all"
    [sync resolve]="--mine --theirs"
    [privacy export]="--out --only"
    [privacy delete]="--yes --include-backups"
    [recover]="--password-stdin --password-file"
    [check]="--full"
    [dev generate-profile]="--messages --layouts --agents"
    [dev generate-history]="--messages --agents"
)
_hubstate_cli_commands="config layout history secret backup sync privacy recover check monitor dev"
_hubstate_cli_global_options="--profile --json --help --version"

_hubstate_cli()
{
    local cur prev words cword split
    _init_completion -s || return

    # The profile given on the line (keys and ids are asked of it), the command, the
    # subcommand, and the positional arguments after them.
    local -a profile=()
    local command="" subcommand="" i word
    local -a arguments=()
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        case $word in
            --profile)
                ((i + 1 < cword)) && profile=(--profile "${words[i + 1]}")
                ((i++))
                continue
                ;;
            --profile=*) profile=(--profile "${word#--profile=}"); continue ;;
            --json) continue ;;
            # Options that take a value: skip the value too.
            --to | --at | --out | --tag | --limit | --purpose | --password-file | --only | \
                --name | --messages | --layouts | --agents)
                ((i++))
                continue
                ;;
            -*) continue ;;
        esac
        if [[ -z $command ]]; then
            command=$word
        elif [[ -z $subcommand && -n ${_hubstate_cli_subcommands[$command]-} ]]; then
            subcommand=$word
        else
            arguments+=("$word")
        fi
    done
    local -i positionals=${#arguments[@]}

    case $prev in
        --profile) _filedir -d; return ;;
        --out | --password-file) _filedir; return ;;
        --to | --at) _filedir -d; return ;;
        --tag | --limit | --purpose | --name | --messages | --layouts | --agents) return ;;
        --only)
            local parts="settings layouts agents history secrets"
            [[ $command == privacy ]] && parts="settings layouts agents history connections metrics secrets"
            # A comma-separated list: complete its last item.
            local done_part=""
            [[ $cur == *,* ]] && done_part="${cur%,*},"
            COMPREPLY=($(compgen -P "$done_part" -W "$parts" -- "${cur##*,}"))
            compopt -o nospace
            return
            ;;
    esac
    $split && return

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$_hubstate_cli_global_options" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_hubstate_cli_commands" -- "$cur"))
        fi
        return
    fi
    if [[ -n ${_hubstate_cli_subcommands[$command]-} && -z $subcommand ]]; then
        COMPREPLY=($(compgen -W "${_hubstate_cli_subcommands[$command]}" -- "$cur"))
        return
    fi

    local line=$command${subcommand:+ $subcommand}
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${_hubstate_cli_options[$line]-} --json" -- "$cur"))
        return
    fi

    # Positional arguments.
    case $line in
        "config get" | "config set" | "config reset" | "config explain")
            if ((positionals == 0)); then
                COMPREPLY=($(compgen -W "$("${words[0]}" "${profile[@]}" config list 2>/dev/null |
                    cut -d' ' -f1)" -- "$cur"))
            elif [[ $line == "config set" && $positionals -eq 1 ]]; then
                # A boolean setting's two values.
                local value
                value=$("${words[0]}" "${profile[@]}" config get "${arguments[0]}" 2>/dev/null)
                [[ $value == true || $value == false ]] &&
                    COMPREPLY=($(compgen -W "true false" -- "$cur"))
            fi
            ;;
        "config template")
            ((positionals == 0)) && COMPREPLY=($(compgen -W "development production" -- "$cur"))
            ;;
        "layout show" | "layout export")
            ((positionals == 0)) && COMPREPLY=($(compgen -W "$("${words[0]}" "${profile[@]}" \
                layout list 2>/dev/null | cut -d' ' -f1)" -- "$cur"))
            ;;
        "config validate" | "config import" | "layout validate" | "layout import")
            _filedir json
            ;;
        "history import") _filedir '@(jsonl|json)' ;;
        "backup verify" | "backup restore" | recover)
            [[ $line != recover ]] && ((positionals == 0)) && _filedir '@(hsbk|tar.zst|tar)'
            ;;
        "sync init" | "sync join") ((positionals == 0)) && _filedir -d ;;
        "dev generate-history") _filedir ;;
    esac
} &&
    complete -F _hubstate_cli hubstate-cli

# ex: filetype=sh
