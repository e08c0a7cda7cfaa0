# fish completion for capartner: commands, options and record keys, asked of
# the program itself (its --help and `list`). Installed into
# share/fish/vendor_completions.d/capartner.fish.

function __capartner_commands
    capartner --help 2>/dev/null | string match -rg '^  ([a-z]+) '
end

function __capartner_options
    set -l command (commandline -opc)[2]
    capartner $command --help 2>/dev/null | string match -ar -- '--[a-z][a-z-]*' | sort -u
end

function __capartner_keys
    capartner list countries -f tsv --columns alpha2 2>/dev/null | tail -n +2
    capartner list bodies -f tsv --columns id,acronym 2>/dev/null | tail -n +2 |
        awk -F '\t' '{ print ($2 != "" ? $2 : $1) }'
    capartner list places -f tsv --columns id 2>/dev/null | tail -n +2
    capartner list areas -f tsv --columns id 2>/dev/null | tail -n +2
end

function __capartner_wants_key
    set -l words (commandline -opc)
    contains -- $words[-1] --country --body --area --parent --owner --place
    or test "$words[2]" = show
end

complete -c capartner -f
complete -c capartner -n __fish_use_subcommand -a '(__capartner_commands) help'
complete -c capartner -n 'not __fish_use_subcommand' -a '(__capartner_options)'
complete -c capartner -n 'not __fish_use_subcommand; and __capartner_wants_key' -a '(__capartner_keys)'
complete -c capartner -s f -l format -x -a 'text table plain json csv tsv svg sql schema html'
complete -c capartner -s o -l output -r -F
