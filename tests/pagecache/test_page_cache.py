"""The anonymous page cache: what is served from it, what never is, and its HTTP headers."""

import gzip

import brotli
import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client, RequestFactory

from pagecache.middleware import AnonymousPageCacheMiddleware

from .conftest import HOST, get

pytestmark = pytest.mark.django_db


def test_second_anonymous_request_is_a_hit_without_queries_or_sessions(
    cache_site, visitor, django_assert_num_queries
):
    first = get(visitor, "/voorkomen/")
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = get(visitor, "/voorkomen/")
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert b"Thema Voorkomen" in second.content
    # Answered before the session, authentication and CSRF middleware ran.
    assert not hasattr(second.wsgi_request, "session")
    assert not hasattr(second.wsgi_request, "user")
    assert not second.cookies and not first.cookies


def test_every_public_page_type_is_cached(cache_site, visitor):
    urls = [
        "/",
        "/voorkomen/",
        "/voorkomen/grenzen/",
        "/toegankelijk/",
        "/praktijk/",
        "/praktijk/?provincie=utrecht&agressie=verbaal",
        "/praktijk/proefdorp/",
        "/praktijk/feed/",
        "/infographic/",
        "/actueel/",
        "/actueel/nieuws/2025/01/16/nieuw/",
        "/actueel/feed/",
        "/zoeken/?q=proefdorp",
        "/sitemap.xml",
        "/robots.txt",
    ]
    for url in urls:
        assert get(visitor, url)["X-Cache"] == "MISS", url
    for url in urls:
        assert get(visitor, url)["X-Cache"] == "HIT", url


def test_query_string_order_does_not_matter_but_values_do(cache_site, visitor):
    get(visitor, "/praktijk/?provincie=utrecht&agressie=verbaal")
    assert get(visitor, "/praktijk/?agressie=verbaal&provincie=utrecht")["X-Cache"] == "HIT"
    assert get(visitor, "/praktijk/?provincie=zeeland&agressie=verbaal")["X-Cache"] == "MISS"


def test_hosts_have_their_own_entries(cache_site, visitor):
    get(visitor, "/robots.txt")
    other_host = Client(HTTP_HOST="localhost")
    assert other_host.get("/robots.txt")["X-Cache"] == "MISS"


def test_editors_are_never_served_from_the_cache_nor_fill_it(cache_site, visitor):
    get(visitor, "/voorkomen/")
    editor = Client(HTTP_HOST=HOST)
    editor.force_login(get_user_model().objects.create_superuser("cache-editor", "e@x.nl", "x"))
    for _ in range(2):
        response = get(editor, "/voorkomen/")
        assert response.get("X-Cache") != "HIT"
        assert response["Cache-Control"] == "private, no-store"
        assert b"wagtail-userbar" in response.content
    anonymous = get(visitor, "/voorkomen/")
    assert anonymous["X-Cache"] == "HIT"
    assert b"wagtail-userbar" not in anonymous.content


def test_admin_is_private_and_never_cached(cache_site, visitor):
    for _ in range(2):
        response = visitor.get("/admin/login/")
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert response["Cache-Control"] == "private, no-store"


def test_posts_and_errors_are_not_cached(cache_site, visitor):
    for _ in range(2):
        missing = visitor.get("/bestaat-niet/")
        assert missing.status_code == 404
        assert missing["X-Cache"] == "MISS"
    visitor.get("/voorkomen/")
    assert visitor.post("/voorkomen/").get("X-Cache") != "HIT"


def test_a_response_that_sets_a_cookie_is_not_stored(db):
    def view_setting_a_cookie(request):
        response = HttpResponse("<p>Hallo</p>", content_type="text/html")
        response.set_cookie("voorkeur", "1")
        return response

    middleware = AnonymousPageCacheMiddleware(view_setting_a_cookie)
    request_factory = RequestFactory()
    for _ in range(2):
        response = middleware(request_factory.get("/met-cookie/"))
        assert response["X-Cache"] == "MISS"
        assert response["Cache-Control"] == "private, no-store"


def test_anonymous_pages_may_be_cached_by_browsers_and_cdns(cache_site, visitor):
    for response in (get(visitor, "/voorkomen/"), get(visitor, "/voorkomen/")):
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert "public" in cache_control
        directives = dict(part.split("=") for part in cache_control if "=" in part)
        assert 0 < int(directives["max-age"]) <= 300
        assert int(directives["s-maxage"]) >= int(directives["max-age"])
        assert int(directives["stale-while-revalidate"]) > 0
        assert int(directives["stale-if-error"]) >= 3600
        assert response["Vary"] == "Accept-Encoding, Cookie"
        assert response["ETag"].startswith('W/"')
        assert response["Last-Modified"]


def test_conditional_requests_get_304(cache_site, visitor):
    page = get(visitor, "/voorkomen/")
    by_etag = visitor.get("/voorkomen/", HTTP_IF_NONE_MATCH=page["ETag"])
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    by_date = visitor.get("/voorkomen/", HTTP_IF_MODIFIED_SINCE=page["Last-Modified"])
    assert by_date.status_code == 304
    changed = visitor.get("/voorkomen/", HTTP_IF_NONE_MATCH='W/"iets-anders"')
    assert changed.status_code == 200


def test_pages_are_compressed_with_gzip_or_brotli(cache_site, visitor):
    plain = get(visitor, "/voorkomen/")
    assert "Content-Encoding" not in plain
    gzipped = get(visitor, "/voorkomen/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert gzipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(gzipped.content) == plain.content
    assert len(gzipped.content) < len(plain.content) / 2
    with_brotli = get(visitor, "/voorkomen/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert with_brotli["Content-Encoding"] == "br"
    assert brotli.decompress(with_brotli.content) == plain.content
    only_gzip = get(visitor, "/voorkomen/", HTTP_ACCEPT_ENCODING="br;q=0, gzip")
    assert only_gzip["Content-Encoding"] == "gzip"


def test_head_is_answered_from_the_cache_without_a_body(cache_site, visitor):
    page = get(visitor, "/voorkomen/")
    head = visitor.head("/voorkomen/")
    assert head.status_code == 200
    assert head["X-Cache"] == "HIT"
    assert head.content == b""
    assert int(head["Content-Length"]) == len(page.content)


def test_a_stale_session_cookie_bypasses_the_cache(cache_site, visitor):
    get(visitor, "/voorkomen/")
    with_cookie = Client(HTTP_HOST=HOST)
    with_cookie.cookies["sessionid"] = "verlopen"
    response = get(with_cookie, "/voorkomen/")
    assert response.get("X-Cache") != "HIT"
    assert response["Cache-Control"] == "private, no-store"
