#!/usr/bin/env bash
# Install with apt what the tests need when it is missing: Debian's chromium (driven
# by Playwright; never `playwright install`) and the PostgreSQL server.
set -euo pipefail

missing=()

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    echo "system-deps: chromium found ($(command -v chromium || command -v chromium-browser))"
else
    missing+=(chromium)
fi

find_initdb() {
    ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 | grep . ||
        command -v initdb 2>/dev/null
}
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
for package in "${missing[@]}"; do
    echo "system-deps: ${package} installed"
done
