import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Page

Document = get_document_model()


def listed_titles(html):
    listing = (
        html.split('class="vp-document-list"')[1].split("</ul>")[0]
        if "vp-document-list" in html
        else ""
    )
    return [doc.title for doc in Document.objects.all() if doc.title in listing]


@pytest.mark.django_db
def test_library_lists_every_document_with_type_and_size_in_the_link(anonymous_client):
    html = anonymous_client.get("/documenten/").content.decode()
    assert "6 documenten" in html
    assert len(listed_titles(html)) == 6
    protocol = Document.objects.get(title="Voorbeeld agressieprotocol")
    assert (
        f'href="{protocol.url}" download>Voorbeeld agressieprotocol <span class="vp-download__meta">(PDF, '
        in html
    )
    assert " kB)</span>" in html


@pytest.mark.django_db
def test_library_filters_by_category_and_theme(anonymous_client):
    html = anonymous_client.get("/documenten/", {"soort": "checklist"}).content.decode()
    assert set(listed_titles(html)) == set(
        Document.objects.filter(category="checklist").values_list("title", flat=True)
    )
    assert '<meta name="robots" content="noindex, follow">' in html
    html = anonymous_client.get("/documenten/", {"thema": "nazorg"}).content.decode()
    assert listed_titles(html) == ["Handreiking nazorg voor leidinggevenden"]
    html = anonymous_client.get(
        "/documenten/", {"thema": "nazorg", "soort": "voorbeeld"}
    ).content.decode()
    assert listed_titles(html) == []
    assert "Er zijn geen documenten die bij deze keuze passen" in html
    assert "Toon alle documenten" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "querystring",
    [
        "soort=bestaat-niet",
        "thema=%27%3B%20DROP%20TABLE%20x%3B%20--",
        "pagina=abc",
        "pagina=99999",
        "pagina=-1",
        "soort=" + "x" * 10_000,
        "thema=%00%ED%A0%80%FF",  # a NUL byte and bytes that are not UTF-8
    ],
)
def test_library_ignores_bad_input(anonymous_client, querystring):
    response = anonymous_client.get(f"/documenten/?{querystring}")
    assert response.status_code == 200
    assert len(listed_titles(response.content.decode())) == 6


@pytest.mark.django_db
def test_library_paginates_and_keeps_the_filter(anonymous_client):
    theme = Page.objects.get(slug="preventie").specific
    for number in range(25):
        document = Document(title=f"Checklist {number:02d}", category="checklist", theme=theme)
        document.file.save(f"checklist-{number}.txt", ContentFile(b"x" * 100), save=False)
        document.publication_date = datetime.date(2025, 1, 1)
        document.save()
    html = anonymous_client.get("/documenten/", {"soort": "checklist"}).content.decode()
    assert "?soort=checklist&amp;pagina=2" in html
    second = anonymous_client.get("/documenten/", {"soort": "checklist", "pagina": "2"})
    assert (
        'aria-current="page"><span class="vp-visually-hidden">Pagina </span>2'
        in second.content.decode()
    )


@pytest.mark.django_db
def test_library_query_count_does_not_grow_with_documents(anonymous_client):
    with CaptureQueriesContext(connection) as few:
        anonymous_client.get("/documenten/")
    theme = Page.objects.get(slug="nazorg").specific
    for number in range(12):
        document = Document(title=f"Extra {number}", category="factsheet", theme=theme)
        document.file.save(f"extra-{number}.txt", ContentFile(b"y" * 2000), save=False)
        document.save()
    with CaptureQueriesContext(connection) as many:
        anonymous_client.get("/documenten/")
    assert len(many) == len(few)


@pytest.mark.django_db
def test_document_admin_form_has_the_extra_fields(admin_client):
    html = admin_client.get("/admin/documents/multiple/add/").content.decode()
    assert admin_client.get("/admin/documents/").status_code == 200
    document = Document.objects.first()
    edit = admin_client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    for field in ("category", "theme", "description", "publication_date"):
        assert f'name="{field}"' in edit
    assert html


@pytest.mark.django_db
def test_documents_uploaded_by_municipal_editors_stay_out_of_the_library(anonymous_client):
    from wagtail.models import Collection

    municipal = Collection.objects.get(name="Ingezonden door gemeenten")
    document = Document(
        title="Nog niet beoordeeld protocol", collection=municipal, category="voorbeeld"
    )
    document.file.save("onbeoordeeld.txt", ContentFile(b"z" * 300), save=False)
    document.save()
    html = anonymous_client.get("/documenten/").content.decode()
    assert "Nog niet beoordeeld protocol" not in html
