"""Admin URLs of import and export, under /admin/imports/."""

from django.urls import path

from council.dataio import views

app_name = "dataio"
urlpatterns = [
    path("", views.JobListView.as_view(), name="jobs"),
    path("job/<int:pk>/", views.JobView.as_view(), name="job"),
    path("job/<int:pk>/progress/", views.ProgressView.as_view(), name="progress"),
    path(
        "<str:resource>/template.xlsx",
        views.TemplateDownloadView.as_view(),
        name="template",
    ),
    path("<str:resource>/", views.ImportView.as_view(), name="import"),
]
