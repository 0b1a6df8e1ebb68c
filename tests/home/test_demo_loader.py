import io
import json

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page, Revision


def object_counts():
    counted = ["wagtailcore.Page", "wagtailcore.Revision", "auth.User", "core.SiteSettings"]
    counts = {label: apps.get_model(label).objects.count() for label in counted}
    counts["documents"] = apps.get_model(settings.WAGTAILDOCS_DOCUMENT_MODEL).objects.count()
    return counts


@pytest.mark.django_db
def test_second_run_changes_nothing_and_duplicates_nothing():
    # The session fixture already ran the loader once.
    before = object_counts()
    last_edit = Page.objects.order_by("-last_published_at").values_list("last_published_at")[0]
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert object_counts() == before
    assert (
        Page.objects.order_by("-last_published_at").values_list("last_published_at")[0] == last_edit
    )
    assert "Niets nieuws" in output.getvalue()


@pytest.mark.django_db
def test_loader_keeps_editor_changes(home_page):
    page = Page.objects.get(slug="privacy").specific
    page.title = "Privacyverklaring (aangepast)"
    page.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.get(slug="privacy").title == "Privacyverklaring (aangepast)"
    assert Revision.objects.filter(object_id=str(page.pk)).count() == 2


@pytest.mark.django_db
def test_demo_tree_has_the_urls_of_the_information_architecture(anonymous_client):
    expected = {
        "preventie": [
            "stel-een-norm",
            "agressieprotocol-opstellen",
            "risicoanalyse",
            "veilige-werkplek",
            "training-en-weerbaarheid",
            "online-agressie",
        ],
        "handelen-bij-een-incident": [
            "de-escaleer-bij-emotie",
            "registreer-het-incident",
            "reageer",
            "doe-een-melding-of-aangifte",
            "verhaal-de-schade",
        ],
        "nazorg": ["houd-overzicht", "wees-de-rots", "bedrijfsopvangteam"],
        "beleid-maken": [
            "maatregelen-veilige-publieke-taak",
            "ela",
            "rollen-en-verantwoordelijkheden",
        ],
    }
    for theme, topics in expected.items():
        theme_page = Page.objects.get(slug=theme, depth=3)
        assert theme_page.live
        children = list(theme_page.get_children().live().values_list("slug", flat=True))
        assert children == topics  # in this order: the steps of Handelen depend on it
        for topic in topics:
            assert anonymous_client.get(f"/{theme}/{topic}/").status_code == 200


@pytest.mark.django_db
def test_demo_logins_are_generated_once_and_work(client):
    logins = json.loads(settings.DEMO_LOGINS_FILE.read_text())
    assert set(logins) >= {"admin"}
    assert len(logins["admin"]) >= 12
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert logins["admin"] in output.getvalue()  # printed again, unchanged
    assert client.login(username="admin", password=logins["admin"])
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_demo_documents_are_real_pdf_files():
    documents = apps.get_model(settings.WAGTAILDOCS_DOCUMENT_MODEL).objects.all()
    assert documents.count() >= 6
    for document in documents:
        with document.file.open("rb") as handle:
            assert handle.read(5) == b"%PDF-"
        assert document.file_size > 1000
        assert document.description and document.category and document.publication_date
