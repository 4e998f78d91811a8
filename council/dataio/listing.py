"""Import and export buttons on the admin listings, and the export itself: the
listing's filtered, searched rows as CSV, XLSX or JSON, through the same
resource that imports them, so that an export imports back unchanged."""

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from wagtail.admin.widgets.button import Button, HeaderButton

from council.dataio.files import FORMATS, write_dataset
from council.dataio.service import permission, resource_class

EXPORT_PARAM = "download"


class ImportExportListingMixin:
    """For a Wagtail IndexView: set ``import_resource`` to a resource name."""

    import_resource = ""

    @cached_property
    def export_format(self) -> str:
        fmt = self.request.GET.get(EXPORT_PARAM, "")
        return fmt if fmt in FORMATS else ""

    def get_paginate_by(self, queryset):
        if self.export_format:
            return None
        return super().get_paginate_by(queryset)

    def export_url(self, fmt: str) -> str:
        params = self.request.GET.copy()
        params.pop("p", None)
        params[EXPORT_PARAM] = fmt
        return f"{self.request.path}?{params.urlencode()}"

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(permission(self.import_resource)):
            buttons.append(
                HeaderButton(
                    "Import",
                    url=reverse("dataio:import", args=[self.import_resource]),
                    icon_name="upload",
                )
            )
        return buttons

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        for priority, fmt in enumerate(FORMATS, start=200):
            buttons.append(
                Button(
                    f"Export {fmt.upper()}",
                    url=self.export_url(fmt),
                    icon_name="download",
                    priority=priority,
                )
            )
        buttons.append(
            Button(
                "Download import template",
                url=reverse("dataio:template", args=[self.import_resource]),
                icon_name="doc-full",
                priority=210,
            )
        )
        return buttons

    def render_to_response(self, context, **response_kwargs):
        if self.export_format:
            return export_response(
                self.import_resource, context["object_list"], self.export_format
            )
        return super().render_to_response(context, **response_kwargs)


def export_response(name: str, objects, fmt: str) -> HttpResponse:
    """The objects as a file in ``fmt``, through the resource ``name``."""
    resource = resource_class(name)()
    if hasattr(objects, "select_related"):
        objects = resource.prepare_export(objects)
    dataset = resource.export(queryset=objects)
    stamp = timezone.localdate().isoformat()
    response = HttpResponse(write_dataset(dataset, fmt), content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.{fmt}"'
    return response


def snippet_index_view(resource: str):
    """A snippet listing with Import and Export for ``resource``."""
    from wagtail.snippets.views.snippets import IndexView

    return type(
        f"{resource.title().replace('_', '')}IndexView",
        (ImportExportListingMixin, IndexView),
        {"import_resource": resource},
    )


def page_index_view(resource: str):
    """A flat page listing (PageListingViewSet) with Import and Export."""
    from wagtail.admin.views.pages.listing import IndexView

    return type(
        f"{resource.title().replace('_', '')}PageIndexView",
        (ImportExportListingMixin, IndexView),
        {"import_resource": resource},
    )
