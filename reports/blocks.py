"""StreamField blocks of a Quarterly Performance Report: area sections holding KPI
blocks, activity-indicator blocks, text and tables."""

import hashlib

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from reports import tables
from reports.charts import series_chart
from reports.enums import Direction
from risks.blocks import (
    ActionsByRiskBlock,
    ActionsSummaryBlock,
    RiskChangesBlock,
    RiskMatrixBlock,
    RiskOverviewBlock,
    RiskProfileBlock,
)

TEXT = ["bold", "italic", "ol", "ul", "link", "h3", "h4"]


class KPIBlock(blocks.StructBlock):
    """One KPI: its figures, rating and direction come from the data, never typed."""

    indicator = SnippetChooserBlock("reports.Indicator")
    commentary = blocks.RichTextBlock(features=TEXT, required=False)
    corrective_action = blocks.RichTextBlock(
        features=TEXT,
        required=False,
        help_text="Required when the KPI is rated Red: what management is doing.",
    )
    direction_override = blocks.ChoiceBlock(
        choices=[(d.value, d.label) for d in Direction if d != Direction.NOT_ASSESSED],
        required=False,
        help_text="Only to publish a direction the data cannot show; it is marked as "
        "set by the report.",
    )

    class Meta:
        icon = "tick-inverse"
        label = "KPI"
        template = "reports/blocks/kpi_block.html"


class ActivityBlock(blocks.StructBlock):
    """An activity indicator judged within, above or below its expected range."""

    indicator = SnippetChooserBlock("reports.Indicator")
    commentary = blocks.RichTextBlock(features=TEXT, required=False)

    class Meta:
        icon = "view"
        label = "Activity indicator"
        template = "reports/blocks/activity_block.html"


COLUMN_TYPES = [
    ("text", "Text"),
    ("number", "Number"),
    ("percent", "Percentage"),
    ("money", "Money"),
]


class ColumnBlock(blocks.StructBlock):
    type = blocks.ChoiceBlock(choices=COLUMN_TYPES, default="number")
    role = blocks.ChoiceBlock(
        choices=[
            ("label", "Row labels"),
            ("value", "Values"),
            ("total", "Total of the value columns since the previous total column"),
            ("spacer", "Spacer (an empty gap between column groups)"),
        ],
        default="value",
    )
    unit = blocks.CharBlock(
        required=False, help_text="E.g. 'thousands', '£000s', '£m'."
    )

    class Meta:
        icon = "list-ul"


class HeaderCellBlock(blocks.StructBlock):
    text = blocks.CharBlock(required=False)
    colspan = blocks.IntegerBlock(min_value=1, default=1, help_text="Columns spanned.")


class TableRowBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("data", "Data"),
            ("group", "Group heading"),
            ("subtotal", "Subtotal of the data rows since the last subtotal"),
            ("total", "Total"),
        ],
        default="data",
    )
    cells = blocks.ListBlock(
        blocks.CharBlock(required=False),
        help_text="Exactly as printed, first the row label; blanks, '-' and 'N/A' "
        "included.",
    )
    type = blocks.ChoiceBlock(
        choices=COLUMN_TYPES,
        required=False,
        help_text="Only when this row's cells differ from their columns' type, e.g. "
        "a percentage row in a £000s table.",
    )


