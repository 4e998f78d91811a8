"""Wagtail admin views: upload a file, preview every row, confirm or cancel, follow
a large import's progress, download a template. Export is on each listing (see
``council.dataio.listing``)."""

import io

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView, TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from council.dataio import jobs
from council.dataio.files import FileProblem, max_bytes, max_rows, write_dataset
from council.dataio.service import RESOURCES, permission, resource_class
from council.enums import ImportStatus
from council.models import ImportJob

ROWS_PER_PAGE = 200


def _resource_or_404(name: str):
    if name not in RESOURCES:
        raise Http404
    return resource_class(name)


def _require_import(user, name: str) -> None:
    if not user.has_perm(permission(name)):
        raise PermissionDenied


class UploadForm(forms.Form):
    file = forms.FileField(
        help_text="CSV (UTF-8), XLSX (first sheet) or JSON (a list of objects)."
    )


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a file for one resource; it is checked before anything changes."""

    form_class = UploadForm
    template_name = "dataio/import.html"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.resource = _resource_or_404(kwargs["resource"])
        _require_import(request.user, kwargs["resource"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Import {self.resource.label.lower()}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resource = self.resource()
        context.update(
            resource=resource,
            columns=resource.columns(),
            key_columns=[resource.fields[f].column_name for f in resource.natural_key],
            template_url=reverse("dataio:template", args=[resource.name]),
            max_megabytes=max_bytes() // (1024 * 1024),
            max_rows=max_rows(),
            recent=ImportJob.objects.filter(resource=resource.name)[:5],
        )
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        if upload.size > max_bytes():
            form.add_error(
                "file",
                f"'{upload.name}' is {upload.size / 1048576:.1f} MB; the limit is "
                f"{max_bytes() / 1048576:.1f} MB. Split it into smaller files.",
            )
            return self.form_invalid(form)
        try:
            job = jobs.create_job(
                self.resource.name, upload.read(), upload.name, self.request.user
            )
        except FileProblem as problem:
            form.add_error("file", str(problem))
            return self.form_invalid(form)
        return redirect("dataio:job", job.pk)


class JobView(WagtailAdminTemplateMixin, TemplateView):
    """An import's preview (every row: new, update, unchanged or error, with its
    changed fields), its progress, or its result."""

    template_name = "dataio/job.html"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.job = get_object_or_404(ImportJob, pk=kwargs["pk"])
        _require_import(request.user, self.job.resource)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Import: {self.job.file_name}"

    def post(self, request, *args, **kwargs):
        job = self.job
        if "cancel" in request.POST:
            jobs.cancel(job)
            messages.info(
                request, f"Cancelled: nothing from {job.file_name} was imported."
            )
            return redirect("dataio:job", job.pk)
        if job.status != ImportStatus.PREVIEWED:
            messages.error(request, "This import cannot be confirmed now.")
            return redirect("dataio:job", job.pk)
        outcome = jobs.apply(job, request.user)
        if outcome is None:
            messages.info(request, "Importing in the background; this page follows it.")
        elif outcome.applied:
            messages.success(
                request,
                f"Imported {job.file_name}: {outcome.counts['new']} new, "
                f"{outcome.counts['update']} updated, "
                f"{outcome.counts['unchanged']} unchanged.",
            )
        else:
            messages.error(request, "Nothing was imported: the file now has errors.")
        return redirect("dataio:job", job.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.job
        show = self.request.GET.get("show", "all")
        rows = job.rows
        if show == "changes":
            rows = [r for r in rows if r["type"] in ("new", "update")]
        elif show == "errors":
            rows = [r for r in rows if r["type"] == "error"]
        page = Paginator(rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            job=job,
            rows=page,
            show=show,
            running=job.running,
            progress=jobs.progress(job.pk),
            progress_url=reverse("dataio:progress", args=[job.pk]),
            resource_label=resource_class(job.resource).label,
            can_confirm=job.status == ImportStatus.PREVIEWED,
        )
        return context


class ProgressView(View):
    """A running import's progress, for the job page to poll."""

    def get(self, request, pk):
        job = get_object_or_404(ImportJob, pk=pk)
        _require_import(request.user, job.resource)
        done = jobs.progress(job.pk)
        return JsonResponse(
            {
                "status": job.status,
                "status_label": job.get_status_display(),
                "done": done.get("done", 0),
                "total": done.get("total", job.row_count),
                "finished": not job.running,
            }
        )


class TemplateDownloadView(View):
    """An XLSX template: the resource's columns and one example row."""

    def get(self, request, resource):
        cls = _resource_or_404(resource)
        instance = cls()
        import tablib

        columns = instance.columns()
        dataset = tablib.Dataset(headers=columns)
        dataset.append([cls.example.get(c, "") for c in columns])
        return FileResponse(
            io.BytesIO(write_dataset(dataset, "xlsx")),
            as_attachment=True,
            filename=f"{resource}-template.xlsx",
        )


class JobListView(WagtailAdminTemplateMixin, TemplateView):
    """Recent imports the user may see."""

    template_name = "dataio/jobs.html"
    page_title = "Imports"
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        allowed = [name for name in RESOURCES if user.has_perm(permission(name))]
        if not allowed:
            raise PermissionDenied
        context["jobs"] = ImportJob.objects.filter(resource__in=allowed).select_related(
            "user"
        )[:100]
        context["resources"] = [(name, resource_class(name).label) for name in allowed]
        return context
