"""Imports through the shared code path: figures read as published, natural keys,
row errors naming row, column, value and reason, all or nothing, round trips."""

import datetime as dt
import io
import json
from decimal import Decimal as D

from django.core.management import call_command
from django.core.management.base import CommandError

import openpyxl
import pytest
import tablib

from council.dataio.cells import parse_number
from council.dataio.files import FileProblem, read_upload, write_dataset
from council.dataio.listing import export_response
from council.dataio.service import RESOURCES, resource_class, run_import
from council.models import Councillor, MeetingPage, Venue
from reports.models import Indicator, Measurement
from risks.models import MitigatingAction, Risk, RiskAssessment, RiskScoringScheme

MEASUREMENT_HEADER = (
    "indicator_code,period_start,period_end,period_label,value,value_status,target,"
    "target_upper,floor,lower_threshold,upper_threshold,benchmark,benchmark_label,"
    "footnote"
)


def csv_upload(text: str, name: str = "figures.csv"):
    return read_upload(text.strip().encode(), name)


def measurements_csv(*rows: str) -> str:
    return "\n".join([MEASUREMENT_HEADER, *rows])


@pytest.fixture
def indicators(db):
    cs01 = Indicator.objects.create(
        code="CS01", title="Callers rating advisors good", area="Customer Services"
    )
    cs04 = Indicator.objects.create(
        code="CS04",
        title="Daily average calls to Contact Point",
        area="Customer Services",
        kind="activity",
        unit="count",
    )
    return cs01, cs04


def test_figures_are_read_as_published_and_the_text_is_kept(indicators):
    upload = csv_upload(
        measurements_csv(
            "CS01,2019-04-01,2019-06-30,Apr - Jun,97%,,17.5%-22.5%,,90 %,,,,,",
            'CS04,2019-04-01,2019-06-30,Apr - Jun,"28,152",,,,,"25,000","30,000",,,',
            "CS01,01/01/2019,31/03/2019,Jan - Mar,0.01 %,provisional,,,,,,,,",
        )
    )
    outcome = run_import("measurements", upload, dry_run=False)
    assert outcome.applied, outcome.error_messages()
    assert outcome.counts == {"new": 3, "update": 0, "unchanged": 0, "error": 0}
    q1 = Measurement.objects.get(
        indicator__code="CS01", period_end=dt.date(2019, 6, 30)
    )
    assert (q1.value, q1.target, q1.target_upper, q1.floor) == (
        D(97),
        D("17.5"),
        D("22.5"),
        D(90),
    )
    assert q1.value_status == "published"  # inferred from a figure
    assert q1.printed == {"value": "97%", "target": "17.5%-22.5%", "floor": "90 %"}
    calls = Measurement.objects.get(indicator__code="CS04")
    assert (calls.value, calls.lower_threshold, calls.upper_threshold) == (
        D(28152),
        D(25000),
        D(30000),
    )
    q4 = Measurement.objects.get(
        indicator__code="CS01", period_end=dt.date(2019, 3, 31)
    )
    assert (q4.value, q4.value_status, q4.period_start) == (
        D("0.01"),
        "provisional",
        dt.date(2019, 1, 1),
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("97%", "97"),
        ("28,152", "28152"),
        ("0.01 %", "0.01"),
        ("-3.5", "-3.5"),
        ("£1,234.50", "1234.50"),
        ("", None),
    ],
)
def test_published_figures_parse(text, number):
    assert parse_number(text) == (None if number is None else D(number))


@pytest.mark.parametrize("text", ["9o%", "1,23", "12.3.4", "ninety", "-"])
def test_unreadable_figures_say_so(text):
    with pytest.raises(ValueError, match=f"'{text}' is not a number"):
        parse_number(text)


