"""The permission matrix of the six roles made by council/migrations/0005_roles.py,
and anonymous visitors, through real requests: what each may view, edit, submit,
approve, publish and import.

Rows, one test each (role x capability):

- admin: the Wagtail dashboard opens.
- view_draft: the editor of an unpublished committee report opens.
- edit: saving the editor's form makes a new draft revision.
- submit: "Submit for moderation" starts the workflow of the report (a workflow made
  here, since which workflows exist is the workflow issue's business).
- approve_step: a member of a step's reviewer group approves that step (the first of
  two), and the report moves on to the next step unpublished.
- approve_last_step: approving the last step publishes the report, whoever the
  step's reviewers are: WAGTAIL_FINISH_WORKFLOW_ACTION is
  council.workflows.publish_approved, which publishes with the workflow's authority
  (Wagtail's default publishes as the approver and refuses one without publish
  permission, such as a Cabinet Member in Approvers).
- approve_others_step: no role approves a step whose reviewers are another group.
- publish: "Publish" in the editor makes the report live.
- view_exempt: the body of an exempt agenda item is shown on the public site.
- import_<resource>: the import form of each resource opens.
- edit_councillors / edit_indicators / edit_risks: the snippet's add form opens.
- upload_documents: the documents upload form opens.

The workflow issue adds the rows that depend on the configured workflows: which group
reviews which step (Performance Team data check, Approvers director sign-off and
Cabinet Member approval, Democratic Services check of committee reports and agenda
items, Democratic Services or the chair for minutes), and that submitting a page of
each type starts the right workflow.
"""

import importlib

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from council import factories
from council.dataio.service import RESOURCES
from council.enums import AgendaPart
from council.models import ReportPage

roles = importlib.import_module("council.migrations.0005_roles")

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
DS = roles.DEMOCRATIC_SERVICES
RA = roles.REPORT_AUTHORS
PT = roles.PERFORMANCE_TEAM
AP = roles.APPROVERS
SC = roles.SCRUTINY
CO = roles.COUNCILLORS
EVERYONE = [ANONYMOUS, *roles.ROLES]
EDITORS = {DS, RA, PT, AP}
SENTINEL = "SENTINEL-ROLES-EXEMPT-41c9"

# capability: the roles that have it (everyone else must not).
CAN = {
    "admin": {DS, RA, PT, AP, SC},
    "view_draft": EDITORS,
    "edit": EDITORS,
    "submit": EDITORS,
    "approve_step": {DS, RA, PT, AP, SC},
    "approve_last_step": {DS, RA, PT, AP, SC},
    "approve_others_step": set(),
    "publish": {DS},
    "view_exempt": {DS, RA, AP, SC, CO},
    "import_indicators": {PT},
    "import_measurements": {PT},
    "import_risks": {PT},
    "import_risk_assessments": {PT},
    "import_mitigating_actions": {PT},
    "import_councillors": {DS},
    "import_meetings": {DS},
    "edit_councillors": {DS},
    "edit_indicators": {PT},
    "edit_risks": {PT},
    "upload_documents": {DS, RA},
}
MATRIX = [
    (role, capability, role in allowed)
    for capability, allowed in CAN.items()
    for role in EVERYONE
]


@pytest.fixture
def draft_report(report_index):
    report = factories.ReportPageFactory(
        parent=report_index, title="Budget monitoring", live=False
    )
    report.save_revision()
    return report


def sign_in(client, django_user_model, role):
    """The client signed in as a member of the role's group (or not at all)."""
    if role == ANONYMOUS:
        return None
    user = django_user_model.objects.create_user("member", password="pw")  # noqa: S106
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


def opens(response) -> bool:
    """200 means the view opened; a refusal is a redirect (to the login page or the
    dashboard) or 403, never an error."""
    assert response.status_code in (200, 302, 403), response.status_code
    return response.status_code == 200


def edit_form(report, title, **actions):
    data = nested_form_data(
        {
            "title": title,
            "slug": report.slug,
            "cover_label": report.cover_label,
            "from_text": report.from_text,
            "to_text": report.to_text,
            "subject": report.subject,
            "part": AgendaPart.PUBLIC,
            "summary": rich_text("<p>Summary</p>"),
            "recommendations_intro": "Cabinet is asked to:",
            "recommendations": streamfield([]),
            "body": streamfield([]),
            "background_documents": rich_text(""),
            "contacts": inline_formset([]),
            "appendices": inline_formset([]),
        }
    )
    data.update(actions)
    return data


def workflow_on(page, *steps: Group):
    """A workflow on the page with one group approval step per group, in order."""
    workflow = Workflow.objects.create(name="Test workflow")
    for order, reviewers in enumerate(steps):
        task = GroupApprovalTask.objects.create(name=f"Step {order}: {reviewers}")
        task.groups.add(reviewers)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.create(workflow=workflow, page=page)
    return workflow


