"""The metadata for reuse that the Woo asks of documents (type, date, owner, licence): defaults,
the admin's edit form and the document library at /documenten/."""

import datetime

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Collection

from practice.municipalities import ensure_municipality
from tests.core.factories import DocumentFactory
from tests.html import parse, texts
from tests.themes.factories import DocumentLibraryPageFactory

pytestmark = pytest.mark.django_db

Document = get_document_model()
MINISTRY = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


def test_our_own_documents_belong_to_the_ministry_under_cc0():
    document = DocumentFactory(title="Handreiking")
    assert document.owner == MINISTRY
    assert document.licence == "cc0-1.0"
    assert document.licence_name == "CC0 1.0"
    assert document.licence_url.startswith("https://creativecommons.org/publicdomain/zero/1.0/")


def test_a_municipal_upload_belongs_to_the_municipality_unless_an_editor_says_otherwise():
    _, collection = ensure_municipality("Proefdorp")
    upload = DocumentFactory(title="Protocol", collection=collection)
    assert upload.owner == "Gemeente Proefdorp"
    named = DocumentFactory(title="Brief", collection=collection, owner="Veiligheidsregio Oost")
    assert named.owner == "Veiligheidsregio Oost"


def test_a_collection_that_only_looks_like_a_municipality_is_the_ministry():
    other = Collection.get_first_root_node().add_child(name="Gemeente-achtige map")
    assert DocumentFactory(title="Notitie", collection=other).owner == MINISTRY


def test_the_library_shows_owner_and_licence_with_a_licence_link(anonymous_client):
    DocumentFactory(
        title="Handreiking veilige balie",
        category="handreiking",
        publication_date=datetime.date(2026, 2, 3),
    )
    DocumentFactory(title="Rapport van de politie", owner="Politie", licence="voorbehouden")
    library = DocumentLibraryPageFactory()
    items = parse(anonymous_client.get(library.url)).select(".vp-document-list__item")
    by_title = {texts(item.select("a.vp-download__link"))[0]: item for item in items}
    handreiking = next(item for title, item in by_title.items() if "Handreiking" in title)
    police = next(item for title, item in by_title.items() if "politie" in title)
    assert f"Eigenaar: {MINISTRY}" in handreiking.get_text()
    assert handreiking.find("time")["datetime"] == "2026-02-03"
    licence = handreiking.find("a", rel="license")
    assert licence.get_text() == "CC0 1.0"
    assert "Eigenaar: Politie" in police.get_text()
    assert "Licentie: Alle rechten voorbehouden" in " ".join(police.get_text().split())
    assert not police.find("a", rel="license")


def test_editors_set_owner_and_licence_in_the_admin_with_dutch_labels(admin_client):
    document = DocumentFactory(title="Checklist", file__filename="checklist.pdf")
    edit_url = f"/admin/documents/edit/{document.pk}/"
    form = parse(admin_client.get(edit_url)).find("form", attrs={"method": "POST"})
    labels = texts(form.find_all("label"))
    assert any(label.startswith("Eigenaar") for label in labels)
    assert any(label.startswith("Licentie") for label in labels)
    assert "Onze eigen documenten zijn CC0" in form.get_text()
    licence_options = [
        option["value"]
        for option in form.find("select", attrs={"name": "licence"}).find_all("option")
    ]
    assert {"cc0-1.0", "cc-by-4.0", "voorbehouden"} <= set(licence_options)
    response = admin_client.post(
        edit_url,
        {
            "title": "Checklist",
            "collection": document.collection_id,
            "owner": "GGD Nederland",
            "licence": "cc-by-4.0",
            "category": "",
            "description": "",
            "publication_date": "",
            "theme": "",
        },
    )
    assert response.status_code == 302, parse(response).find(class_="error-message")
    document.refresh_from_db()
    assert (document.owner, document.licence) == ("GGD Nederland", "cc-by-4.0")
    # Emptied again: the default owner comes back instead of an empty one.
    admin_client.post(
        edit_url,
        {
            "title": "Checklist",
            "collection": document.collection_id,
            "owner": "",
            "licence": "cc0-1.0",
        },
    )
    document.refresh_from_db()
    assert document.owner == MINISTRY


def test_the_migration_gives_existing_documents_the_owner_a_new_upload_gets():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("assets.migrations.0003_document_owner_and_licence")
    _, collection = ensure_municipality("Proefdorp")
    ours = DocumentFactory(title="Handreiking")
    theirs = DocumentFactory(title="Protocol", collection=collection)
    named = DocumentFactory(title="Brief", owner="Politie")
    # As before the migration: no owner at all.
    Document.objects.filter(pk__in=[ours.pk, theirs.pk]).update(owner="")
    migration.fill_owners(apps, None)
    owners = dict(Document.objects.values_list("title", "owner"))
    assert owners == {"Handreiking": MINISTRY, "Protocol": "Gemeente Proefdorp", "Brief": "Politie"}
    assert named.owner == "Politie"


def test_an_upload_that_names_no_licence_or_owner_gets_the_defaults(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Verslag",
            "file": SimpleUploadedFile("verslag.pdf", b"%PDF-1.4 verslag"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    document = Document.objects.get(title="Verslag")
    assert (document.owner, document.licence) == (MINISTRY, "cc0-1.0")
