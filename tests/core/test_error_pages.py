"""Every error status gets a Dutch page of ours, provoked as a visitor (or an attacker) would,
under the test settings (DEBUG off, as in production)."""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory

from core.errors import ErrorPageMiddleware
from tests.protocol.factories import ProtocolToolPageFactory

pytestmark = pytest.mark.django_db


def assert_dutch_page(response, status, heading):
    assert response.status_code == status
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert f">{heading}</h1>" in html
    for english in ("Bad Request", "Forbidden", "CSRF verification failed", "Not Allowed"):
        assert english not in html


def test_an_unknown_host_gets_400_in_dutch(settings, django_assert_num_queries):
    settings.ALLOWED_HOSTS = ["www.veiligepubliekedienstverlening.nl"]
    with django_assert_num_queries(0):
        response = Client().get("/", HTTP_HOST="aanvaller.example")
    assert_dutch_page(response, 400, "Dit verzoek kunnen we niet lezen")


def test_a_body_larger_than_allowed_gets_413_in_dutch(home_page):
    tool = ProtocolToolPageFactory(parent=home_page)
    response = Client().post(tool.url, {"tekst": "x" * (3 * 1024 * 1024)})
    assert_dutch_page(response, 413, "Dit is te veel om te versturen")


def test_too_many_fields_get_413_in_dutch(home_page):
    tool = ProtocolToolPageFactory(parent=home_page)
    fields = "&".join(f"v{n}=1" for n in range(10_001))
    response = Client().post(tool.url, fields, content_type="application/x-www-form-urlencoded")
    assert_dutch_page(response, 413, "Dit is te veel om te versturen")


def test_a_post_in_another_charset_gets_a_dutch_answer(home_page):
    tool = ProtocolToolPageFactory(parent=home_page)
    response = Client().post(
        tool.url,
        "organisatie=Gemeente+Sint-Oedenrode+%E9",
        content_type="application/x-www-form-urlencoded; charset=iso-8859-1",
    )
    assert response.status_code in (200, 400)
    assert '<html lang="nl"' in response.content.decode()
    assert "Bad Request" not in response.content.decode()


def test_a_refused_csrf_check_gets_403_in_dutch(db, django_assert_num_queries):
    client = Client(enforce_csrf_checks=True)
    with django_assert_num_queries(0):
        response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert_dutch_page(response, 403, "Het formulier is verlopen")


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_on_the_protocol_tool_get_405_in_dutch(home_page, method):
    tool = ProtocolToolPageFactory(parent=home_page)
    response = getattr(Client(), method)(tool.url)
    assert_dutch_page(response, 405, "Dit kan hier niet")
    assert response["Allow"] == "GET, HEAD, POST"


def test_a_permission_refusal_gets_403_in_dutch(municipal_client, client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from practice.municipalities import ensure_municipality
    from tests.accounts.test_access_matrix import PDF  # a minimal PDF
    from tests.core.factories import UserFactory

    _, collection = ensure_municipality("Proefdorp")
    document = get_document_model()(title="Nog niet beoordeeld", collection=collection)
    document.file.save("weigering.pdf", ContentFile(PDF), save=False)
    document.save()
    client.force_login(UserFactory(username="bezoeker"))
    assert_dutch_page(client.get(document.url), 403, "Geen toegang")


@pytest.mark.parametrize(
    ("status", "heading"),
    [(405, "Dit kan hier niet"), (413, "Dit is te veel om te versturen"), (429, "Even wachten")],
)
def test_an_empty_error_answer_of_a_view_gets_the_page_and_keeps_its_headers(status, heading):
    def view(request):
        response = HttpResponse(status=status)
        response["Retry-After"] = "30"
        return response

    response = ErrorPageMiddleware(view)(RequestFactory().get("/"))
    assert_dutch_page(response, status, heading)
    assert response["Retry-After"] == "30"


def test_an_error_answer_with_content_of_its_own_is_left_alone():
    def view(request):
        return HttpResponse("Eigen melding", status=429)

    response = ErrorPageMiddleware(view)(RequestFactory().get("/"))
    assert response.content == b"Eigen melding"
