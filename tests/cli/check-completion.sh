#!/bin/bash
# The bash completion, sourced as bash-completion loads it and driven as bash
# does on Tab: COMP_WORDS and COMP_CWORD set, _capartner called, COMPREPLY
# checked. The zsh and fish scripts are checked for syntax where the shell
# is installed.
#   tests/cli/check-completion.sh CAPARTNER_BINARY COMPLETION_DIR
set -u
binary=$1 completion=$2
PATH="$(dirname "$binary"):$PATH"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$completion/capartner.bash"
complete -p capartner | grep -q -- '-F _capartner' || fail "complete -p: $(complete -p capartner)"

# complete WORD... : the candidates for the last word
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _capartner
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() { # expect "WHAT" "CANDIDATES" WANTED...
    local what=$1 got=$2
    shift 2
    for wanted in "$@"; do
        grep -qx -- "$wanted" <<<"$got" || fail "$what: no '$wanted' in: $(echo $got)"
    done
}
expect_not() {
    local what=$1 got=$2
    shift 2
    for unwanted in "$@"; do
        ! grep -qx -- "$unwanted" <<<"$got" || fail "$what: '$unwanted' offered"
    done
}

got=$(complete_words capartner "")
expect "commands" "$got" show list timeline participations search stats version export help
got=$(complete_words capartner ti)
expect "commands by prefix" "$got" timeline
expect_not "commands by prefix" "$got" show
got=$(complete_words capartner timeline --co)
expect "timeline options" "$got" --country --columns
got=$(complete_words capartner timeline --country K)
expect "country keys" "$got" KZ KG
expect_not "country keys" "$got" TJ
got=$(complete_words capartner show P)
expect "show keys" "$got" PfP PARP
got=$(complete_words capartner participations --body "")
expect "body keys" "$got" PfP nac
got=$(complete_words capartner list "")
expect "list kinds" "$got" countries bodies events
got=$(complete_words capartner timeline -f s)
expect "formats" "$got" svg sql
got=$(complete_words capartner show KZ --)
expect "show options" "$got" --type --format --help

command -v zsh >/dev/null && { zsh -n "$completion/_capartner" || fail "zsh syntax"; }
command -v fish >/dev/null && { fish -n "$completion/capartner.fish" || fail "fish syntax"; }

if [ "$failures" -ne 0 ]; then
    echo "$failures failures" >&2
    exit 1
fi
echo "completion: commands, options, formats and keys complete in bash"
