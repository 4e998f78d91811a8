"""Import rate of 20,000 measurement rows, beside a plain bulk_create of the same rows.

    make bench
    uv run python benchmarks/import_measurements.py [--rows 20000] [--database-url URL]

Builds a throw-away SQLite database (or uses --database-url, e.g. a PostgreSQL
database you can drop) with 200 indicators, then writes a CSV of ``--rows``
measurements as a performance team would (figures as published: "97%",
"28,152"; targets and floor standards). In the same run it times:

1. bulk_create: the rows parsed with Decimal and saved with one
   Measurement.objects.bulk_create (no validation, no preview): the yardstick;
2. the import (the path of ``manage.py import_data`` and of a confirmed admin
   import): read the file, check every row, save all or nothing;
3. the dry run that the admin preview makes of the same file;
4. the same file imported again (every row found and unchanged).

Each is run ``--repeat`` times, interleaved; prints the median rate in rows per
second with its range, and the import's ratio to bulk_create.
The goal: at least 2,000 rows/s and at least half the bulk_create rate.
Timings are for comparison on one machine; they are not asserted anywhere.
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

HEADER = (
    "indicator_code,period_start,period_end,period_label,value,value_status,target,"
    "target_upper,floor,lower_threshold,upper_threshold,benchmark,benchmark_label,"
    "footnote"
)


def build_csv(rows: int, indicators: int) -> str:
    import datetime as dt

    lines = [HEADER]
    periods = -(-rows // indicators)
    for i in range(indicators):
        for p in range(periods):
            if len(lines) > rows:
                break
            year, month = 2000 + p // 12, p % 12 + 1
            start = dt.date(year, month, 1)
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            if i % 2:
                value, target, floor = f'"{20000 + p * 7:,}"', f'"{21000:,}"', ""
            else:
                value, target, floor = f"{80 + (i + p) % 20}%", "90%", "80%"
            lines.append(
                f"IND{i:03d},{start},{end},{start:%b %Y},{value},published,"
                f"{target},,{floor},,,,,"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--indicators", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="moot-bench-")
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir}/bench.db"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council.settings.test")

    import django

    django.setup()
    import csv
    import io
    from decimal import Decimal

    from django.core.management import call_command
    from django.db import connection, transaction

    from council.dataio.files import read_upload
    from council.dataio.service import run_import
    from reports.models import Indicator, Measurement

    call_command("migrate", verbosity=0, interactive=False)
    Measurement.objects.all().delete()
    Indicator.objects.filter(code__startswith="IND").delete()
    Indicator.objects.bulk_create(
        Indicator(
            code=f"IND{i:03d}",
            title=f"Indicator {i}",
            area="Benchmark",
            unit="count" if i % 2 else "percentage",
        )
        for i in range(args.indicators)
    )
    content = build_csv(args.rows, args.indicators).encode()
    print(
        f"{args.rows:,} measurement rows ({len(content) / 1024:.0f} KB CSV), "
        f"{connection.vendor}"
    )

    def number(text: str):
        text = text.replace(",", "").replace("%", "").strip()
        return Decimal(text) if text else None

    def bulk_create() -> int:
        indicators = {i.code: i for i in Indicator.objects.all()}
        rows = list(csv.DictReader(io.StringIO(content.decode())))
        objects = [
            Measurement(
                indicator=indicators[r["indicator_code"]],
                period_start=r["period_start"],
                period_end=r["period_end"],
                period_label=r["period_label"],
                value=number(r["value"]),
                value_status=r["value_status"],
                target=number(r["target"]),
                floor=number(r["floor"]),
            )
            for r in rows
        ]
        with transaction.atomic():
            Measurement.objects.bulk_create(objects, batch_size=1000)
        return len(objects)

    def timed(work) -> float:
        start = time.perf_counter()
        count = work()
        return count / (time.perf_counter() - start)

    def do_import(dry_run: bool, expect: str):
        def work() -> int:
            upload = read_upload(content, "measurements.csv")
            outcome = run_import("measurements", upload, dry_run=dry_run)
            if outcome.has_errors or outcome.counts[expect] != args.rows:
                raise SystemExit(f"unexpected outcome: {outcome.error_messages()[:5]}")
            return args.rows

        return work

    rates: dict[str, list[float]] = {
        "bulk_create (yardstick)": [],
        "import, dry run (admin preview)": [],
        "import (all new rows)": [],
        "import again (all unchanged)": [],
    }
    labels = list(rates)
    # Interleaved, so that a busy moment of the machine falls on both sides.
    for _ in range(args.repeat):
        Measurement.objects.all().delete()
        rates[labels[0]].append(timed(bulk_create))
        Measurement.objects.all().delete()
        rates[labels[1]].append(timed(do_import(True, "new")))
        rates[labels[2]].append(timed(do_import(False, "new")))
        rates[labels[3]].append(timed(do_import(False, "unchanged")))
    if Measurement.objects.count() != args.rows:
        raise SystemExit("the import did not leave every row in place")
    median = {label: statistics.median(values) for label, values in rates.items()}
    for label, values in rates.items():
        spread = f"{min(values):,.0f}-{max(values):,.0f}"
        print(f"  {label:<34} median {median[label]:7,.0f} rows/s  ({spread})")
    plain, imported = median[labels[0]], median[labels[2]]
    print(
        f"import / bulk_create: {imported / plain:.2f} (goal >= 0.50); "
        f"import: {imported:,.0f} rows/s (goal >= 2,000)"
    )
    print(f"dry run / bulk_create: {median[labels[1]] / plain:.2f}")
    print(f"re-import / bulk_create: {median[labels[3]] / plain:.2f}")


if __name__ == "__main__":
    main()
