#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL cluster:
#   scripts/with-postgres.sh pytest -m "not browser"
# The cluster lives in a temporary directory on a free port of 127.0.0.1, is reached
# through DATABASE_URL, and is stopped and removed afterwards, whatever happens.
# The command's exit status is passed on.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

# Debian keeps the server binaries in /usr/lib/postgresql/<version>/bin; elsewhere
# follow initdb on PATH (through any symlink) to the directory that holds them all.
bindir=""
candidates=(/usr/lib/postgresql/*/bin)
if [ -x "${candidates[0]}/initdb" ]; then
    bindir="$(printf '%s\n' "${candidates[@]}" | sort -V | tail -n 1)"
elif command -v initdb >/dev/null 2>&1; then
    bindir="$(dirname "$(readlink -f "$(command -v initdb)")")"
fi
for tool in initdb pg_ctl pg_isready createdb postgres; do
    if [ -z "$bindir" ] || [ ! -x "$bindir/$tool" ]; then
        echo "with-postgres: the PostgreSQL server is not installed (no $tool);" \
            "run make system-deps" >&2
        exit 1
    fi
done

workdir="$(mktemp -d -t moot-pg.XXXXXX)"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$workdir"
    as_owner=(runuser -u postgres --)
fi
# Run from the cluster directory: the postgres user may not be able to enter ours.
pg() { (cd "$workdir" && "${as_owner[@]}" "$bindir/$1" "${@:2}"); }

started=0
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    if [ "$started" -eq 1 ]; then
        pg pg_ctl -D "$workdir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

locale_args=(--locale=C.UTF-8)
locales="$(locale -a 2>/dev/null || true)"
if ! grep -qiE '^c\.utf-?8$' <<<"$locales"; then
    locale_args=(--no-locale)
fi
pg initdb -D "$workdir/data" -U moot --auth=trust -E UTF8 "${locale_args[@]}" \
    >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; exit 1; }

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
options="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$workdir"
options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
started=1
if ! pg pg_ctl -D "$workdir/data" -o "$options" -l "$workdir/server.log" -w start \
    >/dev/null; then
    echo "with-postgres: the server did not start:" >&2
    tail -n 30 "$workdir/server.log" >&2 || true
    exit 1
fi
ready=0
for _ in $(seq 1 50); do
    if pg pg_isready -q -h 127.0.0.1 -p "$port"; then
        ready=1
        break
    fi
    sleep 0.2
done
if [ "$ready" -eq 0 ]; then
    echo "with-postgres: the server does not accept connections:" >&2
    tail -n 30 "$workdir/server.log" >&2 || true
    exit 1
fi
pg createdb -h 127.0.0.1 -p "$port" -U moot moot

export DATABASE_URL="postgres://moot@127.0.0.1:$port/moot"
version="$(pg postgres --version | awk '{print $3}')"
echo "with-postgres: PostgreSQL $version on 127.0.0.1:$port (throw-away cluster in $workdir)"

status=0
"$@" || status=$?
exit "$status"
