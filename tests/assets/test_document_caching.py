"""How long browsers and a CDN may keep a document (assets/document_caching.py)."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model

from practice.municipalities import ensure_municipality
from tests.core.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_a_public_document_is_kept_a_minute_then_revalidated_by_its_etag(client):
    document = DocumentFactory(title="Handreiking", file__data=PDF, file__filename="hand.pdf")
    get_document_model().objects.filter(pk=document.pk).update(file_hash="")  # as old rows
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=60, must-revalidate"
    etag = response["ETag"]
    assert etag.strip('"W/') != ""  # never empty: the file's hash, stored on the first download
    again = client.get(document.url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["Cache-Control"] == response["Cache-Control"]
    part = client.get(document.url, HTTP_RANGE="bytes=0-3")
    assert part.status_code == 206
    assert part["Cache-Control"] == response["Cache-Control"]


def test_an_unreviewed_upload_is_kept_by_no_cache(municipal_client):
    _, collection = ensure_municipality("Proefdorp")
    document = get_document_model()(title="Concept", collection=collection)
    document.file.save("concept-cache.pdf", ContentFile(PDF), save=False)
    document.save()
    assert Client().get(document.url).status_code == 302  # the login page, for visitors
    response = municipal_client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_an_editor_downloading_a_public_document_leaves_nothing_in_shared_caches(bzk_client):
    document = DocumentFactory(title="Openbaar", file__data=PDF, file__filename="open.pdf")
    response = bzk_client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