def test_row_errors_name_row_column_value_and_reason_and_nothing_changes(indicators):
    Measurement.objects.create(
        indicator=indicators[0],
        period_start=dt.date(2019, 1, 1),
        period_end=dt.date(2019, 3, 31),
        value=D(95),
    )
    before = list(Measurement.objects.values_list("pk", "value", "target"))
    upload = csv_upload(
        measurements_csv(
            "CS01,2019-01-01,2019-03-31,Jan - Mar,96%,,97%,,90%,,,,,",  # valid update
            "CS01,2019-04-01,2019-06-30,Apr - Jun,97%,,9o%,,90%,,,,,",
            "XX99,2019-04-01,2019-06-30,Apr - Jun,97%,,,,,,,,,",
            "CS01,2019-07-01,31/02/2019,Jul - Sep,97%,,,,,,,,,",
            "CS01,2019-04-01,2019-06-30,Apr - Jun,98%,,,,,,,,,",
            "CS01,2019-10-01,2019-12-31,Oct - Dec,,,,,,,,,,",
            "CS04,2019-10-01,2019-12-31,Oct - Dec,5,,10,,,,,,,",
            "CS01,2020-01-01,2020-03-31,Jan - Mar,97%,final,,,,,,,,",
        )
    )
    outcome = run_import("measurements", upload, dry_run=False)
    assert not outcome.applied
    messages = outcome.error_messages()
    assert "row 3, target: '9o%' is not a number" in messages
    assert "row 4, indicator_code: 'XX99' is not a known indicator code" in messages
    assert (
        "row 5, period_end: '31/02/2019' is not a date (write it as 2019-06-30 or "
        "30/06/2019)" in messages
    )
    assert (
        "row 6: the same indicator_code and period_start and period_end as row 3; "
        "each appears once in a file" in messages
    )
    assert any(
        m.startswith("row 7, value_status: a status is needed") for m in messages
    )
    assert (
        "row 8, target: '10': Activity indicators have thresholds, not a target or "
        "floor" in messages
    )
    assert any(
        m.startswith("row 9, value_status: 'final' is not one of:") for m in messages
    )
    assert outcome.counts["error"] == 7
    assert outcome.counts["update"] == 1  # the valid row was not applied either
    assert list(Measurement.objects.values_list("pk", "value", "target")) == before


def test_file_level_problems_are_refused_plainly(indicators, settings):
    upload = csv_upload("indicator_code,period_start,period_end,valeu\nCS01,,,1")
    outcome = run_import("measurements", upload, dry_run=True)
    assert outcome.file_errors == [
        "Unknown column 'valeu'; the columns are: "
        + ", ".join(resource_class("measurements")().columns())
        + ".",
        "Missing column 'value'.",
    ]
    settings.MOOT_IMPORT_MAX_BYTES = 100
    with pytest.raises(FileProblem, match="is 0.0 MB; the limit is 0.0 MB"):
        read_upload(b"x" * 101, "big.csv")
    settings.MOOT_IMPORT_MAX_BYTES = 10 * 1024 * 1024
    settings.MOOT_IMPORT_MAX_ROWS = 2
    with pytest.raises(FileProblem, match="has 3 rows; the limit is 2"):
        read_upload(b"code\nA\nB\nC\n", "rows.csv")
    with pytest.raises(FileProblem, match="not a CSV, XLSX or JSON file"):
        read_upload(b"code\nA", "figures.txt")
    with pytest.raises(FileProblem, match="not valid JSON"):
        read_upload(b"{nope", "figures.json")
    with pytest.raises(FileProblem, match="not a readable XLSX workbook"):
        read_upload(b"not a zip", "figures.xlsx")


