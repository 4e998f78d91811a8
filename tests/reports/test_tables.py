"""Data-table and chart blocks: cells as printed, structure checks, printed totals
checked (warned, never fixed), rendering, and the editor path."""

import json

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from council.demo.seedtext import seed_lines
from reports import tables
from reports.blocks import ChartBlock, DataTableBlock
from reports.models import DirectionScheme, QuarterlyReportPage, RatingScheme
from tests.conftest import admin_create
from tests.reports.builders import section_form

QPR = "000_64fc473b1f88c9d2.txt"


def _seed_rows(first, last):
    return [line.split("\t") for line in seed_lines(QPR, first, last)]


def contact_activity(tolerance="1"):
    """Table A1 of the QPR Q1 2019/20, cells read from the seed as printed."""
    header, *body = _seed_rows(226, 244)
    kinds = {
        "Total Calls (thousands)": "subtotal",
        "Total Contacts (thousands)": "total",
    }
    return {
        "title": "Customer Services – Contact Activity",
        "caption": "Number of phone calls, e-mails and post responded to",
        "columns": [{"type": "text", "role": "label", "unit": ""}]
        + [{"type": "number", "role": "value", "unit": "thousands"}] * 4
        + [
            {"type": "number", "role": "total", "unit": "thousands"},
            {"type": "number", "role": "value", "unit": "thousands"},
        ],
        "header_rows": [[{"text": text, "colspan": 1} for text in header]],
        "rows": [
            {"kind": kinds.get(cells[0], "data"), "cells": cells, "type": ""}
            for cells in body
        ],
        "footnotes": ["* Kent Support and Assistance Service"],
        "tolerance": tolerance,
    }


def local_growth_fund():
    """Table A5: a spanning 'Year' header, a Total column and blank cells."""
    top, years, *body = _seed_rows(472, 480)
    assert top[1] == "Year"
    return {
        "title": "Local Growth Fund Transport Capital Projects",
        "caption": "",
        "columns": [{"type": "text", "role": "label", "unit": ""}]
        + [{"type": "number", "role": "value", "unit": ""}] * 5
        + [{"type": "number", "role": "total", "unit": ""}],
        "header_rows": [
            [
                {"text": "", "colspan": 1},
                {"text": "Year", "colspan": 5},
                {"text": "", "colspan": 1},
            ],
            [{"text": text, "colspan": 1} for text in years],
        ],
        "rows": [{"kind": "data", "cells": cells, "type": ""} for cells in body],
        "footnotes": [],
        "tolerance": "0",
    }


def test_parse_number_reads_printed_cells():
    assert tables.parse_number("1,377") == 1377
    assert tables.parse_number("£4.6") == tables.parse_number("4.6")
    assert tables.parse_number("99%") == 99
    assert tables.parse_number("") == 0 and tables.parse_number("-") == 0
    assert tables.parse_number("N/A*") is None
    assert tables.parse_number("66% (64%)") is None
    assert tables.parse_number("(12)") == -12


def test_printed_totals_that_do_not_add_up_are_warned_not_fixed():
    table = contact_activity()
    warnings = tables.total_warnings(table)
    rows = {r["cells"][0]: r["cells"] for r in table["rows"]}
    calls = rows["Total Calls (thousands)"]
    parts_apr_jun = sum(
        int(rows[name][4]) for name in ("e-mails handled", "Postal applications")
    ) + int(calls[4])
    # The domain notes: Apr - Jun Total Contacts printed 156, its parts make 146.
    assert parts_apr_jun == 146
    assert any(
        "'Total Contacts (thousands)', Apr - Jun: printed 156" in w
        and "add up to 146" in w
        for w in warnings
    )
    other = rows["Other Services"]
    assert any(
        f"'Other Services', Yr to Jun 19: printed {other[5]}" in w
        and f"add up to {sum(int(c) for c in other[1:5])}" in w
        for w in warnings
    )
    assert any("'KSAS*', Yr to Jun 19" in w for w in warnings)
    # Within the stated rounding tolerance of 1 nothing else is flagged, and the
    # 14 service rows do add up to the printed Total Calls.
    assert not any("'Adult Social Care'" in w for w in warnings)
    assert not any("'Total Calls (thousands)', Jul-Sep" in w for w in warnings)
    # The table itself is untouched: the printed figures stay.
    assert rows["Total Contacts (thousands)"][4] == "156"
    # With no tolerance the ±1 rounding gaps are flagged too.
    assert len(tables.total_warnings(contact_activity("0"))) > len(warnings)


