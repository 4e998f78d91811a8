# Moot: `make` lists the targets. Only Python 3.11 and the package registries needed.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
# Recursively expanded on purpose: found again after `make uv` installs it.
UV = $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
MANAGE = $(UV) run --frozen python manage.py
PYTEST = $(UV) run --frozen pytest

.PHONY: help uv install migrate demo admin run test lint check test-sqlite test-postgres test-browser system-deps bench clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

uv: ## Install uv when it is missing
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv

install: uv ## Create .venv from the committed uv.lock
	$(UV) sync --frozen

migrate: install ## Apply database migrations (SQLite by default)
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content from the seed documents (idempotent)
	$(MANAGE) load_demo

admin: migrate ## Create the local admin login (admin / moot-local-admin)
	$(MANAGE) ensure_local_admin

run: demo admin ## Install, migrate, load the demo, serve http://127.0.0.1:8000 and run the scheduler
	@echo "Site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/ (admin / moot-local-admin)"
	MANAGE="$(MANAGE)" bash scripts/run-dev.sh 127.0.0.1:8000

system-deps: ## Install Debian's chromium and the PostgreSQL server when missing
	bash scripts/ensure-system-deps.sh

lint: install ## Ruff lint and format check
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .

check: install ## Django system checks and the missing-migrations check
	DJANGO_SETTINGS_MODULE=council.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=council.settings.test $(MANAGE) makemigrations --check --dry-run

test-sqlite: install ## The test suite on SQLite
	$(PYTEST) -m "not browser"

test-postgres: install system-deps ## The test suite on a throw-away PostgreSQL cluster
	bash scripts/with-postgres.sh $(PYTEST) -m "not browser"

test-browser: install system-deps ## Browser tests: Playwright driving Debian's chromium
	$(PYTEST) -m browser

test: lint check test-sqlite test-postgres test-browser ## Everything CI runs
	@echo "make test: all checks passed"

bench: install ## Benchmarks: report page render times and queries; import rate
	$(UV) run --frozen python benchmarks/report_page.py
	$(UV) run --frozen python benchmarks/import_measurements.py

clean: ## Remove the local database, media and virtualenv
	rm -rf .venv db.sqlite3 var