def test_an_update_by_natural_key_marks_a_restated_figure(indicators):
    m = Measurement.objects.create(
        indicator=indicators[0],
        period_start=dt.date(2019, 4, 1),
        period_end=dt.date(2019, 6, 30),
        value=D(97),
        target=D(97),
    )
    upload = csv_upload(
        measurements_csv("CS01,2019-04-01,2019-06-30,Apr - Jun,96%,,97,,,,,,,")
    )
    preview = run_import("measurements", upload, dry_run=True)
    assert preview.rows[0]["type"] == "update"
    assert preview.rows[0]["changes"] == [
        ["period_label", "", "Apr - Jun"],
        ["value", "97", "96%"],
    ]
    m.refresh_from_db()
    assert m.value == D(97) and m.revised_at is None  # a dry run changes nothing
    assert run_import("measurements", upload, dry_run=False).applied
    m.refresh_from_db()
    assert m.value == D(96) and m.revised_at is not None
    again = run_import("measurements", upload, dry_run=False)
    assert again.counts == {"new": 0, "update": 0, "unchanged": 1, "error": 0}


def _seed_everything(home_page):
    cs01 = Indicator.objects.create(
        code="CS01",
        title='=HYPERLINK("http://evil.example","Click")',
        area="Customer Services",
        source="-2+3",
    )
    Measurement.objects.create(
        indicator=cs01,
        period_start=dt.date(2019, 4, 1),
        period_end=dt.date(2019, 6, 30),
        period_label="Apr - Jun",
        value=D("-5"),
        target=D("17.5"),
        target_upper=D("22.5"),
        printed={"target": "17.5%-22.5%"},
        footnote="@risk",
    )
    Measurement.objects.create(
        indicator=cs01,
        period_start=dt.date(2019, 1, 1),
        period_end=dt.date(2019, 3, 31),
        value=None,
        value_status="not_applicable",
        printed={"value": "N/A"},
    )
    risk = Risk.objects.create(reference="CRR0041", title="Capital programme")
    RiskAssessment.objects.create(
        risk=risk,
        assessed_on=dt.date(2019, 6, 30),
        scheme=RiskScoringScheme.default(),
        current_score=8,
        target_to_be_confirmed=True,
    )
    action = MitigatingAction.objects.create(
        risk=risk, description="Review the programme", status="in_progress"
    )
    action.updates.create(date=dt.date(2019, 6, 30), status="in_progress", text="Done")
    Councillor.objects.create(
        title="Mr", initials="P B", surname="Carter", honours="CBE"
    )
    venue = Venue.objects.create(room="Darent Room", town="Maidstone")
    from council import factories

    committee = factories.CommitteePageFactory(parent=home_page, title="Cabinet")
    factories.MeetingPageFactory(
        parent=committee, date=dt.date(2019, 7, 18), venue=venue, title="Cabinet"
    )


def _state():
    return {
        "indicators": list(Indicator.objects.values()),
        "measurements": list(Measurement.objects.values()),
        "risks": list(Risk.objects.values()),
        "assessments": list(RiskAssessment.objects.values()),
        "actions": list(MitigatingAction.objects.values()),
        "updates": sorted(
            MitigatingAction.objects.values_list("updates__date", "updates__text")
        ),
        "councillors": list(Councillor.objects.values()),
        "meetings": list(
            MeetingPage.objects.values("pk", "date", "start_time", "venue", "title")
        ),
    }


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_round_trip_export_then_import_changes_nothing(home, fmt):
    _seed_everything(home)
    before = _state()
    for name in RESOURCES:
        model = resource_class(name)._meta.model
        response = export_response(name, model.objects.all(), fmt)
        upload = read_upload(response.content, f"{name}.{fmt}")
        outcome = run_import(name, upload, dry_run=False)
        assert outcome.error_messages() == [], name
        assert outcome.counts["unchanged"] == model.objects.count(), (
            name,
            outcome.rows,
        )
        assert outcome.changed == 0, (name, outcome.rows)
    assert _state() == before


