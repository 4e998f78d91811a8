"""StreamField blocks for committee reports and minutes."""

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock


class NumberedTextBlock(blocks.TextBlock):
    """One numbered paragraph (a recommendation, resolution or reason), kept verbatim;
    its number comes from its position."""

    class Meta:
        icon = "list-ol"
        form_classname = "numbered-text"


class ReportStreamBlock(blocks.StreamBlock):
    """The body of a committee report: numbered sections of text and tables."""

    heading = blocks.CharBlock(
        icon="title",
        help_text="A section heading as printed, with its number, e.g. "
        "'2. Recommendations'.",
        template="components/blocks/heading_block.html",
    )
    paragraph = blocks.RichTextBlock(
        icon="pilcrow",
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        template="components/blocks/paragraph_block.html",
    )
    data_table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(required=False)),
            ("number", blocks.CharBlock(required=False, help_text="As printed.")),
        ],
        icon="table",
        help_text="A table as printed; cells are kept exactly as published.",
        template="components/blocks/data_table_block.html",
    )
    document = DocumentChooserBlock(
        icon="doc-full",
        template="components/blocks/document_block.html",
    )

    class Meta:
        block_counts = {}


class NumberedListStreamBlock(blocks.StreamBlock):
    """An ordered list of numbered paragraphs."""

    item = NumberedTextBlock()
