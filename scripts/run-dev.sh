#!/usr/bin/env bash
# The embedded default: the scheduler (`manage.py run_scheduler`, which runs the
# Celery beat schedule, such as scheduled publishing, in its own process) in the
# background, then the development server in the foreground. When the server stops,
# however it stops, the scheduler is stopped too.
#   scripts/run-dev.sh [ADDRESS:PORT]        (default 127.0.0.1:8000)
# MANAGE names the manage.py command line (default: .venv/bin/python manage.py).
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a manage <<<"${MANAGE:-.venv/bin/python manage.py}"
address="${1:-127.0.0.1:8000}"

"${manage[@]}" run_scheduler &
scheduler=$!
stop_scheduler() {
    kill -TERM "$scheduler" 2>/dev/null || true
    wait "$scheduler" 2>/dev/null || true
}
trap stop_scheduler EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${manage[@]}" runserver "$address"