def test_formula_cells_are_neutralised_in_csv_and_xlsx(home):
    _seed_everything(home)
    csv_text = export_response("indicators", Indicator.objects.all(), "csv").content
    row = csv_text.decode("utf-8-sig").splitlines()[1]
    assert row.startswith('CS01,"\'=HYPERLINK(""http://evil.example"",""Click"")"')
    assert ",'-2+3," in row
    measurements = export_response("measurements", Measurement.objects.all(), "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(measurements.content)).active
    cells = {c.value for row in sheet.iter_rows() for c in row}
    assert "'@risk" in cells
    assert -5 in cells  # a negative number stays a number, not text
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "@")) for v in cells)
    json_rows = json.loads(
        export_response("indicators", Indicator.objects.all(), "json").content
    )
    assert json_rows[0]["title"].startswith("=HYPERLINK")  # JSON is data, not a sheet


def test_xlsx_percentage_cells_read_as_printed(indicators):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(MEASUREMENT_HEADER.split(","))
    sheet.append(
        [
            "CS01",
            dt.datetime(2019, 4, 1),
            dt.datetime(2019, 6, 30),
            "Apr - Jun",
            0.97,
            "",
            0.97,
            None,
            0.9,
        ]
    )
    for cell in ("E2", "G2", "I2"):
        sheet[cell].number_format = "0%"
    out = io.BytesIO()
    book.save(out)
    outcome = run_import(
        "measurements", read_upload(out.getvalue(), "q1.xlsx"), dry_run=False
    )
    assert outcome.applied, outcome.error_messages()
    m = Measurement.objects.get()
    assert (m.value, m.target, m.floor, m.printed["value"]) == (
        D(97),
        D(97),
        D(90),
        "97%",
    )


def test_risks_assessments_and_actions_import(db):
    risks = tablib.Dataset(headers=["reference", "title", "owners", "status"])
    risks.append(["CRR0041", "Capital programme affordability", "Zena Cooke", "Open"])
    up = read_upload(write_dataset(risks, "csv"), "risks.csv")
    assert run_import("risks", up, dry_run=False).applied
    risk = Risk.objects.get(reference="CRR0041")
    assert risk.revisions.count() == 1  # an import is a revision: titles keep history
    risk.reference = "CRR0050"
    risk.save()  # renumbered: the assessment file may still use the old reference
    assessments = tablib.Dataset(
        headers=["risk_reference", "assessed_on", "current_score", "target_score"]
    )
    assessments.append(["CRR0041", "30/06/2019", "8", "TBC"])
    assessments.append(["CRR0050", "2019-03-31", "12", "4"])
    up = read_upload(write_dataset(assessments, "csv"), "assessments.csv")
    outcome = run_import("risk_assessments", up, dry_run=False)
    assert outcome.applied, outcome.error_messages()
    q1 = RiskAssessment.objects.get(assessed_on=dt.date(2019, 6, 30))
    assert (q1.risk, q1.current_score, q1.target_score, q1.target_to_be_confirmed) == (
        risk,
        8,
        None,
        True,
    )
    bad = tablib.Dataset(
        headers=["risk_reference", "assessed_on", "current_score", "target_score"]
    )
    bad.append(["CRR0050", "2019-09-30", "30", "4"])
    outcome = run_import(
        "risk_assessments",
        read_upload(write_dataset(bad, "csv"), "a.csv"),
        dry_run=False,
    )
    assert outcome.error_messages() == [
        "row 2, current_score: '30': Current: 30 is not a product of a likelihood "
        "(1-5) and an impact (1-5)"
    ]
    actions = tablib.Dataset(
        headers=[
            "risk_reference",
            "description",
            "status",
            "update_date",
            "update_status",
            "update_text",
        ]
    )
    actions.append(
        [
            "CRR0050",
            "Review the programme",
            "In progress",
            "2019-06-30",
            "in_progress",
            "Reviewed in June",
        ]
    )
    up = read_upload(write_dataset(actions, "csv"), "actions.csv")
    assert run_import("mitigating_actions", up, dry_run=False).applied
    actions[0] = [
        "CRR0050",
        "Review the programme",
        "Completed",
        "2019-09-30",
        "completed",
        "Approved in September",
    ]
    up = read_upload(write_dataset(actions, "csv"), "actions.csv")
    outcome = run_import("mitigating_actions", up, dry_run=False)
    assert outcome.counts["update"] == 1
    action = MitigatingAction.objects.get()
    assert action.status == "completed"
    assert [(u.date, u.text) for u in action.updates.all()] == [
        (dt.date(2019, 6, 30), "Reviewed in June"),
        (dt.date(2019, 9, 30), "Approved in September"),
    ]  # the earlier update is kept, never overwritten


