"""Starting a new page a second time does not dead-end on the address (issue 11, item 10).

The first attempt is autosaved as a draft (the editor's autosave posts the add form and asks for
JSON); the editor then starts again from "Pagina toevoegen" with the same title.
"""

import json

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import Collection, ReferenceIndex
from wagtail.test.utils.form_data import nested_form_data, streamfield

from practice.models import PracticeExamplePage
from tests.core.factories import DocumentFactory
from tests.html import parse
from tests.practice.conftest import example_form_data
from tests.practice.factories import PracticeExamplePageFactory

pytestmark = pytest.mark.django_db

SLUG = "proefstad-belt-de-dader"


def add_url(index_page):
    return reverse(
        "wagtailadmin_pages:add", args=("practice", "practiceexamplepage", index_page.pk)
    )


def form_with_document(theme, document, slug=SLUG):
    data = example_form_data(theme, title="Proefstad belt de dader", slug=slug)
    data.update(
        nested_form_data(
            {"documents": streamfield([("document", {"document": document.pk, "title": ""})])}
        )
    )
    return data


def municipal_document(title):
    document = DocumentFactory(
        title=title, collection=Collection.objects.get(name="Ingezonden door gemeenten")
    )
    document.file.save(f"{title}.txt", ContentFile(b"Een protocol."), save=True)
    return document


def page_text(document):
    return " ".join(document.get_text(" ").split())


def test_second_attempt_gets_a_free_address_and_a_link_to_the_first_draft(
    municipal_client, index_page, nazorg
):
    municipal = municipal_client
    first_upload = municipal_document("eerste-poging")
    autosave = municipal.post(
        add_url(index_page),
        form_with_document(nazorg, first_upload),
        HTTP_ACCEPT="application/json",
    )
    assert json.loads(autosave.content)["success"] is True
    first_draft = PracticeExamplePage.objects.get(slug=SLUG)
    assert not first_draft.live

    # Starting again, with the same title: the form comes back with a clear way out.
    second_upload = municipal_document("tweede-poging")
    response = municipal.post(add_url(index_page), form_with_document(nazorg, second_upload))
    assert response.status_code == 200
    form = parse(response)
    text = page_text(form)
    assert f"Het webadres ‘{SLUG}’ is al in gebruik op deze plek." in text
    edit_first = reverse("wagtailadmin_pages:edit", args=(first_draft.pk,))
    [link] = form.find_all("a", href=edit_first)
    assert page_text(link) == "open het concept ‘Proefstad belt de dader’"
    assert "Wij vulden ‘proefstad-belt-de-dader-2’ in" in text
    # The proposal is in the slug field, so that saving again is enough.
    assert form.find("input", attrs={"name": "slug"})["value"] == "proefstad-belt-de-dader-2"

    # Saving again with what the form now holds creates the page; both uploads are used.
    response = municipal.post(
        add_url(index_page), form_with_document(nazorg, second_upload, slug=f"{SLUG}-2")
    )
    assert response.status_code == 302
    second_draft = PracticeExamplePage.objects.get(slug=f"{SLUG}-2")
    for page, document in ((first_draft, first_upload), (second_draft, second_upload)):
        references = ReferenceIndex.get_references_for_object(page)
        assert references.filter(to_object_id=str(document.pk)).exists()


def test_a_published_page_with_the_address_gets_a_proposal_but_no_draft_link(
    municipal_client, index_page, nazorg
):
    other = PracticeExamplePageFactory(parent=index_page, slug="proefdorp-belt-terug")
    assert other.live
    document = municipal_document("derde-poging")
    data = form_with_document(nazorg, document, slug=other.slug)
    response = municipal_client.post(add_url(index_page), data)
    assert response.status_code == 200
    text = page_text(parse(response))
    assert f"Het webadres ‘{other.slug}’ is al in gebruik op deze plek." in text
    assert "open het concept" not in text
    assert f"Wij vulden ‘{other.slug}-2’ in" in text
