"""A member of the public finds the 26 March 2018 Cabinet and the report of item 6."""

import pytest

from council.demo.loader import load_demo
from tests.browser.conftest import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_to_meeting_to_item_6_report(live_server, page):
    load_demo()
    page.goto(live_server.url + "/")
    assert_accessible(page)

    page.get_by_role("link", name="Cabinet – 26 March 2018").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Cabinet")
    assert "Monday, 26th March, 2018, at 10.00 am" in page.inner_text("h1")
    assert_accessible(page)

    item_6 = page.locator("li#item-6")
    assert "Quarterly Performance Monitoring Report - Quarter 3" in item_6.inner_text()
    item_6.locator(".item-papers a").first.click()
    page.wait_for_load_state()
    assert "Quarterly Performance Report, Quarter 3, 2017/18" in page.inner_text("main")
    assert page.get_by_role("heading", name="Recommendations").is_visible()
    assert_accessible(page)


def test_minutes_page_is_accessible(live_server, page):
    load_demo()
    page.goto(live_server.url + "/cabinet/2018-02-05/minutes/")
    assert "58. Business Services Centre Trading Company" in page.inner_text("main")
    assert_accessible(page)


def test_the_axe_check_fails_on_an_inaccessible_page(page):
    """The accessibility check is live: a form field without a label fails it."""
    page.set_content(
        '<html lang="en"><head><title>t</title></head><body><main>'
        '<input type="text"></main></body></html>'
    )
    with pytest.raises(AssertionError, match="label"):
        assert_accessible(page)


def test_search_from_the_header_finds_the_budget_report(live_server, page):
    """A journalist searches the demo site: the form is labelled, the results are
    a numbered list, the pages pass axe-core, and a result leads to the paper."""
    load_demo()
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Search"
    ).click()
    page.get_by_label("Search meetings, agendas, reports and minutes").fill("budget")
    assert_accessible(page)
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    heading = page.get_by_role("heading", level=2).first.inner_text()
    assert heading.endswith("for “budget”") and not heading.startswith("0 ")
    results = page.locator("ol.search-results > li")
    assert results.count() >= 1
    assert_accessible(page)
    first_title = results.first.get_by_role("link").inner_text()
    results.first.get_by_role("link").click()
    page.wait_for_load_state()
    assert first_title in page.get_by_role("heading", level=1).inner_text()
