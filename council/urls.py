"""URL configuration: Wagtail admin, documents, then the page tree."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from council.feeds import PapersFeed, meetings_ics
from council.search import robots_txt, search
from reports.open_data import (
    indicator_data_csv,
    indicator_data_json,
    report_kpis_csv,
    report_kpis_json,
)
from reports.views import indicator_detail, indicator_index, summary_json
from risks.views import risk_register

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sign-in/",
        auth_views.LoginView.as_view(template_name="council/sign_in.html"),
        name="sign_in",
    ),
    path("sign-out/", auth_views.LogoutView.as_view(next_page="/"), name="sign_out"),
    path("search/", search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("feeds/meetings.ics", meetings_ics, name="meetings_ics"),
    path("feeds/papers.rss", PapersFeed(), name="papers_rss"),
    path("performance/indicators/", indicator_index, name="indicator_index"),
    path(
        "performance/indicators/<str:code>/", indicator_detail, name="indicator_detail"
    ),
    path(
        "performance/indicators/<str:code>/data.csv",
        indicator_data_csv,
        name="indicator_data_csv",
    ),
    path(
        "performance/indicators/<str:code>/data.json",
        indicator_data_json,
        name="indicator_data_json",
    ),
    path("performance/risks/", risk_register, name="risk_register"),
    re_path(r"^(?P<page_path>(?:[\w\-]+/)*)summary\.json$", summary_json),
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)kpis\.csv$",
        report_kpis_csv,
        name="report_kpis_csv",
    ),
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)kpis\.json$",
        report_kpis_json,
        name="report_kpis_json",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
