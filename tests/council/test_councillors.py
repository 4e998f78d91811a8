"""Councillors, officers and venues: names as printed, the snippet editor's path."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from council import factories
from council.models import Councillor

pytestmark = pytest.mark.django_db


def test_formal_name_puts_honours_after_a_comma():
    carter = factories.CouncillorFactory.build(
        title="Mr", initials="P B", surname="Carter", honours="CBE"
    )
    assert carter.formal_name == "Mr P B Carter, CBE"
    assert (
        factories.CouncillorFactory.build(
            title="Mr", initials="M C", surname="Dance", honours=""
        ).formal_name
        == "Mr M C Dance"
    )


def test_venue_address_skips_blank_parts():
    venue = factories.VenueFactory.build(building="", postcode="ME14 1XQ")
    assert venue.address == "Darent Room, County Hall, Maidstone, ME14 1XQ"


def test_editor_creates_councillor_with_roles(editor_client):
    url = reverse("wagtailsnippets_council_councillor:add")
    data = nested_form_data(
        {
            "title": "Mr",
            "initials": "P J",
            "surname": "Oakford",
            "first_names": "Peter",
            "honours": "",
            "party": "",
            "electoral_division": "",
            "roles": inline_formset([{"title": "Cabinet Member for Finance"}]),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    councillor = Councillor.objects.get(surname="Oakford")
    assert [r.title for r in councillor.roles.all()] == ["Cabinet Member for Finance"]