def test_a_table_that_adds_up_has_no_warnings_and_spanning_labels():
    table = local_growth_fund()
    assert tables.structure_errors(table) == []
    assert tables.total_warnings(table) == []
    assert tables.column_labels(table)[1] == "Year 2015/16"
    assert tables.column_labels(table)[6] == "Total"


def test_structure_errors_name_the_row_and_the_span():
    table = local_growth_fund()
    table["rows"][2]["cells"] = table["rows"][2]["cells"][:-1]
    table["header_rows"][0][1]["colspan"] = 4
    errors = tables.structure_errors(table)
    assert "Header row 1 spans 6 columns; the table has 7." in errors
    assert "Row 3 has 6 cells; the table has 7 columns." in errors
    block = DataTableBlock()
    with pytest.raises(Exception) as error:
        block.clean(block.to_python(table))
    assert "Row 3 has 6 cells" in str(error.value.block_errors["rows"])


def test_group_rows_start_row_groups_and_cells_render_as_printed():
    block = DataTableBlock()
    rows = _seed_rows(621, 638)
    table = {
        "title": "Children in care",
        "caption": "",
        "columns": [{"type": "text", "role": "label", "unit": ""}]
        + [{"type": "number", "role": "value", "unit": ""}] * 4,
        "header_rows": [[{"text": t, "colspan": 1} for t in rows[0]]],
        "rows": [
            {
                "kind": "group"
                if not any(c.strip() for c in r[1:])
                else ("total" if r[0] == "Total" else "data"),
                "cells": r + [""] * (5 - len(r)),
                "type": "",
            }
            for r in rows[1:]
        ],
        "footnotes": [],
        "tolerance": "0",
    }
    html = block.render(block.to_python(table))
    assert '<th scope="rowgroup" colspan="5">Gender</th>' in html
    assert html.count("<tbody>") == 4  # status, gender, age group, ethnicity
    assert '<td class="num">1377</td>' in html  # no separator, as printed
    assert '<tr class="row--total"><th scope="row">Total</th>' in html
    assert tables.total_warnings(table) == []  # Citizen + UASC = Total


def test_blank_and_not_available_cells_are_kept():
    block = DataTableBlock()
    html = block.render(block.to_python(local_growth_fund()))
    assert '<th scope="colgroup" colspan="5">Year</th>' in html
    printed = next(
        r for r in local_growth_fund()["rows"] if r["cells"][0] == "Red (at risk)"
    )
    red = html.split("Red (at risk)")[1].split("</tr>")[0]
    assert red.count('<td class="num"></td>') == printed["cells"].count("") > 0
    survey = _seed_rows(731, 738)
    table = {
        "title": "Service user feedback",
        "caption": "",
        "columns": [{"type": "text", "role": "label", "unit": ""}]
        + [{"type": "percent", "role": "value", "unit": ""}] * 4,
        "header_rows": [[{"text": t, "colspan": 1} for t in survey[0]]],
        "rows": [{"kind": "data", "cells": r, "type": ""} for r in survey[1:]],
        "footnotes": ["* The Carers survey is undertaken every other year"],
        "tolerance": "0",
    }
    html = block.render(block.to_python(table))
    assert '<td class="num">N/A*</td>' in html
    assert '<td class="num">66% (64%)</td>' in html


def chart_value():
    header, *body = _seed_rows(226, 244)
    calls = next(r for r in body if r[0] == "Total Calls (thousands)")
    return {
        "title": "Calls handled by Contact Point",
        "description": "Calls handled each quarter, in thousands.",
        "kind": "line",
        "unit": "number",
        "categories": header[1:5],
        "series": [{"name": "Total calls (thousands)", "values": calls[1:5]}],
    }


