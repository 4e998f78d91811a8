"""Appendix documents for the demo, typeset with ReportLab from the seed text."""

import io
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer


def text_to_pdf(title: str, text: str) -> bytes:
    """A plain A4 PDF with the title as a heading and one paragraph per line."""
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=title, author="Moot demo")
    story = [Paragraph(escape(title), styles["Heading1"]), Spacer(1, 12)]
    for line in text.splitlines():
        if line.strip():
            story.append(
                Paragraph(escape(line.replace("\t", "  ")), styles["BodyText"])
            )
    doc.build(story)
    return buffer.getvalue()


def make_document(title: str, text: str, filename: str):
    """Store a generated PDF as a Wagtail document."""
    Document = get_document_model()
    document = Document(title=title)
    document.file.save(filename, ContentFile(text_to_pdf(title, text)), save=False)
    document.save()
    return document
