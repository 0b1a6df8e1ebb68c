import datetime
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.core.factories import DocumentFactory
from tests.html import parse, texts
from tests.themes.factories import DocumentLibraryPageFactory, ThemePageFactory

Document = get_document_model()

# (title, category, theme slug or None) of the documents in the library.
DOCUMENTS = [
    ("Voorbeeld agressieprotocol", "voorbeeld", "preventie"),
    ("Checklist veilige balie", "checklist", "preventie"),
    ("Checklist huisbezoek", "checklist", None),
    ("Handreiking nazorg voor leidinggevenden", "handreiking", "nazorg"),
    ("Factsheet agressie in cijfers", "factsheet", None),
    ("Onderzoek naar agressie aan de telefoon", "onderzoek", "preventie"),
]


def make_document(title, category="", theme=None, **fields):
    return DocumentFactory(
        title=title,
        category=category,
        theme=theme,
        description=f"Waar {title.lower()} over gaat.",
        publication_date=datetime.date(2025, 6, 1),
        file__filename=f"{title.lower().replace(' ', '-')}.pdf",
        file__data=b"%PDF-1.4 " + b"x" * 3000,
        **fields,
    )


@pytest.fixture(scope="module")
def library(module_db):
    themes = {
        slug: ThemePageFactory(title=slug.capitalize(), slug=slug)
        for slug in ("preventie", "nazorg")
    }
    for title, category, theme in DOCUMENTS:
        make_document(title, category, themes.get(theme))
    return SimpleNamespace(page=DocumentLibraryPageFactory(), themes=themes)


def listed_titles(response):
    links = parse(response).select(".vp-document-list a.vp-download__link")
    return [link.contents[0].strip() for link in links]


def result_count(response):
    return parse(response).find(class_="vp-result-count").get_text(strip=True)


@pytest.mark.django_db
def test_library_lists_every_document_with_type_and_size_in_the_link(anonymous_client, library):
    response = anonymous_client.get(library.page.url)
    assert result_count(response) == "6 documenten"
    assert sorted(listed_titles(response)) == sorted(title for title, _, _ in DOCUMENTS)
    protocol = Document.objects.get(title="Voorbeeld agressieprotocol")
    link = parse(response).find("a", href=protocol.url)
    assert link.has_attr("download")
    assert link.find(class_="vp-download__meta").get_text() == "(PDF, 3 kB)"


@pytest.mark.django_db
def test_library_filters_by_category_and_theme(anonymous_client, library):
    url = library.page.url
    response = anonymous_client.get(url, {"soort": "checklist"})
    assert sorted(listed_titles(response)) == ["Checklist huisbezoek", "Checklist veilige balie"]
    robots = parse(response).find("meta", attrs={"name": "robots"})
    assert robots["content"] == "noindex, follow"
    response = anonymous_client.get(url, {"thema": "nazorg"})
    assert listed_titles(response) == ["Handreiking nazorg voor leidinggevenden"]
    response = anonymous_client.get(url, {"thema": "preventie", "soort": "checklist"})
    assert listed_titles(response) == ["Checklist veilige balie"]
    response = anonymous_client.get(url, {"thema": "nazorg", "soort": "voorbeeld"})
    assert listed_titles(response) == []
    text = parse(response).get_text(" ")
    assert "Er zijn geen documenten die bij deze keuze passen" in text
    assert "Toon alle documenten" in text


@pytest.mark.django_db
def test_unfiltered_library_may_be_indexed(anonymous_client, library):
    response = anonymous_client.get(library.page.url)
    assert not parse(response).find("meta", attrs={"name": "robots"})


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
def test_library_ignores_bad_input(anonymous_client, library, querystring):
    response = anonymous_client.get(f"{library.page.url}?{querystring}")
    assert response.status_code == 200
    assert len(listed_titles(response)) == 6


@pytest.mark.django_db
def test_library_paginates_and_keeps_the_filter(anonymous_client, library):
    for number in range(25):
        make_document(f"Checklist {number:02d}", "checklist", library.themes["preventie"])
    url = library.page.url
    first = anonymous_client.get(url, {"soort": "checklist"})
    assert result_count(first) == "27 documenten"
    assert len(listed_titles(first)) == 20
    assert parse(first).find("a", href="?soort=checklist&pagina=2")
    second = anonymous_client.get(url, {"soort": "checklist", "pagina": "2"})
    current = parse(second).find(class_="vp-pagination__link--current")
    assert current["aria-current"] == "page" and texts([current]) == ["Pagina 2"]
    assert len(listed_titles(second)) == 7
    assert set(listed_titles(first)).isdisjoint(listed_titles(second))


def library_queries(client, url):
    client.get(url)  # fills the caches every request shares
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context.captured_queries)


@pytest.mark.django_db
def test_library_query_count_does_not_grow_with_documents(anonymous_client, library):
    few = library_queries(anonymous_client, library.page.url)
    for number in range(12):
        make_document(f"Extra {number}", "factsheet", library.themes["nazorg"])
    assert library_queries(anonymous_client, library.page.url) == few


@pytest.mark.django_db
def test_document_admin_form_has_the_extra_fields(admin_client, library):
    assert admin_client.get("/admin/documents/multiple/add/").status_code == 200
    assert admin_client.get("/admin/documents/").status_code == 200
    document = Document.objects.first()
    edit = parse(admin_client.get(f"/admin/documents/edit/{document.pk}/"))
    for field in ("category", "theme", "description", "publication_date"):
        assert edit.find(attrs={"name": field}), field


@pytest.mark.django_db
def test_documents_uploaded_by_municipal_editors_stay_out_of_the_library(anonymous_client, library):
    municipal = Collection.objects.get(name="Ingezonden door gemeenten")  # from a migration
    make_document("Nog niet beoordeeld protocol", "voorbeeld", collection=municipal)
    response = anonymous_client.get(library.page.url)
    assert "Nog niet beoordeeld protocol" not in listed_titles(response)
    assert result_count(response) == "6 documenten"
