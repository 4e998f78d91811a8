"""The quarterly report's approval journey in a real browser, through the Wagtail
admin as each person uses it: the author submits the report, the Performance Team's
data check cannot approve it (the quality gate lists the problem) and requests
changes with a comment, the author sees the comment, writes the missing commentary
in the page editor and resubmits, the data check, the Corporate Director and the
Cabinet Member each approve, and the report is published on the public site."""

import re
import time

from django.contrib.auth.models import Group
from django.core import mail

from wagtail.models import Comment, TaskState, WorkflowState

import pytest
from playwright.sync_api import expect

from council import workflows
from reports.models import QualityGateTask, QuarterlyReportPage
from tests.browser.conftest import assert_accessible
from tests.reports.builders import indicator, kpi, make_report, section

# The groups, workflows and rating schemes come from migrations: restore them
# after the transactional tests that run before this one flush the database.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "journey-password-1"  # noqa: S105 - a test login
COMMENT = "ET01 is Red: please add the commentary before this goes to sign-off."
FIELD_COMMENT = "Please name the Performance Team as the producer."
COMMENTARY = "Resurfacing was delayed by the wet spring; crews are back from July."


@pytest.fixture
def people(django_user_model):
    def user(username, group):
        person = django_user_model.objects.create_user(
            username, f"{username}@kent.example", PASSWORD
        )
        person.groups.add(Group.objects.get(name=group))
        return person

    return {
        "author": user("author", "Report Authors"),
        "analyst": user("analyst", "Performance Team"),
        "director": user("director", "Approvers"),
        "member": user("member", "Approvers"),
    }


@pytest.fixture
def draft_report(home):
    from council import factories

    index = factories.ReportIndexPageFactory(parent=home)
    red = indicator("ET01", "Environment and Transport", "80", "78", "90", "80")
    green = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    # A Red KPI with its corrective action but without commentary.
    return make_report(
        index,
        [
            section(
                "Environment and Transport", kpi(red, "<p>Extra crews from July.</p>")
            ),
            section("Customer Services", kpi(green)),
        ],
        publish=False,
    )


def sign_in(browser, live_server, username):
    """A fresh browser session, signed in through the admin's login form."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def open_editor(page, live_server, report):
    page.goto(f"{live_server.url}/admin/pages/{report.pk}/edit/")
    page.wait_for_load_state("networkidle")


def choose_action(page, label):
    """Open the editor's action menu and choose ``label``."""
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.locator("footer").get_by_role("button", name=label, exact=True).click()


def current_task(report) -> str:
    state = WorkflowState.objects.get(object_id=str(report.pk))
    if state.status != WorkflowState.STATUS_IN_PROGRESS:
        return state.status
    return f"{state.status}: {state.current_task_state.task.name}"


def until(expected, read, timeout=20):
    """Wait until ``read()`` (the database, as the server left it) is ``expected``:
    a click's request may still be on its way when Playwright returns."""
    deadline = time.monotonic() + timeout
    while (value := read()) != expected and time.monotonic() < deadline:
        time.sleep(0.2)
    assert value == expected
    return value


def approve(browser, live_server, report, username, then):
    page = sign_in(browser, live_server, username)
    open_editor(page, live_server, report)
    # Wagtail says so on the button of the step whose approval publishes.
    last = then == WorkflowState.STATUS_APPROVED
    choose_action(page, "Approve and Publish" if last else "Approve")
    until(then, lambda: current_task(report))
    page.context.close()


