"""Public site search, the sitemap and robots.txt. What must never be found (exempt,
draft and restricted content) is also checked by the sentinel crawl in
tests/test_public_never_sees_private.py."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from council import factories
from council.enums import AgendaPart

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    html = response.content.decode()
    results = re.search(r'<ol class="search-results".*?</ol>', html, re.S)
    if results is None:
        return []
    return re.findall(r'<li>\s*<a href="[^"]+">([^<]+)</a>', results[0])


def count(response) -> str:
    return re.search(r'id="results-heading">([^<]+)<', response.content.decode())[1]


def test_finds_live_public_pages_by_title_and_indexed_fields(
    client, meeting, report_index
):
    factories.ReportPageFactory(
        parent=report_index,
        title="Revenue budget monitoring",
        subject="Forecast outturn for the financial year",
    )
    factories.AgendaItemPageFactory(parent=meeting, title="Budget consultation")
    assert set(titles(client.get("/search/", {"q": "budget"}))) == {
        "Revenue budget monitoring",
        "Budget consultation",
    }
    assert titles(client.get("/search/", {"q": "outturn"})) == [
        "Revenue budget monitoring"
    ]
    response = client.get("/search/", {"q": "outturn"})
    assert count(response) == "1 result for “outturn”"
    assert (
        "Committee report, Reports" in response.content.decode()
    )  # its kind and place


def test_exempt_papers_are_found_by_title_only_and_labelled(
    client, meeting, report_index
):
    factories.ReportPageFactory(
        parent=report_index,
        title="Trading company business case",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        public_interest_reasoning="Commercial negotiations are under way.",
        subject="Projected dividend from the wholly owned subsidiary",
    )
    assert titles(client.get("/search/", {"q": "trading"})) == [
        "Trading company business case"
    ]
    html = client.get("/search/", {"q": "trading"}).content.decode()
    assert "Exempt: paragraph 3 of Part 1 of Schedule 12A" in html
    assert titles(client.get("/search/", {"q": "dividend"})) == []


def test_drafts_and_restricted_pages_are_not_found(client, meeting, report_index):
    live = factories.AgendaItemPageFactory(parent=meeting, title="Highways update")
    live.title = "Highways update with unpublished figures"
    live.save_revision()
    factories.AgendaItemPageFactory(
        parent=meeting, title="Unpublished item", slug="unpublished", live=False
    )
    restricted = factories.ReportPageFactory(
        parent=report_index, title="Staff survey results"
    )
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.LOGIN
    )
    assert titles(client.get("/search/", {"q": "highways"})) == ["Highways update"]
    assert titles(client.get("/search/", {"q": "unpublished"})) == []
    assert titles(client.get("/search/", {"q": "survey"})) == []


def test_queries_do_not_grow_with_the_results_and_pages_are_paginated(client, meeting):
    def queries_for(n):
        for i in range(n):
            factories.AgendaItemPageFactory(
                parent=meeting, title=f"Waste contract {n}-{i}", slug=f"w{n}-{i}"
            )
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/search/", {"q": f"contract {n}"})
        return response, len(queries)

    few, few_queries = queries_for(2)
    many, many_queries = queries_for(18)
    assert len(titles(few)) >= 2 and len(titles(many)) >= 18
    assert many_queries <= few_queries + 2, (few_queries, many_queries)

    for i in range(25):
        factories.AgendaItemPageFactory(
            parent=meeting, title=f"Libraries review {i}", slug=f"lib-{i}"
        )
    first = client.get("/search/", {"q": "libraries"})
    assert count(first) == "25 results for “libraries”"
    assert len(titles(first)) == 20
    assert "Page 1 of 2" in first.content.decode()
    second = client.get("/search/", {"q": "libraries", "page": 2})
    assert len(titles(second)) == 5
    assert 'start="21"' in second.content.decode()


def test_empty_and_odd_queries(client, meeting):
    factories.AgendaItemPageFactory(parent=meeting, title="Exact phrase matters")
    quoted = client.get("/search/", {"q": '"exact phrase"'})
    assert titles(quoted) == ["Exact phrase matters"]
    html = client.get("/search/").content.decode()
    assert '<label for="search-q">' in html
    assert "results-heading" not in html
    assert count(client.get("/search/", {"q": "zzzz nothing"})).startswith("0 results")
    # Characters that are syntax to a search backend are searched as text.
    for odd in ['"', 'a"b', '"exact phrase"', "{title}:x", "NEAR(", "*", "'", "\\"]:
        response = client.get("/search/", {"q": odd})
        assert response.status_code == 200, odd
    long = client.get("/search/", {"q": "x" * 5000})
    assert long.status_code == 200
    assert client.post("/search/", {"q": "x"}).status_code == 405


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
