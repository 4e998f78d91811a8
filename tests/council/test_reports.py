"""Committee reports: cover sheet, recommendations, appendices, exempt papers."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from council import factories
from council.enums import AgendaPart
from council.models import ReportPage
from tests.conftest import admin_create

pytestmark = pytest.mark.django_db


def make_document(title, content=b"%PDF-1.4 appendix"):
    doc = get_document_model()(title=title)
    doc.file.save(f"{title}.pdf", ContentFile(content), save=False)
    doc.save()
    return doc


def test_report_renders_cover_sheet_and_numbered_recommendations(client, report_index):
    report = factories.ReportPageFactory(
        parent=report_index,
        title="Quarterly Performance Report, Quarter 3, 2017/18",
        from_text="Susan Carey – Cabinet Member\nDavid Cockburn – Corporate Director",
        to_text="Cabinet – 26 March 2018",
        decision_number="N/a",
        subject="Quarterly Performance Report, Quarter 3, 2017/18",
        recommendations_intro="Cabinet is asked to:",
        recommendations=[
            ("item", "NOTE the Quarter 3 Performance Report."),
            ("item", "AGREE the next steps."),
        ],
    )
    html = client.get(report.url).content.decode()
    assert "Susan Carey – Cabinet Member<br>David Cockburn – Corporate Director" in html
    assert "Decision No:</dt><dd>N/a" in html
    assert "Classification:</dt><dd>Unrestricted" in html
    recs = html.split('id="recs-heading"')[1]
    assert recs.index("NOTE the Quarter 3") < recs.index("AGREE the next steps")
    assert "<ol><li>NOTE the Quarter 3 Performance Report.</li>" in recs


def test_report_can_go_to_more_than_one_meeting(client, committee, report_index):
    report = factories.ReportPageFactory(parent=report_index, title="Budget")
    import datetime as dt

    for day, title in (
        (dt.date(2018, 1, 15), "Scrutiny"),
        (dt.date(2018, 3, 26), "Cabinet"),
    ):
        meeting = factories.MeetingPageFactory(parent=committee, date=day, title=title)
        item = factories.AgendaItemPageFactory(parent=meeting)
        factories.AgendaItemReportFactory(item=item, report=report)
    assert [i.meeting.title for i in report.considered_at()] == ["Scrutiny", "Cabinet"]
    html = client.get(report.url).content.decode()
    assert html.index("Scrutiny") < html.index("Cabinet</a> (item 1)")


def test_exempt_report_and_its_appendix_are_withheld(client, report_index):
    appendix_doc = make_document("trading-case")
    report = factories.ReportPageFactory(
        parent=report_index,
        title="Trading company",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        summary="<p>SENTINEL-REPORT-91</p>",
    )
    factories.ReportAppendixFactory(
        report=report, title="Appendix 1 – business case", document=appendix_doc
    )
    html = client.get(report.url).content.decode()
    assert "SENTINEL-REPORT-91" not in html
    assert appendix_doc.url not in html
    assert client.get(appendix_doc.url).status_code == 403


def test_exempt_appendix_of_public_report_is_withheld(client, report_index):
    public_doc = make_document("budget-tables")
    exempt_doc = make_document("contract-prices")
    report = factories.ReportPageFactory(parent=report_index, title="Budget")
    factories.ReportAppendixFactory(
        report=report, title="Appendix 1 – tables", document=public_doc, sort_order=0
    )
    factories.ReportAppendixFactory(
        report=report,
        title="Appendix 2 – contract prices",
        document=exempt_doc,
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        sort_order=1,
    )
    html = client.get(report.url).content.decode()
    assert public_doc.url in html
    assert exempt_doc.url not in html
    assert "Appendix 2 – contract prices: exempt under paragraph 3" in html
    assert client.get(public_doc.url).status_code == 200
    assert client.get(exempt_doc.url).status_code == 403


def test_editor_creates_report(editor_client, report_index):
    from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

    page = admin_create(
        editor_client,
        report_index,
        ReportPage,
        {
            "title": "Revenue and capital budget monitoring",
            "slug": "budget-jan-2018",
            "cover_label": "By",
            "from_text": "Cabinet Member for Finance, John Simmonds",
            "to_text": "Cabinet – 26 March 2018",
            "subject": "REVENUE & CAPITAL BUDGET MONITORING – JANUARY 2017-18",
            "part": "public",
            "summary": rich_text("<p>Summary</p>"),
            "recommendations_intro": "Cabinet is asked to:",
            "recommendations": streamfield([("item", "Note the forecast.")]),
            "body": streamfield([("heading", "2. Recommendations")]),
            "background_documents": rich_text(""),
            "contacts": inline_formset([]),
            "appendices": inline_formset([]),
        },
    )
    assert page.subject == "REVENUE & CAPITAL BUDGET MONITORING – JANUARY 2017-18"
    assert [b.value for b in page.recommendations] == ["Note the forecast."]