def submitted(report, django_user_model, *steps: Group):
    """The report submitted, by a superuser, to a workflow of these steps."""
    workflow_on(report.get_parent(), *steps)
    author = django_user_model.objects.create_superuser("author", password="pw")  # noqa: S106
    report = ReportPage.objects.get(pk=report.pk)
    return report.get_workflow().start(report, author).current_task_state


def approve(client, report, task_state):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[report.pk, "approve", task_state.pk],
    )
    return client.post(url, {"comment": ""})


@pytest.mark.parametrize(("role", "capability", "expected"), MATRIX)
def test_permission_matrix(
    role, capability, expected, client, django_user_model, request
):
    user = sign_in(client, django_user_model, role)
    assert CHECKS[capability](client, user, role, request) is expected


def check_admin(client, user, role, request):
    return opens(client.get(reverse("wagtailadmin_home")))


def check_view_draft(client, user, role, request):
    report = request.getfixturevalue("draft_report")
    return opens(client.get(reverse("wagtailadmin_pages:edit", args=[report.pk])))


def check_edit(client, user, role, request):
    report = request.getfixturevalue("draft_report")
    before = report.revisions.count()
    url = reverse("wagtailadmin_pages:edit", args=[report.pk])
    response = client.post(url, edit_form(report, "Budget monitoring (revised)"))
    report.refresh_from_db()
    saved = (
        report.get_latest_revision_as_object().title == "Budget monitoring (revised)"
    )
    assert saved == (report.revisions.count() == before + 1)
    if saved:
        assert response.status_code == 302, response.status_code
    assert not report.live
    return saved


def check_submit(client, user, role, request):
    report = request.getfixturevalue("draft_report")
    workflow_on(report.get_parent(), Group.objects.get(name=AP))
    url = reverse("wagtailadmin_pages:edit", args=[report.pk])
    client.post(url, edit_form(report, report.title, **{"action-submit": "1"}))
    report.refresh_from_db()
    assert not report.live
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(report.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).exists()


def approve_first_of(client, request, *steps: Group):
    """Approve the first step of the report's workflow: did it approve?"""
    report = request.getfixturevalue("draft_report")
    django_user_model = request.getfixturevalue("django_user_model")
    task_state = submitted(report, django_user_model, *steps)
    approve(client, report, task_state)
    report.refresh_from_db()
    task_state.refresh_from_db()
    approved = task_state.status == task_state.STATUS_APPROVED
    # Approving the last step publishes; an earlier one never does.
    assert report.live == (approved and len(steps) == 1)
    return approved


def own_group(role):
    """The role's group (anonymous visitors try the Approvers' steps)."""
    return Group.objects.get(name=AP if role == ANONYMOUS else role)


def check_approve_step(client, user, role, request):
    then = Group.objects.create(name="Next reviewers")
    return approve_first_of(client, request, own_group(role), then)


def check_approve_last_step(client, user, role, request):
    return approve_first_of(client, request, own_group(role))


def check_approve_others_step(client, user, role, request):
    others = Group.objects.create(name="Other reviewers")
    return approve_first_of(client, request, others)


def check_publish(client, user, role, request):
    report = request.getfixturevalue("draft_report")
    url = reverse("wagtailadmin_pages:edit", args=[report.pk])
    client.post(url, edit_form(report, report.title, **{"action-publish": "1"}))
    report.refresh_from_db()
    return report.live


def check_view_exempt(client, user, role, request):
    meeting = request.getfixturevalue("meeting")
    item = factories.AgendaItemPageFactory(
        parent=meeting,
        title="Disposal of land at Ashford",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        body=f"<p>{SENTINEL}</p>",
    )
    response = client.get(item.url)
    assert response.status_code == 200
    assert "Disposal of land at Ashford" in response.content.decode()
    return SENTINEL in response.content.decode()


def check_import(resource):
    def check(client, user, role, request):
        return opens(client.get(reverse("dataio:import", args=[resource])))

    return check


def check_snippet_add(app_label, model):
    def check(client, user, role, request):
        return opens(client.get(reverse(f"wagtailsnippets_{app_label}_{model}:add")))

    return check


def check_upload_documents(client, user, role, request):
    return opens(client.get(reverse("wagtaildocs:add_multiple")))


CHECKS = {
    "admin": check_admin,
    "view_draft": check_view_draft,
    "edit": check_edit,
    "submit": check_submit,
    "approve_step": check_approve_step,
    "approve_last_step": check_approve_last_step,
    "approve_others_step": check_approve_others_step,
    "publish": check_publish,
    "view_exempt": check_view_exempt,
    **{f"import_{name}": check_import(name) for name in RESOURCES},
    "edit_councillors": check_snippet_add("council", "councillor"),
    "edit_indicators": check_snippet_add("reports", "indicator"),
    "edit_risks": check_snippet_add("risks", "risk"),
    "upload_documents": check_upload_documents,
}


def test_every_capability_is_checked_for_every_role():
    assert set(CHECKS) == set(CAN)
    assert {f"import_{name}" for name in RESOURCES} <= set(CAN)
    assert len(MATRIX) == len(CAN) * 7


