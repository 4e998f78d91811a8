"""Admin action: create the next quarter's report (the same as the command)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from reports.models import QuarterlyReportPage
from reports.next_quarter import ReportExists, create_quarterly_report


class NextQuarterForm(forms.Form):
    year = forms.IntegerField(
        min_value=2000,
        max_value=2100,
        help_text="The year the financial year starts: 2019 for 2019/20.",
    )
    quarter = forms.TypedChoiceField(
        choices=[(q, f"Quarter {q}") for q in (1, 2, 3, 4)],
        coerce=int,
        help_text="Quarter 1 is April to June.",
    )
    publish = forms.BooleanField(
        required=False, help_text="Publish at once (figures are frozen)."
    )


class CreateQuarterlyReportView(WagtailAdminTemplateMixin, FormView):
    form_class = NextQuarterForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = "Create a Quarterly Performance Report"
    header_icon = "table"
    submit_button_label = "Create report"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("reports.add_quarterlyreportpage"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        latest = QuarterlyReportPage.objects.order_by(
            "-financial_year", "-quarter"
        ).first()
        if latest is None:
            return {}
        year, quarter = latest.financial_year, latest.quarter + 1
        if quarter == 5:
            year, quarter = year + 1, 1
        return {"year": year, "quarter": quarter}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("reports_create_quarterly_report")
        context["submit_button_label"] = self.submit_button_label
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            page = create_quarterly_report(
                data["year"],
                data["quarter"],
                publish=data["publish"],
                user=self.request.user,
            )
        except (ReportExists, ValidationError) as error:
            message = (
                "; ".join(error.messages)
                if isinstance(error, ValidationError)
                else str(error)
            )
            form.add_error(None, message)
            messages.error(self.request, message)
            return self.form_invalid(form)
        messages.success(self.request, f"Created {page.title}.")
        return redirect("wagtailadmin_pages:edit", page.pk)
