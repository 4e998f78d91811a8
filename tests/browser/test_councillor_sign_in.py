"""A councillor opens an exempt item's notice, signs in from it and reads the paper;
the notice, the sign-in form (with an error) and the paper pass axe-core."""

import datetime as dt

from django.contrib.auth.models import Group

import pytest

from council import factories
from tests.browser.conftest import assert_accessible
from tests.conftest import exempt_item

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "a-councillor-password"  # noqa: S105 - a test login


def test_councillor_signs_in_from_an_exempt_notice_and_reads_it(
    live_server, page, django_user_model
):
    from wagtail.models import Page, Site

    home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), slug="council-home"
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    committee = factories.CommitteePageFactory(parent=home, title="Cabinet")
    meeting = factories.MeetingPageFactory(parent=committee, date=dt.date(2018, 3, 26))
    item = exempt_item(meeting, "<p>The exempt business case.</p>")
    councillor = django_user_model.objects.create_user("cllr.carter", password=PASSWORD)
    councillor.groups.add(Group.objects.get(name="Councillors"))

    page.goto(live_server.url + item.url)
    assert "The exempt business case." not in page.inner_text("main")
    assert_accessible(page)
    page.get_by_role("link", name="sign in to read the papers").click()

    page.get_by_label("Username").fill("cllr.carter")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").wait_for()
    assert "There is a problem" in page.get_by_role("alert").inner_text()
    assert_accessible(page)

    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + item.url)
    assert "The exempt business case." in page.inner_text("main")
    assert_accessible(page)

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(live_server.url + "/")
    page.goto(live_server.url + item.url)
    assert "The exempt business case." not in page.inner_text("main")