def test_meetings_import_as_drafts_and_updates_publish_a_revision(committee):
    venue = Venue.objects.create(
        room="Darent Room", building="Sessions House", town="Maidstone"
    )
    data = tablib.Dataset(
        headers=["committee", "date", "start_time", "venue", "status"]
    )
    data.append(["Cabinet", "2019-07-18", "10.00am", venue.address, "scheduled"])
    data.append(["cabinet", "2019-09-23", "", "", ""])
    up = read_upload(write_dataset(data, "csv"), "calendar.csv")
    outcome = run_import("meetings", up, dry_run=False)
    assert outcome.applied, outcome.error_messages()
    july = MeetingPage.objects.get(date=dt.date(2019, 7, 18))
    assert (july.title, july.start_time, july.venue, july.live) == (
        "Cabinet – 18 July 2019",
        dt.time(10, 0),
        venue,
        False,
    )
    assert july.get_parent().specific == committee
    july.save_revision().publish()
    data[0] = ["Cabinet", "2019-07-18", "14:30", venue.address, "moved"]
    outcome = run_import(
        "meetings", read_upload(write_dataset(data, "csv"), "c.csv"), dry_run=False
    )
    assert outcome.counts == {"new": 0, "update": 1, "unchanged": 1, "error": 0}
    july.refresh_from_db()
    assert (july.start_time, july.status, july.live) == (dt.time(14, 30), "moved", True)
    assert july.revisions.count() == 3
    bad = tablib.Dataset(headers=["committee", "date"])
    bad.append(["Scrutiny", "2019-07-18"])
    outcome = run_import(
        "meetings", read_upload(write_dataset(bad, "csv"), "c.csv"), dry_run=True
    )
    assert outcome.error_messages() == [
        "row 2, committee: 'Scrutiny' is not a known committee"
    ]


def test_councillors_import_by_name(db):
    data = tablib.Dataset(headers=["title", "initials", "surname", "party"])
    data.append(["Mr", "P B", "Carter", "Conservative"])
    up = read_upload(write_dataset(data, "json"), "members.json")
    assert run_import("councillors", up, dry_run=False).applied
    data[0] = ["Mr", "P B", "Carter", "Independent"]
    up = read_upload(write_dataset(data, "json"), "members.json")
    outcome = run_import("councillors", up, dry_run=False)
    assert outcome.rows[0]["row"] == 1  # JSON rows are counted from 1: no header
    assert outcome.rows[0]["changes"] == [["party", "Conservative", "Independent"]]
    assert Councillor.objects.get().party == "Independent"


def test_command_runs_the_same_path_and_fails_when_nothing_is_applied(
    indicators, tmp_path, capsys
):
    good = tmp_path / "q1.csv"
    good.write_text(
        measurements_csv("CS01,2019-04-01,2019-06-30,Apr - Jun,97%,,,,,,,,,")
    )
    call_command("import_data", "measurements", str(good), "--dry-run")
    assert Measurement.objects.count() == 0
    call_command("import_data", "measurements", str(good))
    assert Measurement.objects.get().value == D(97)
    bad = tmp_path / "q2.csv"
    bad.write_text(
        measurements_csv("CS01,2019-07-01,2019-09-30,Jul - Sep,9o%,,,,,,,,,")
    )
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_data", "measurements", str(bad))
    assert "row 2, value: '9o%' is not a number" in capsys.readouterr().err
    assert Measurement.objects.count() == 1
