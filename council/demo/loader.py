"""Build the demo site from ``council.demo.data`` using the shared factories.

Idempotent: everything is looked up by a natural key first, and what already exists
is left exactly as it is, so a second run creates and changes nothing.
"""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from council import factories, models
from council.demo import data, qpr_2012_q1, qpr_2019_q1
from council.demo.documents import make_document
from council.demo.performance import PerformanceLoader
from council.demo.risk_loader import RiskLoader
from council.demo.seedtext import seed_excerpt, seed_lines, text_to_html, text_to_stream
from council.enums import AgendaItemStatus, AgendaPart, AttendanceKind


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _html(source, label: str = "") -> str:
    """Rich text from a seed line range (or literal HTML, or nothing), without the
    printed field label that opens it (e.g. "Summary: ")."""
    if isinstance(source, data.SeedRange):
        lines = seed_lines(*source)
        lines[0] = lines[0].removeprefix(label)
        return text_to_html(lines)
    return source or ""


def _stream(source) -> list:
    if isinstance(source, data.SeedRange):
        return text_to_stream(seed_lines(*source))
    return source or []


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


class DemoLoader:
    """Creates the demo content that is missing, and counts what it created."""

    def __init__(self):
        self.created: dict[str, int] = {}
        self.officers: dict[str, models.Officer] = {}
        self.councillors: dict[str, models.Councillor] = {}
        self.venues: dict[str, models.Venue] = {}
        self.reports: dict[str, models.ReportPage] = {}
        self.meetings: dict[str, models.MeetingPage] = {}
        self.minutes: dict[str, models.MinutesPage] = {}

    def _count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    @transaction.atomic
    def run(self) -> dict[str, int]:
        self.load_people()
        home = self.load_home()
        committee = self.load_committee(home)
        report_index = self.load_report_index(home)
        for spec in data.REPORTS:
            self.reports[spec["key"]] = self.load_report(report_index, spec)
        for spec in data.MEETINGS:
            self.meetings[spec["key"]] = self.load_meeting(committee, spec)
        for spec in data.MINUTES:
            meeting = self.meetings[spec["meeting"]]
            self.minutes[spec["meeting"]] = self.load_minutes(meeting, spec)
        for spec in data.MEETINGS:
            self.load_agenda(self.meetings[spec["key"]], spec.get("items", []))
        self.load_performance_reports(report_index)
        return self.created

    def load_performance_reports(self, report_index) -> None:
        """The Quarterly Performance Reports, after the committee report that
        presents the 2019/20 one (the 2012/13 one was not presented as a paper),
        each closed by its corporate risk register."""
        registers = RiskLoader(self._count).load()
        loader = PerformanceLoader(self._count)
        blocks, scheme = registers[2012]
        loader.load(qpr_2012_q1, report_index, extra_body=blocks, risk_scheme=scheme)
        blocks, scheme = registers[2019]
        loader.load(
            qpr_2019_q1,
            report_index,
            self.reports["qpr-q1-2019-20"],
            extra_body=blocks,
            risk_scheme=scheme,
        )

    # Snippets -------------------------------------------------------------------

    def load_people(self) -> None:
        for spec in data.VENUES:
            venue, made = models.Venue.objects.get_or_create(
                room=spec["room"],
                building=spec["building"],
                town=spec["town"],
                defaults={"site": spec["site"], "postcode": spec.get("postcode", "")},
            )
            self.venues[spec["key"]] = venue
            if made:
                self._count("venues")
        for spec in data.OFFICERS:
            self.officers[spec["key"]] = self._officer(spec)
        for spec in data.COUNCILLORS:
            councillor = models.Councillor.objects.filter(
                surname=spec["surname"], initials=spec["initials"]
            ).first()
            if councillor is None:
                councillor = factories.CouncillorFactory(
                    title=spec["title"],
                    first_names=spec.get("first_names", ""),
                    initials=spec["initials"],
                    surname=spec["surname"],
                    honours=spec.get("honours", ""),
                    party=spec.get("party", ""),
                    electoral_division=spec.get("division", ""),
                )
                for order, role in enumerate(spec.get("roles", [])):
                    councillor.roles.create(title=role, sort_order=order)
                self._count("councillors")
            self.councillors[spec["key"]] = councillor

    # Pages ----------------------------------------------------------------------

    @staticmethod
    def ensure_tree_root() -> Page:
        """Wagtail's root page, root collection and default locale, which its
        migrations create; recreated when a database was flushed (as transactional
        tests do)."""
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.get_or_create(language_code=language)
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(instance=Page(title="Root", slug="root"))
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        return root

    def load_home(self) -> models.HomePage:
        home = models.HomePage.objects.first()
        if home is None:
            root = self.ensure_tree_root()
            # Wagtail's initial migration leaves a placeholder "Welcome" page.
            for placeholder in root.get_children().filter(
                content_type__model="page", numchild=0
            ):
                Site.objects.filter(root_page=placeholder).update(root_page=root)
                placeholder.delete()
            home = factories.HomePageFactory.build(
                title=f"{data.COUNCIL_NAME}: meetings and decisions",
                intro=(
                    "<p>Agendas, reports, minutes and decisions of the Cabinet and "
                    "committees of " + data.COUNCIL_NAME + ".</p>"
                ),
            )
            root.add_child(instance=home)
            _publish(home)
            self._count("pages")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=data.COUNCIL_NAME,
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = data.COUNCIL_NAME
            site.save()
        return home

    def load_committee(self, home) -> models.CommitteePage:
        spec = data.COMMITTEE
        committee = (
            models.CommitteePage.objects.child_of(home)
            .filter(slug=slugify(spec["title"]))
            .first()
        )
        if committee:
            return committee
        committee = factories.CommitteePageFactory.build(
            title=spec["title"],
            slug=slugify(spec["title"]),
            purpose=spec.get("purpose_html", ""),
            contact_officer=self.officers.get(spec.get("contact_officer")),
            usual_venue=self.venues.get(spec.get("venue")),
        )
        committee.memberships = [
            models.CommitteeMembership(
                councillor=self.councillors[m["councillor"]],
                position=m.get("position", "member"),
                role_title=m.get("role", ""),
                sort_order=order,
            )
            for order, m in enumerate(spec.get("members", []))
        ]
        home.add_child(instance=committee)
        _publish(committee)
        self._count("pages")
        return committee

    def load_report_index(self, home) -> models.ReportIndexPage:
        index = models.ReportIndexPage.objects.child_of(home).first()
        if index is None:
            index = factories.ReportIndexPageFactory.build(
                intro="<p>Reports presented to the Cabinet and committees.</p>"
            )
            home.add_child(instance=index)
            _publish(index)
            self._count("pages")
        return index

    def load_report(self, index, spec) -> models.ReportPage:
        slug = spec["key"]
        report = models.ReportPage.objects.child_of(index).filter(slug=slug).first()
        if report:
            return report
        report = factories.ReportPageFactory.build(
            title=spec.get("title") or spec["subject"],
            slug=slug,
            cover_label=spec.get("from_label", "From"),
            from_text="\n".join(spec.get("from_lines", [])),
            to_text=spec.get("to", ""),
            decision_number=spec.get("decision_no", "") or "",
            subject=spec["subject"],
            key_decision=bool(spec.get("key_decision")),
            summary=_html(spec.get("summary"), label="Summary: "),
            recommendations_intro=spec.get("recommendations_intro", ""),
            recommendations=[
                ("item", text) for text in spec.get("recommendations", [])
            ],
            body=_stream(spec.get("body")),
            background_documents=spec.get("background_documents_html", ""),
            part=AgendaPart.PUBLIC,
        )
        report.contacts = [
            models.ReportContact(
                officer=self._officer(c),
                role=c.get("role", ""),
                sort_order=order,
            )
            for order, c in enumerate(spec.get("contacts", []))
        ]
        report.appendices = [
            models.ReportAppendix(
                title=a["title"],
                document=make_document(
                    a["title"],
                    seed_excerpt(*a["text"]),
                    f"{slug}-appendix-{order + 1}.pdf",
                ),
                sort_order=order,
            )
            for order, a in enumerate(spec.get("appendices", []))
        ]
        index.add_child(instance=report)
        _publish(report)
        self._count("pages")
        return report

    def _officer(self, spec) -> models.Officer:
        officer, made = models.Officer.objects.get_or_create(
            name=spec["name"],
            defaults={
                "job_title": spec.get("job_title", ""),
                "phone": spec.get("phone", ""),
                "email": spec.get("email", ""),
            },
        )
        if made:
            self._count("officers")
        return officer

    def load_meeting(self, committee, spec) -> models.MeetingPage:
        date = _date(spec["date"])
        meeting = (
            models.MeetingPage.objects.child_of(committee).filter(date=date).first()
        )
        if meeting:
            return meeting
        meeting = factories.MeetingPageFactory.build(
            parent=committee,
            date=date,
            start_time=_time(spec.get("start_time")),
            venue=self.venues.get(spec.get("venue")),
            status=spec.get("status", "scheduled"),
            contact_officer=self.officers.get(spec.get("contact_officer")),
            refreshments_note=spec.get("refreshments", ""),
            webcast_notice=bool(spec.get("webcast")),
            issue_date=_date(spec.get("issue_date")),
            issued_by=self.officers.get(spec.get("issued_by")),
        )
        committee.add_child(instance=meeting)
        _publish(meeting)
        self._count("pages")
        return meeting

    def load_agenda(self, meeting, items) -> None:
        if models.AgendaItemPage.objects.child_of(meeting).exists():
            return
        for position, spec in enumerate(items, start=1):
            number = spec.get("number") or position
            item = factories.AgendaItemPageFactory.build(
                title=spec["title"],
                slug=f"item-{number}",
                part=spec.get("part", AgendaPart.PUBLIC),
                exempt_paragraph=spec.get("exempt_paragraph"),
                status=spec.get("status", AgendaItemStatus.NORMAL),
                minutes_of=self.minutes.get(spec.get("minutes_of")),
                decisions=spec.get("decisions_html", ""),
            )
            item.report_links = [
                models.AgendaItemReport(report=self.reports[key], sort_order=order)
                for order, key in enumerate(spec.get("reports", []))
            ]
            meeting.add_child(instance=item)
            _publish(item)
            self._count("pages")

    def load_minutes(self, meeting, spec) -> models.MinutesPage:
        existing = models.MinutesPage.objects.child_of(meeting).first()
        if existing:
            return existing
        minutes = factories.MinutesPageFactory.build(title=f"Minutes – {meeting.title}")
        attendance = []
        for kind, key in (
            (AttendanceKind.PRESENT, "present"),
            (AttendanceKind.ALSO_PRESENT, "also_present"),
        ):
            attendance += [
                models.MinutesAttendance(
                    kind=kind,
                    councillor=self.councillors[a["councillor"]],
                    role=a.get("role", ""),
                )
                for a in spec.get(key, [])
            ]
        attendance += [
            models.MinutesAttendance(
                kind=AttendanceKind.APOLOGY,
                councillor=self.councillors[a["councillor"]],
                role=a.get("role", ""),
                substitute=self.councillors.get(a.get("substitute")),
                substitute_role=a.get("substitute_role", ""),
            )
            for a in spec.get("apologies", [])
        ]
        for order, row in enumerate(attendance):
            row.sort_order = order
        minutes.attendance = attendance
        minutes.declarations = [
            models.MinutesDeclaration(
                councillor=self.councillors[d["councillor"]],
                item_number=d.get("item"),
                interest_type=d["interest_type"],
                text=d["text"],
                sort_order=order,
            )
            for order, d in enumerate(spec.get("declarations", []))
        ]
        minutes.entries = [
            self._minute_entry(order, entry)
            for order, entry in enumerate(spec.get("entries", []))
        ]
        meeting.add_child(instance=minutes)
        _publish(minutes)
        self._count("pages")
        return minutes

    @staticmethod
    def _minute_entry(order: int, spec) -> models.MinuteEntry:
        decision = spec.get("decision") or {}
        return factories.MinuteEntryFactory.build(
            sort_order=order,
            number=spec["number"],
            item_number=spec.get("item"),
            title=spec["title"],
            public_minute_of_exempt=bool(spec.get("public_minute_of_exempt")),
            narrative=_html(spec.get("narrative")),
            resolution_lead_in=spec.get("resolution_lead_in", ""),
            resolutions=[("item", text) for text in spec.get("resolutions", [])],
            decision_title=decision.get("title", ""),
            reasons=[("item", text) for text in decision.get("reasons", [])],
            alternatives_considered=decision.get("alternatives", ""),
            conflicts_of_interest=decision.get("conflicts", ""),
            dispensations_granted=decision.get("dispensations", ""),
        )


def load_demo() -> dict[str, int]:
    """Load whatever of the demo content is missing; returns counts of what was made."""
    return DemoLoader().run()
