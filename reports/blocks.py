"""StreamField blocks of a Quarterly Performance Report: area sections holding KPI
blocks, activity-indicator blocks, text and tables."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from reports.enums import Direction

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


class AreaContentBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=TEXT, icon="pilcrow")
    kpi = KPIBlock()
    activity = ActivityBlock()


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
