"""Municipalities: a group and a collection each; a command makes their editors."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection

from practice.models import PracticeExamplePage
from practice.municipalities import ensure_municipality, municipality_name
from tests.core.factories import ImageFactory
from tests.practice.factories import PracticeExamplePageFactory

pytestmark = pytest.mark.django_db


def test_names_are_written_one_way():
    assert municipality_name("Zuiderhaven") == "Gemeente Zuiderhaven"
    assert municipality_name("  gemeente   Zuiderhaven ") == "Gemeente Zuiderhaven"
    with pytest.raises(ValueError, match="naam van de gemeente"):
        municipality_name("gemeente ")


def test_a_municipality_gets_its_collection_below_the_unreviewed_uploads_once():
    group, collection = ensure_municipality("Zuiderhaven")
    assert (group, collection) == ensure_municipality("gemeente Zuiderhaven")
    assert collection.get_parent().name == "Ingezonden door gemeenten"
    assert Collection.objects.filter(name="Gemeente Zuiderhaven").count() == 1
    assert group.name == "Gemeente Zuiderhaven"


def test_the_command_makes_an_editor_without_password_and_prints_a_one_time_link(client):
    out = io.StringIO()
    call_command(
        "add_municipal_editor",
        "jdevries",
        "j.devries@zuiderhaven.nl",
        gemeente="Zuiderhaven",
        stdout=out,
    )
    user = get_user_model().objects.get(username="jdevries")
    assert not user.has_usable_password()
    assert set(user.groups.values_list("name", flat=True)) == {
        "Redacteur gemeente",
        "Gemeente Zuiderhaven",
    }
    link = re.search(r"https?://\S+/admin/password_reset/confirm/\S+", out.getvalue())
    assert link, out.getvalue()
    # The link works: it leads to the form for a new password.
    path = "/" + link.group(0).split("/", 3)[3]
    response = Client().get(path, follow=True)
    assert response.status_code == 200
    assert b"new_password1" in response.content

    # A second run for the same user changes nothing but says so.
    out = io.StringIO()
    call_command(
        "add_municipal_editor",
        "jdevries",
        "j.devries@zuiderhaven.nl",
        gemeente="Zuiderhaven",
        stdout=out,
    )
    assert "bestond al" in out.getvalue()


def test_the_command_refuses_bad_input_in_dutch():
    with pytest.raises(CommandError, match="e-mailadres"):
        call_command("add_municipal_editor", "x", "geen-adres", gemeente="Zuiderhaven")
    with pytest.raises(CommandError, match="naam van de gemeente"):
        call_command("add_municipal_editor", "x", "x@example.nl", gemeente=" ")


def test_municipal_editors_upload_into_their_own_collection_only(municipal_client):
    response = municipal_client.get(reverse("wagtaildocs:add"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gemeente Proefdorp" in html or 'name="collection"' not in html
    assert "Ingezonden door gemeenten</option>" not in html


def test_municipal_editors_get_no_image_field_and_keep_the_chosen_image(
    municipal_client, municipal_editor, bzk_client, index_page, nazorg
):
    image = ImageFactory(description="Een balie")
    example = PracticeExamplePageFactory(parent=index_page, owner=municipal_editor, image=image)
    edit = reverse("wagtailadmin_pages:edit", args=(example.pk,))
    assert 'name="image"' not in municipal_client.get(edit).content.decode()
    assert 'name="image"' in bzk_client.get(edit).content.decode()

    from tests.practice.conftest import example_form_data

    form = example_form_data(nazorg, slug=example.slug, title="Nieuwe titel")
    assert municipal_client.post(edit, form).status_code == 302
    example = PracticeExamplePage.objects.get(pk=example.pk).get_latest_revision_as_object()
    assert example.title == "Nieuwe titel"
    assert example.image == image  # not cleared by a form without the field