# The migration's tables, the groups in the database and docs/roles.md agree.


def snapshot():
    """Every permission of the six groups: model, page and collection. (Not images:
    depending on the order migrations ran in, wagtailimages 0023 may have given the
    groups 0003 made the choice of images, which Moot does not use.)"""
    groups = Group.objects.filter(name__in=roles.ROLES)
    return {
        "groups": set(groups.values_list("name", flat=True)),
        "model": {
            (g.name, f"{p.content_type.app_label}.{p.codename}")
            for g in groups
            for p in g.permissions.exclude(content_type__app_label="wagtailimages")
        },
        "page": set(
            GroupPagePermission.objects.filter(group__in=groups).values_list(
                "group__name", "page_id", "permission__codename"
            )
        ),
        "collection": set(
            GroupCollectionPermission.objects.filter(group__in=groups)
            .exclude(permission__content_type__app_label="wagtailimages")
            .values_list("group__name", "collection_id", "permission__codename")
        ),
    }


def expected_snapshot(page_id):
    root_collection = Collection.get_first_root_node().pk
    return {
        "groups": set(roles.ROLES),
        "model": {
            (role, label)
            for role, labels in roles.MODEL_PERMISSIONS.items()
            for label in labels
        },
        "page": {
            (role, page_id, codename)
            for role, codenames in roles.PAGE_PERMISSIONS.items()
            for codename in codenames
        },
        "collection": {
            (role, root_collection, codename)
            for role, codenames in roles.DOCUMENT_PERMISSIONS.items()
            for codename in codenames
        },
    }


def test_the_migration_made_exactly_the_tables_on_the_tree_root():
    # The test database is migrated before any home page exists: the tree root.
    assert snapshot() == expected_snapshot(Page.get_first_root_node().pk)


def test_the_migration_is_idempotent_and_reversible(home, django_user_model):
    root = Page.get_first_root_node().pk
    on_root = snapshot()
    roles.remove_roles(global_apps, None)
    after_reverse = snapshot()
    assert after_reverse["page"] == after_reverse["collection"] == set()
    # 0003's groups stay with 0003's permissions, and Approvers, the reviewers
    # of 0007's workflow steps; the others are gone.
    assert after_reverse["groups"] == {DS, PT, AP}
    assert after_reverse["model"] == {
        (role, label)
        for role, labels in roles.GRANTED_BY_0003.items()
        for label in labels
    }
    # Forward again, twice: now on the home page, and nothing doubled.
    roles.create_roles(global_apps, None)
    once = snapshot()
    roles.create_roles(global_apps, None)
    assert snapshot() == once == expected_snapshot(home.pk)
    # A group with a member is kept when going back, without the permissions.
    user = django_user_model.objects.create_user("cllr", password="pw")  # noqa: S106
    user.groups.add(Group.objects.get(name=CO))
    roles.remove_roles(global_apps, None)
    assert Group.objects.get(name=CO).permissions.count() == 0
    roles.create_roles(global_apps, None)
    assert user.has_perm(roles.VIEW_EXEMPT)
    assert on_root["page"] and {p for _, p, _ in on_root["page"]} == {root}


def test_a_fresh_database_gets_the_permissions_the_migration_needs():
    """The migration creates a permission post_migrate has not made yet."""
    Permission.objects.filter(codename="choose_document").delete()
    roles.create_roles(global_apps, None)
    assert GroupCollectionPermission.objects.filter(
        group__name=DS, permission__codename="choose_document"
    ).exists()


def test_docs_list_every_role_and_permission():
    text = (settings.BASE_DIR / "docs" / "roles.md").read_text()
    sections = text.split("\n## ")
    for role in roles.ROLES:
        [section] = [s for s in sections if s.startswith(role + "\n")]
        for label in roles.MODEL_PERMISSIONS[role]:
            assert f"`{label}`" in section, (role, label)
        for codename in roles.PAGE_PERMISSIONS[role] + roles.DOCUMENT_PERMISSIONS[role]:
            assert f"`{codename}`" in section, (role, codename)


def test_a_councillor_signs_in_at_the_admin_login_to_read_exempt_papers(
    client, django_user_model, meeting
):
    """No public sign-in page yet: councillors use the admin's, with ?next= the
    paper, and the admin itself stays closed to them."""
    item = factories.AgendaItemPageFactory(
        parent=meeting, part=AgendaPart.EXEMPT, exempt_paragraph=1, body=SENTINEL
    )
    user = django_user_model.objects.create_user("cllr", password="pw")  # noqa: S106
    user.groups.add(Group.objects.get(name=CO))
    response = client.post(
        reverse("wagtailadmin_login") + f"?next={item.url}",
        {"username": "cllr", "password": "pw"},
    )
    assert (response.status_code, response.url) == (302, item.url)
    assert SENTINEL in client.get(item.url).content.decode()
    assert client.get(reverse("wagtailadmin_home")).url.startswith("/admin/login/")
