"""Playwright driving Debian's chromium against pytest-django's live server.

Browser tests are transactional (the live server runs in another thread) and use
``serialized_rollback=True``: each starts with what the migrations created (groups,
workflows, schemes) and its flush leaves no half-made content types behind for the
next. One transactional test without it breaks the next one that has it."""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by
# the test itself (loading content) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail(
            "Debian's chromium is not installed; run `make system-deps` "
            "(scripts/ensure-system-deps.sh) first."
        )
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page) -> None:
    """No serious or critical axe-core violations on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    violations = [
        v
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]
    assert not violations, f"{page.url}: " + "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + ", ".join(str(n["target"]) for n in v["nodes"][:3])
        for v in violations
    )