class DataTableBlock(blocks.StructBlock):
    """A table as printed: typed columns, up to three header rows with spanning
    cells, group, subtotal and total rows, footnotes. Cells are text exactly as
    printed; totals are never recomputed, only checked (see reports.tables)."""

    title = blocks.CharBlock()
    caption = blocks.CharBlock(required=False, help_text="A subtitle, if printed.")
    columns = blocks.ListBlock(ColumnBlock(), min_num=1)
    header_rows = blocks.ListBlock(
        blocks.ListBlock(HeaderCellBlock()), min_num=1, max_num=3
    )
    rows = blocks.ListBlock(TableRowBlock())
    footnotes = blocks.ListBlock(blocks.CharBlock(), required=False)
    tolerance = blocks.DecimalBlock(
        required=False,
        default=0,
        help_text="Rounding allowed when the printed totals are checked.",
    )

    class Meta:
        icon = "table"
        label = "Data table"
        template = "reports/blocks/data_table_block.html"

    def clean(self, value):
        value = super().clean(value)
        errors = tables.structure_errors(value)
        if errors:
            raise StructBlockValidationError(
                block_errors={"rows": ValidationError(" ".join(errors))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["table"] = table_context(value)
        return context


def table_context(value) -> dict:
    """What the template needs: header rows with scopes, row groups (a group
    heading starts a new tbody) and each cell's alignment."""
    columns = list(value["columns"])
    headers = []
    for header in value["header_rows"]:
        cells, position = [], 0
        for cell in header:
            span = int(cell["colspan"] or 1)
            role = columns[position]["role"] if position < len(columns) else ""
            cells.append(
                {
                    "text": cell["text"] or "",
                    "colspan": span,
                    "scope": "colgroup" if span > 1 else "col",
                    "spacer": role == "spacer" and span == 1,
                }
            )
            position += span
        headers.append(cells)
    groups: list[dict] = [{"heading": "", "rows": []}]
    for row in value["rows"]:
        if row["kind"] == "group":
            groups.append({"heading": (list(row["cells"]) or [""])[0], "rows": []})
            continue
        kind = row.get("type") or ""
        cells = [
            {
                "text": text or "",
                "numeric": (kind or spec["type"]) in tables.NUMERIC_TYPES,
                "spacer": spec["role"] == "spacer",
            }
            for text, spec in zip(row["cells"], columns, strict=False)
        ]
        groups[-1]["rows"].append({"kind": row["kind"], "cells": cells})
    return {
        "headers": headers,
        "groups": [g for g in groups if g["rows"] or g["heading"]],
        "width": len(columns),
    }


class ChartSeriesBlock(blocks.StructBlock):
    name = blocks.CharBlock()
    values = blocks.ListBlock(
        blocks.CharBlock(required=False),
        help_text="One per category, as printed; leave blank for a gap.",
    )


class ChartBlock(blocks.StructBlock):
    """A chart drawn on the server as SVG, always followed by its data table."""

    title = blocks.CharBlock()
    description = blocks.TextBlock(
        help_text="One or two sentences saying what the chart shows, for people "
        "who cannot see it."
    )
    kind = blocks.ChoiceBlock(
        choices=[("line", "Line"), ("bar", "Bar")], default="line"
    )
    unit = blocks.ChoiceBlock(
        choices=[("number", "Number"), ("percent", "Percentage")], default="number"
    )
    categories = blocks.ListBlock(blocks.CharBlock(), min_num=1)
    series = blocks.ListBlock(ChartSeriesBlock(), min_num=1, max_num=6)

    class Meta:
        icon = "chart"
        label = "Chart"
        template = "reports/blocks/chart_block.html"

    def clean(self, value):
        value = super().clean(value)
        width = len(value["categories"])
        problems = []
        for series in value["series"]:
            values = list(series["values"])
            if len(values) != width:
                problems.append(
                    f"'{series['name']}' has {len(values)} values for {width} "
                    "categories."
                )
            bad = [v for v in values if v and tables.parse_number(v) is None]
            if bad:
                problems.append(f"'{series['name']}': {bad[0]!r} is not a number.")
        if problems:
            raise StructBlockValidationError(
                block_errors={"series": ValidationError(" ".join(problems))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        digest = hashlib.blake2s(
            repr((value["title"], list(value["categories"]))).encode(), digest_size=4
        ).hexdigest()
        context["svg"] = series_chart(value, chart_id=f"chart-{digest}")
        context["chart_id"] = f"chart-{digest}"
        columns = [list(series["values"]) for series in value["series"]]
        context["rows"] = [
            {
                "category": category,
                "values": [c[i] if i < len(c) else "" for c in columns],
            }
            for i, category in enumerate(value["categories"])
        ]
        return context


class AreaContentBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=TEXT, icon="pilcrow")
    kpi = KPIBlock()
    activity = ActivityBlock()
    data_table = DataTableBlock()
    chart = ChartBlock()


class AreaSectionBlock(blocks.StructBlock):
    """One area of the report (e.g. Customer Services) with its people."""

    area = blocks.CharBlock(
        help_text="As the indicators name it, e.g. 'Adult Social Care'."
    )
    cabinet_members = blocks.CharBlock(
        required=False,
        help_text="Names, comma-separated, e.g. 'Mark Dance, Mike Hill'.",
    )
    director_label = blocks.CharBlock(default="Corporate Director", required=False)
    director = blocks.CharBlock(required=False)
    commentary = blocks.RichTextBlock(features=TEXT, required=False)
    content = AreaContentBlock(required=False)

    class Meta:
        icon = "folder-open-inverse"
        label = "Area section"
        template = "reports/blocks/area_section.html"


class QuarterlyReportBody(blocks.StreamBlock):
    area_section = AreaSectionBlock()
    paragraph = blocks.RichTextBlock(features=TEXT, icon="pilcrow")
    data_table = DataTableBlock()
    chart = ChartBlock()
    risk_overview = RiskOverviewBlock()
    risk_profile = RiskProfileBlock()
    risk_changes = RiskChangesBlock()
    actions_summary = ActionsSummaryBlock()
    actions_by_risk = ActionsByRiskBlock()
    risk_matrix = RiskMatrixBlock()
