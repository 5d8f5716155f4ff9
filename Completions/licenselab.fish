function __licenselab_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __licenselab_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __licenselab_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __licenselab_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __licenselab_parse_tokens -S
    set -l unparsed_tokens (__licenselab_tokens -pc)
    switch $unparsed_tokens[1]
    case 'licenselab'
        __licenselab_parse_subcommand -r 1 'c/command=' 'demo' 'tenant=' 'import=' 'what-if=' 'no-native' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'help'
            __licenselab_parse_subcommand -r 1 'version'
        end
    end
end

function __licenselab_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __licenselab_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __licenselab_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __licenselab_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__licenselab_tokens -p)
    if test -z "$(__licenselab_tokens -t)"
        set -l index (count (__licenselab_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'licenselab' -f
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" Command c command' -s 'c' -o 'Command' -l 'command' -d 'Run TEXT as a script and exit.' -rfka ''
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" demo' -l 'demo' -d 'Use a fresh in-memory demo tenant; nothing is saved.'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" tenant' -l 'tenant' -d 'The tenant file (SQLite), created from the demo tenant if missing. Default: $XDG_DATA_HOME/licenselab/tenant.sqlite.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" import' -l 'import' -d 'Replace the tenant with the JSON tenant file FILE (Import-LabTenant -Force) before anything else runs: an export of your tenant (Scripts/export-tenant.ps1).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" what-if' -l 'what-if' -d 'Run SCRIPT on a copy of the tenant and print what it would change; the tenant is not changed.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ps1\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" no-native' -l 'no-native' -d 'Refuse to start native programs (git, /bin/sh, ...): for dry runs of scripts you do not trust. --what-if implies it.'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_positional "licenselab" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ps1\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" version' -l 'version' -d 'Show the version.'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_positional "licenselab" -eq 2' -fa 'help' -d 'Show subcommand help information.'
complete -c 'licenselab' -n '__licenselab_should_offer_completions_for_flags_or_options "licenselab help" version' -l 'version' -d 'Show the version.'
