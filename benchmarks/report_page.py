"""Render time and query count of the demo Quarterly Performance Report page.

    make bench
    uv run python benchmarks/report_page.py [--runs 30] [--database-url URL]

Builds a throw-away SQLite database (or uses --database-url, e.g. a PostgreSQL
database you can drop), loads the demo content, then requests the demo QPR Q1
2019/20 page through Django's test client: once to warm per-process caches, then
``--runs`` times. Prints the median and spread of the render time and the query
count, and the same figures for the QPR Q1 2012/13 page, an indicator's history
page, the public risk register and the home page as a yardstick.
Timings are for comparison between commits on one machine; they are not asserted
anywhere.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="moot-bench-")
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir}/bench.db"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council.settings.test")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from council.demo.loader import load_demo
    from reports.models import Indicator, QuarterlyReportPage

    call_command("migrate", verbosity=0, interactive=False)
    load_demo()
    client = Client()
    report = QuarterlyReportPage.objects.get(financial_year=2019, quarter=1)
    kpis = sum(
        1
        for section in report.body.raw_data
        if section["type"] == "area_section"
        for child in section["value"]["content"]
        if child["type"] == "kpi"
    )
    pages = {
        f"QPR Q1 2019/20 ({kpis} KPIs)": report.url,
        "QPR Q1 2012/13": QuarterlyReportPage.objects.get(
            financial_year=2012, quarter=1
        ).url,
        "indicator history": "/performance/indicators/"
        f"{Indicator.objects.first().code}/",
        "risk register": "/performance/risks/",
        "home page": "/",
    }

    print(f"database: {connection.vendor}; {args.runs} runs each after one warm-up")
    print(f"{'page':<30} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'queries':>8}")
    results = {}
    for name, url in pages.items():
        if client.get(url).status_code != 200:
            raise SystemExit(f"{url} did not render")
        times = []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url} did not render")
        results[name] = (statistics.median(times), len(queries))
        print(
            f"{name:<30} {statistics.median(times):>10.1f} {min(times):>8.1f} "
            f"{max(times):>8.1f} {len(queries):>8}"
        )
    qpr = next(iter(results))
    ratio = results[qpr][0] / results["home page"][0]
    print(f"QPR page / home page render time: {ratio:.1f}x")
    print(f"QPR page: {results[qpr][1]} queries for {kpis} KPI blocks")


if __name__ == "__main__":
    main()
