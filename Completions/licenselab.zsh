#compdef licenselab

__licenselab_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__licenselab_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __licenselab_complete "${completions[@]:0:-1}"
    fi
}

__licenselab_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_licenselab() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '(-c -Command --command)'{-c,-Command,--command}'[Run TEXT as a script and exit.]:TEXT:'
        '--demo[Use a fresh in-memory demo tenant; nothing is saved.]'
        '--tenant[The tenant file (SQLite), created from the demo tenant if missing. Default\: $XDG_DATA_HOME/licenselab/tenant.sqlite.]:PATH:_files -g '\''*.sqlite'\'''
        '--import[Replace the tenant with the JSON tenant file FILE (Import-LabTenant -Force) before anything else runs\: an export of your tenant (Scripts/export-tenant.ps1).]:FILE:_files -g '\''*.json'\'''
        '--what-if[Run SCRIPT on a copy of the tenant and print what it would change; the tenant is not changed.]:SCRIPT:_files -g '\''*.ps1'\'''
        '--no-native[Refuse to start native programs (git, /bin/sh, ...)\: for dry runs of scripts you do not trust. --what-if implies it.]'
        '*:script-and-arguments:_files -g '\''*.ps1'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        help)
            "_licenselab_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_licenselab_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _licenselab ]]; then
    _licenselab "${@}"
else
    compdef _licenselab licenselab
fi
