"""Public site search, sitemap and robots.txt.

Search covers live pages that anyone may view (no drafts, no view-restricted pages).
An exempt agenda item or report is found by its title alone, the part of it that is
public by design; its other indexed fields (a report's subject) never match, so a
search cannot reveal what an exempt paper says. See docs/public-site.md.
"""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from wagtail.models import Page

from council.models.exempt import withheld_page_ids

PER_PAGE = 20
MAX_RESULTS = 500
MAX_QUERY_LENGTH = 200


def public_search(query: str) -> list[Page]:
    """Specific pages matching ``query``, best first: ordinary pages on every
    indexed field, then exempt ones on their title only."""
    # Double quotes end the SQLite backend's quoted terms early (an error, not a
    # phrase search); the words between them are searched as words.
    query = " ".join(query.replace('"', " ").split())
    if not query:
        return []
    public = Page.objects.live().public().filter(depth__gt=2)
    withheld = withheld_page_ids()
    hits = public.exclude(pk__in=withheld).search(query)[:MAX_RESULTS]
    found = [page.pk for page in hits]
    if withheld:
        titles = public.filter(pk__in=withheld).search(query, fields=["title"])
        found += [page.pk for page in titles[:MAX_RESULTS]]
    by_pk = {page.pk: page for page in Page.objects.filter(pk__in=found).specific()}
    return [by_pk[pk] for pk in dict.fromkeys(found) if pk in by_pk]


def parents_of(pages) -> dict[int, Page]:
    """{page pk: its parent page} in one query, for listing pages with their place."""
    step = Page.steplen
    parents = Page.objects.filter(
        path__in={page.path[:-step] for page in pages}
    ).in_bulk(field_name="path")
    return {page.pk: parents.get(page.path[:-step]) for page in pages}


def with_context(pages) -> list[dict]:
    """Each result with its kind and the page it belongs to (one query in all)."""
    parents = parents_of(pages)
    return [
        {
            "page": page,
            "kind": type(page)._meta.verbose_name,
            "parent": parents[page.pk],
            "exempt_paragraph": page.exempt_paragraph if is_exempt(page) else None,
        }
        for page in pages
    ]


def is_exempt(page) -> bool:
    """Whether a specific page is an exempt agenda item or report (no query)."""
    return getattr(page, "is_exempt", False)


@require_GET
def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        paginator = Paginator(public_search(query), PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        results.object_list = with_context(results.object_list)
    return render(
        request,
        "council/search.html",
        {"query": query, "results": results, "page_title": "Search"},
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
