"""The public sign-in: a councillor with the exempt permission signs in from an
exempt paper's notice and reads it; others still see the notice only."""

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from council import factories
from tests.conftest import exempt_item as make_exempt_item

pytestmark = pytest.mark.django_db
PASSWORD = "a-councillor-password"  # noqa: S105 - a test login


@pytest.fixture
def exempt_item(meeting):
    return make_exempt_item(meeting, "<p>The exempt business case.</p>")


def person(django_user_model, username, group=None):
    user = django_user_model.objects.create_user(username, password=PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def test_councillor_signs_in_from_the_notice_and_reads_the_paper(
    client, django_user_model, exempt_item
):
    person(django_user_model, "cllr.carter", "Councillors")
    notice = client.get(exempt_item.url).content.decode()
    assert "The exempt business case." not in notice
    link = f'href="/sign-in/?next={exempt_item.url}"'
    assert link in notice

    form = client.get(f"/sign-in/?next={exempt_item.url}")
    assert form.status_code == 200
    html = form.content.decode()
    assert '<label for="id_username">' in html and 'autocomplete="username"' in html
    assert 'autocomplete="current-password"' in html

    response = client.post(
        "/sign-in/",
        {"username": "cllr.carter", "password": PASSWORD, "next": exempt_item.url},
    )
    assert response.status_code == 302 and response.url == exempt_item.url
    paper = client.get(exempt_item.url).content.decode()
    assert "The exempt business case." in paper
    assert "Sign out" in paper

    client.post("/sign-out/")
    assert (
        "The exempt business case." not in client.get(exempt_item.url).content.decode()
    )


def test_signed_in_without_the_permission_sees_the_notice_and_why(
    client, django_user_model, exempt_item
):
    person(django_user_model, "analyst", "Performance Team")
    client.post("/sign-in/", {"username": "analyst", "password": PASSWORD})
    html = client.get(exempt_item.url).content.decode()
    assert "The exempt business case." not in html
    assert "does not have permission to read exempt papers" in html


def test_wrong_password_is_refused_plainly_and_signs_nobody_in(
    client, django_user_model, exempt_item
):
    person(django_user_model, "cllr.carter", "Councillors")
    response = client.post(
        "/sign-in/", {"username": "cllr.carter", "password": "wrong", "next": "/"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and "There is a problem" in html
    assert "Please enter a correct username and password." in html
    assert "_auth_user_id" not in client.session
    assert (
        "The exempt business case." not in client.get(exempt_item.url).content.decode()
    )


def test_next_may_not_leave_the_site(client, django_user_model, home):
    person(django_user_model, "cllr.carter", "Councillors")
    response = client.post(
        "/sign-in/",
        {
            "username": "cllr.carter",
            "password": PASSWORD,
            "next": "https://evil.example/",
        },
    )
    assert response.status_code == 302 and response.url == "/"


def test_pages_restricted_to_signed_in_users_send_readers_to_the_sign_in(
    client, django_user_model, report_index
):
    report = factories.ReportPageFactory(
        parent=report_index, title="Staff survey", summary="<p>Survey results.</p>"
    )
    PageViewRestriction.objects.create(
        page=report, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(report.url)
    assert response.status_code == 302
    assert response.url.startswith("/sign-in/?next=")
    assert client.get(response.url).status_code == 200
    person(django_user_model, "officer")
    client.post("/sign-in/", {"username": "officer", "password": PASSWORD})
    assert "Survey results." in client.get(report.url).content.decode()
