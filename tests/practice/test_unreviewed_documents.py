"""Municipal uploads are public only while a published page uses them (issue 11, item 2).

Everything goes through the real views: the upload form, the add/submit/approve/unpublish views
of the admin, the document download URL, /zoeken/, /documenten/ and /sitemap.xml.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, TaskState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from practice.models import PracticeExamplePage
from tests.core.factories import DocumentFactory, UserFactory
from tests.html import parse, texts
from tests.practice.conftest import example_form_data
from tests.themes.factories import DocumentLibraryPageFactory

pytestmark = pytest.mark.django_db

MUNICIPAL_COLLECTION = "Ingezonden door gemeenten"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def document_library(home_page):
    return DocumentLibraryPageFactory()


def upload_as_municipal_editor(client):
    collection = Collection.objects.get(name="Gemeente Proefdorp")  # the editor's municipality
    assert collection.get_parent().name == MUNICIPAL_COLLECTION
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Kwartelprotocol Proefdorp",
            "file": SimpleUploadedFile("kwartelprotocol.pdf", PDF, "application/pdf"),
            "collection": collection.pk,
            "description": "Het kwartelprotocol van de gemeente.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = get_document_model().objects.get(title="Kwartelprotocol Proefdorp")
    assert document.collection == collection
    return document


def is_hidden(document, client):
    download = client.get(document.url)
    search = parse(client.get("/zoeken/", {"q": "kwartelprotocol"}))
    found = "Kwartelprotocol Proefdorp" in texts(search.select(".vp-search-result__title a"))
    library = client.get("/documenten/")
    assert library.status_code == 200
    listed = "Kwartelprotocol" in parse(library).get_text()
    in_sitemap = document.url in client.get("/sitemap.xml").content.decode()
    assert not listed and not in_sitemap  # Never: the library holds BZK's own documents.
    if download.status_code == 200:
        assert b"".join(download.streaming_content) == PDF
        assert found
        return False
    assert download.status_code == 302
    assert download.headers["Location"].startswith("/admin/login/?next=/documents/")
    assert not found
    return True


def test_upload_is_hidden_until_the_example_is_published_and_again_after_unpublishing(
    municipal_client, bzk_client, anonymous_client, index_page, nazorg, document_library
):
    municipal, bzk, client = municipal_client, bzk_client, anonymous_client
    document = upload_as_municipal_editor(municipal)
    assert document.url == f"/documents/{document.pk}/kwartelprotocol.pdf"
    assert is_hidden(document, client)
    # Editors can download it to review it.
    assert bzk.get(document.url).status_code == 200
    assert municipal.get(document.url).status_code == 200

    # Submitted for review, not yet published: still hidden.
    add_url = reverse(
        "wagtailadmin_pages:add", args=("practice", "practiceexamplepage", index_page.pk)
    )
    form = example_form_data(nazorg, **{"action-submit": "Ter beoordeling"})
    form.update(
        nested_form_data(
            {"documents": streamfield([("document", {"document": document.pk, "title": ""})])}
        )
    )
    assert municipal.post(add_url, form).status_code == 302
    page = PracticeExamplePage.objects.get(slug=form["slug"])
    assert not page.live
    assert is_hidden(document, client)

    # The BZK editor approves: the example is published, the document with it.
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    assert bzk.post(approve, {"comment": "Prima"}).status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert not is_hidden(document, client)

    # Unpublished: hidden again.
    response = bzk.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)))
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert is_hidden(document, client)


def test_an_unused_upload_stays_hidden_for_a_logged_in_visitor_without_permissions(
    municipal_client, client
):
    document = upload_as_municipal_editor(municipal_client)
    client.force_login(UserFactory(username="bezoeker"))
    assert client.get(document.url).status_code == 403


def test_password_protected_collections_keep_wagtails_own_form(client):
    collection = Collection.get_first_root_node().add_child(name="Met wachtwoord")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type="password",
        password="geheim",  # noqa: S106 - a test collection
    )
    document = DocumentFactory(title="Beschermd", collection=collection)
    response = client.get(document.url)
    assert response.status_code == 200
    assert parse(response).find("input", attrs={"name": "password"})
