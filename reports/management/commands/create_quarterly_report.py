"""manage.py create_quarterly_report --year 2019 --quarter 2 [--publish]"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from reports.next_quarter import ReportExists, create_quarterly_report


class Command(BaseCommand):
    help = (
        "Create the Quarterly Performance Report for a quarter of a financial year "
        "(--year 2019 --quarter 2 is July-September 2019), as a draft unless "
        "--publish is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="2019 for 2019/20")
        parser.add_argument("--quarter", type=int, required=True, choices=[1, 2, 3, 4])
        parser.add_argument("--publish", action="store_true")

    def handle(self, *args, year, quarter, publish, **options):
        try:
            page = create_quarterly_report(year, quarter, publish=publish)
        except (ReportExists, ValueError) as error:
            raise CommandError(str(error)) from error
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        state = "published" if page.live else "draft"
        self.stdout.write(f"Created {page.title} ({state}), page id {page.pk}.")
