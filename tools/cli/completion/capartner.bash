# bash completion for capartner: commands, options and record keys.
# Everything is asked of the program itself (its --help and `list`), so the
# completion follows the installed version. Installed into
# share/bash-completion/completions/capartner.

_capartner_commands() {
    "$1" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p'
}

_capartner_options() {
    "$1" "$2" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u
}

# Keys that need no quoting: country codes, body acronyms (else ids), place
# and area ids.
_capartner_keys() {
    "$1" list countries -f tsv --columns alpha2 2>/dev/null | tail -n +2
    "$1" list bodies -f tsv --columns id,acronym 2>/dev/null | tail -n +2 |
        awk -F '\t' '{ print ($2 != "" ? $2 : $1) }'
    "$1" list places -f tsv --columns id 2>/dev/null | tail -n +2
    "$1" list areas -f tsv --columns id 2>/dev/null | tail -n +2
}

_capartner() {
    local program=${COMP_WORDS[0]} current=${COMP_WORDS[COMP_CWORD]}
    local previous=${COMP_WORDS[COMP_CWORD - 1]} command="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        -f | -o | --format | --output | --columns) ((i++)) ;;
        -*) ;;
        *) command=${COMP_WORDS[i]} && break ;;
        esac
    done
    if [[ -z $command ]]; then
        if [[ $current == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version --format --output --columns" -- "$current"))
        else
            COMPREPLY=($(compgen -W "$(_capartner_commands "$program") help" -- "$current"))
        fi
        return
    fi
    case $previous in
    -f | --format)
        COMPREPLY=($(compgen -W "text table plain json csv tsv svg sql schema html" -- "$current"))
        return
        ;;
    -o | --output)
        COMPREPLY=($(compgen -f -- "$current"))
        return
        ;;
    --country | --body | --area | --parent | --owner | --place)
        COMPREPLY=($(compgen -W "$(_capartner_keys "$program")" -- "$current"))
        return
        ;;
    esac
    if [[ $current == -* ]]; then
        COMPREPLY=($(compgen -W "$(_capartner_options "$program" "$command")" -- "$current"))
    elif [[ $command == show ]]; then
        COMPREPLY=($(compgen -W "$(_capartner_keys "$program")" -- "$current"))
    elif [[ $command == list && $previous == list ]]; then
        COMPREPLY=($(compgen -W "countries bodies places areas sources sections names participations events" -- "$current"))
    elif [[ $command == help ]]; then
        COMPREPLY=($(compgen -W "$(_capartner_commands "$program")" -- "$current"))
    fi
}

complete -F _capartner capartner
