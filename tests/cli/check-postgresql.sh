#!/bin/sh
# Loads 'capartner export --format sql' into a throwaway PostgreSQL server and
# checks every table's row count against 'capartner stats'; then loads it
# again with --drop --prefix. Needs Debian's postgresql package (initdb,
# pg_ctl, psql); starts nothing system-wide and leaves nothing behind.
#
#     tests/cli/check-postgresql.sh path/to/capartner
#
# Exit status 0 when the SQL loads unchanged and the counts match.
set -eu

capartner=${1:?usage: check-postgresql.sh path/to/capartner}
case $capartner in /*) ;; *) capartner=$(pwd)/$capartner ;; esac

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bindir=$candidate
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "check-postgresql: no initdb found (install Debian's postgresql package)" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/capartner-pg.XXXXXX")
port=$((20000 + $$ % 20000))
# PostgreSQL refuses to run as root: run the server as the postgres user then.
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$work"
    as_server() { runuser -u postgres -- "$@"; }
else
    as_server() { "$@"; }
fi
stop() {
    as_server "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT INT TERM

as_server "$bindir/initdb" -D "$work/data" -A trust -U capartner --no-sync >"$work/initdb.log" 2>&1 ||
    { cat "$work/initdb.log" >&2; exit 1; }
as_server "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-p $port -k $work -c listen_addresses= -c fsync=off" start >/dev/null ||
    { cat "$work/server.log" >&2; exit 1; }

export PGOPTIONS="-c client_min_messages=warning"
psql() {
    "$bindir/psql" -X -q -h "$work" -p "$port" -U capartner -d postgres -v ON_ERROR_STOP=1 "$@"
}

# exactly what a user runs: capartner export --format sql | psql
"$capartner" export --format sql | psql >/dev/null

status=0
"$capartner" stats --format tsv | tail -n +2 | while IFS='	' read -r table rows _; do
    got=$(psql -At -c "SELECT count(*) FROM \"$table\"")
    if [ "$got" != "$rows" ]; then
        echo "check-postgresql: $table has $got rows in PostgreSQL, capartner stats says $rows" >&2
        exit 1
    fi
done || status=1
[ "$(psql -At -c 'SELECT count(*) FROM dataset')" = 4 ] || status=1

# the foreign keys hold, checked by the server at COMMIT (DEFERRABLE)
orphans=$(psql -At -c "SELECT count(*) FROM event_countries ec
    LEFT JOIN countries c ON c.id = ec.country WHERE c.id IS NULL")
[ "$orphans" = 0 ] || { echo "check-postgresql: orphan links" >&2; status=1; }

# loading again: --drop makes it repeatable, --prefix keeps it apart
"$capartner" export --format sql --drop --prefix capartner_ | psql >/dev/null
"$capartner" export --format sql --drop --prefix capartner_ | psql >/dev/null
events=$("$capartner" stats --format tsv | awk -F'\t' '$1 == "events" { print $2 }')
[ "$(psql -At -c 'SELECT count(*) FROM capartner_events')" = "$events" ] || status=1

if [ "$status" -eq 0 ]; then
    echo "check-postgresql: ok ($("$bindir/postgres" --version))"
fi
exit "$status"