def test_chart_block_draws_svg_with_title_description_and_its_table():
    block = ChartBlock()
    html = block.render(block.to_python(chart_value()))
    assert '<svg class="chart"' in html and 'role="img"' in html
    assert "<title " in html and "Calls handled each quarter" in html
    assert "<polyline" in html and "<script" not in html
    table = html.split("<table>")[1]
    for category, value in zip(
        chart_value()["categories"], chart_value()["series"][0]["values"], strict=True
    ):
        assert f'<th scope="row">{category}</th><td class="num">{value}</td>' in table
    bars = {**chart_value(), "kind": "bar"}
    assert html.count("<rect") == 0
    assert block.render(block.to_python(bars)).count('<rect x="') == 4


def test_chart_block_refuses_mismatched_or_non_numeric_series():
    block = ChartBlock()
    value = chart_value()
    value["series"][0]["values"] = ["155", "12o"]
    with pytest.raises(Exception) as error:
        block.clean(block.to_python(value))
    message = str(error.value.block_errors["series"])
    assert "has 2 values for 4 categories" in message
    assert "'12o' is not a number" in message


def listblock(items):
    data = {"count": str(len(items))}
    for i, item in enumerate(items):
        data[str(i)] = {"value": item, "deleted": "", "order": str(i), "id": ""}
    return data


def table_form(table):
    return {
        "title": table["title"],
        "caption": table["caption"],
        "columns": listblock(table["columns"]),
        "header_rows": listblock([listblock(row) for row in table["header_rows"]]),
        "rows": listblock(
            [{**row, "cells": listblock(row["cells"])} for row in table["rows"]]
        ),
        "footnotes": listblock(table["footnotes"]),
        "tolerance": table["tolerance"],
    }


def chart_form(chart):
    return {
        **chart,
        "categories": listblock(chart["categories"]),
        "series": listblock(
            [{**s, "values": listblock(s["values"])} for s in chart["series"]]
        ),
    }


@pytest.mark.django_db
def test_editor_adds_a_table_and_a_chart_and_sees_the_total_warnings(
    editor_client, report_index
):
    page = admin_create(
        editor_client,
        report_index,
        QuarterlyReportPage,
        {
            "title": "Quarterly Performance Report, Quarter 1, 2019/20",
            "slug": "qpr-tables",
            "financial_year": "2019",
            "quarter": "1",
            "cover_report": "",
            "produced_by": "",
            "rating_scheme": RatingScheme.objects.get(
                name="Target and floor standard"
            ).pk,
            "direction_scheme": DirectionScheme.objects.get(
                name="Movement since the previous quarter"
            ).pk,
            "key_to_ratings": rich_text(""),
            "data_quality_note": rich_text(""),
            "body": streamfield(
                [
                    section_form(
                        "Customer Services",
                        [
                            ("data_table", table_form(contact_activity())),
                            ("chart", chart_form(chart_value())),
                        ],
                    )
                ]
            ),
        },
    )
    html = editor_client.get(page.url).content.decode()
    assert '<td class="num">156</td>' in html
    assert "<svg" in html and "Calls handled by Contact Point" in html
    stored = json.dumps(page.body.get_prep_value())
    assert '"156"' in stored and '"KSAS*"' in stored
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "&#x27;Total Contacts (thousands)&#x27;, Apr - Jun: printed 156" in (
        edit.content.decode()
    )


@pytest.mark.django_db
def test_editor_is_told_which_row_is_malformed(editor_client, report_index):
    table = contact_activity()
    table["rows"][0]["cells"] = table["rows"][0]["cells"][:3]
    data = nested_form_data(
        {
            "title": "QPR",
            "slug": "qpr-bad-table",
            "financial_year": "2019",
            "quarter": "2",
            "cover_report": "",
            "produced_by": "",
            "rating_scheme": RatingScheme.objects.first().pk,
            "direction_scheme": DirectionScheme.objects.first().pk,
            "key_to_ratings": rich_text(""),
            "data_quality_note": rich_text(""),
            "body": streamfield([("data_table", table_form(table))]),
            "action-publish": "action-publish",
        }
    )
    url = reverse(
        "wagtailadmin_pages:add",
        args=["reports", "quarterlyreportpage", report_index.pk],
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200  # the form again, not a redirect
    assert "Row 1 has 3 cells; the table has 7 columns." in response.content.decode()
    assert not QuarterlyReportPage.objects.filter(slug="qpr-bad-table").exists()
