#!/usr/bin/env bash
# Install with apt what the tests need when it is missing: Debian's chromium (driven
# by Playwright; never `playwright install`) and the PostgreSQL server.
set -euo pipefail

missing=()

find_chromium() {
    command -v chromium 2>/dev/null || command -v chromium-browser 2>/dev/null
}
# Debian keeps the server binaries in /usr/lib/postgresql/<version>/bin (not on PATH).
find_initdb() {
    local candidates=(/usr/lib/postgresql/*/bin/initdb)
    if [ -x "${candidates[0]}" ]; then
        printf '%s\n' "${candidates[@]}" | sort -V | tail -n 1
    else
        command -v initdb 2>/dev/null
    fi
}

if [ -n "$(find_chromium || true)" ]; then
    echo "system-deps: chromium found ($(find_chromium))"
else
    missing+=(chromium)
fi

if [ -n "$(find_initdb || true)" ]; then
    echo "system-deps: PostgreSQL server found ($(find_initdb))"
else
    missing+=(postgresql)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "system-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: apt-get not found; install by hand: ${missing[*]}" >&2
    exit 1
fi

echo "system-deps: installing ${missing[*]} with apt"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
# Report what apt really delivered: a package name is not a working binary (Ubuntu's
# chromium-browser, for one, is only a wrapper around a snap).
status=0
for package in "${missing[@]}"; do
    case "$package" in
    chromium) found="$(find_chromium || true)" ;;
    postgresql) found="$(find_initdb || true)" ;;
    esac
    if [ -n "$found" ]; then
        echo "system-deps: ${package} installed (${found})"
    else
        echo "system-deps: apt installed ${package} but its binary is still missing" >&2
        status=1
    fi
done
exit "$status"