def test_author_submits_data_check_rejects_author_fixes_each_step_approves(
    browser, live_server, people, draft_report
):
    report = draft_report
    steps = [name for name, _, _ in workflows.WORKFLOWS[workflows.QPR_WORKFLOW]]

    # The author submits the draft to the workflow from the page editor.
    author = sign_in(browser, live_server, "author")
    open_editor(author, live_server, report)
    choose_action(author, f"Submit to {workflows.QPR_WORKFLOW}")
    until(f"in_progress: {steps[0]}", lambda: current_task(report))
    author.context.close()

    # The data check tries to approve: the quality gate lists the problem instead.
    analyst = sign_in(browser, live_server, "analyst")
    open_editor(analyst, live_server, report)
    choose_action(analyst, "Approve (blocked: see problems)")
    dialog = analyst.get_by_role("dialog")
    dialog.get_by_text("This report cannot be approved yet").wait_for()
    problems = dialog.locator(".quality-problems li").all_inner_texts()
    assert problems == ["ET01 (Indicator ET01): rated Red without commentary"]
    dialog.get_by_role("button", name="Close").click()

    # It comments on a field in the page editor, and saves the comment.
    analyst.get_by_role("button", name="Toggle comments").click()
    analyst.locator("#id_produced_by").locator("xpath=..").get_by_role(
        "button", name="Add comment"
    ).click()
    analyst.get_by_role("textbox", name="Enter your comments").fill(FIELD_COMMENT)
    analyst.get_by_role("button", name="Comment", exact=True).click()
    # The comment is held by the editor until the page is saved.
    expect(analyst.get_by_role("button", name="Comment", exact=True)).to_have_count(0)
    with analyst.expect_navigation():
        analyst.locator("footer").get_by_role("button", name="Save draft").click()
    until(
        [("produced_by", FIELD_COMMENT, "analyst")],
        lambda: list(
            Comment.objects.filter(page_id=report.pk).values_list(
                "contentpath", "text", "user__username"
            )
        ),
    )
    analyst.wait_for_load_state("networkidle")

    # It requests changes, with a comment for the author.
    choose_action(analyst, "Request changes")
    dialog = analyst.get_by_role("dialog")
    dialog.get_by_label("Comment").fill(COMMENT)
    dialog.get_by_role("button", name="Request changes").click()
    until(WorkflowState.STATUS_NEEDS_CHANGES, lambda: current_task(report))
    # The author is told by email (sent by the Celery task after the commit).
    until(True, lambda: "author@kent.example" in {m.to[0] for m in mail.outbox})
    assert TaskState.objects.filter(comment=COMMENT).count() == 1
    analyst.context.close()

    # The author sees the comment in the editor, writes the commentary, resubmits.
    author = sign_in(browser, live_server, "author")
    open_editor(author, live_server, report)
    author.get_by_role("button", name="Toggle status").click()
    author.get_by_role("button", name="View details").click()
    history = author.get_by_role("dialog", name=workflows.QPR_WORKFLOW)
    history.get_by_text(COMMENT).wait_for()
    assert "Changes requested by analyst" in history.inner_text()
    history.get_by_role("button", name="Close dialog").click()
    author.get_by_role("button", name="Toggle comments").click()
    author.get_by_text(FIELD_COMMENT).wait_for()
    # The ET01 KPI block's commentary, a rich text editor.
    stored = author.locator("#body-0-value-content-0-value-commentary")
    stored.locator("xpath=..").locator("[contenteditable=true]").click()
    author.keyboard.type(COMMENTARY)
    # The editor copies what is typed into its form field a moment later.
    expect(stored).to_have_value(re.compile("wet spring"))
    choose_action(author, f"Resubmit to {steps[0]}")
    until(f"in_progress: {steps[0]}", lambda: current_task(report))
    author.context.close()
    draft = QuarterlyReportPage.objects.get(pk=report.pk)
    assert QualityGateTask.problems(draft) == []
    commentary_html = draft.get_latest_revision_as_object().body.raw_data[0]["value"][
        "content"
    ][0]["value"]["commentary"]
    assert COMMENTARY in commentary_html

    # Each step approves in turn; only the last approval publishes.
    after = [f"in_progress: {step}" for step in steps[1:]]
    after.append(WorkflowState.STATUS_APPROVED)
    for username, then in zip(("analyst", "director", "member"), after, strict=True):
        assert not QuarterlyReportPage.objects.get(pk=report.pk).live
        approve(browser, live_server, report, username, then)

    published = QuarterlyReportPage.objects.get(pk=report.pk)
    assert published.live
    public = browser.new_context().new_page()
    public.goto(f"{live_server.url}{published.url}")
    assert COMMENTARY in public.locator("main").inner_text()
    assert_accessible(public)
    public.context.close()
