"""The replica's background renderer: the request that claims an out-of-date page hands it over
and is served the copy from before; the renderer stores the new copy and releases the claim.

The renderer gets the addresses over its real Unix socket and renders them through the whole
Django stack, as in the process gunicorn's master starts; here it runs in the test's thread (the
test says when), so that it reads the test's pages in the test's database transaction.
bench/publish_stampede.py measures it under load with gunicorn.
"""

import os
import tempfile
import time
from pathlib import Path

import pytest
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.test import RequestFactory

from pagecache.background_renders import (
    PageRenderer,
    ask_renderer,
    heartbeat_path,
    renderer_environ,
    socket_path,
)
from pagecache.keys import page_key
from pagecache.rendering_claims import claim_rendering, release_rendering

from .conftest import HOST, get, warm

TOPIC = "/voorkomen/grenzen/"


@pytest.fixture
def var_dir(settings):
    # A short folder: a Unix socket's path may not be longer than 107 bytes.
    with tempfile.TemporaryDirectory(prefix="vp-r-", dir="/tmp") as folder:
        settings.VAR_DIR = Path(folder)
        yield Path(folder)


class RenderingInTheTestsTransaction:
    """Django's handler as the test client runs it: per request Django closes connections it
    thinks obsolete, which on PostgreSQL would end the test's transaction (the test client
    switches that off around each of its own requests in the same way)."""

    def __init__(self):
        self.handler = WSGIHandler()

    def __call__(self, environ, start_response):
        for signal in (signals.request_started, signals.request_finished):
            signal.disconnect(close_old_connections)
        try:
            response = self.handler(environ, start_response)
            body = b"".join(response)
            response.close()
        finally:
            for signal in (signals.request_started, signals.request_finished):
                signal.connect(close_old_connections)
        return [body]


@pytest.fixture
def renderer(var_dir):
    renderer = PageRenderer(application=RenderingInTheTestsTransaction())
    renderer.open()
    yield renderer
    renderer.close()


def publish_new_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_the_claiming_request_gets_the_copy_from_before_and_the_renderer_stores_the_new_one(
    cache_site, visitor, renderer
):
    warm(visitor, TOPIC)
    publish_new_title(cache_site.topic, "Grenzen stellen, bijgewerkt")

    first = get(visitor, TOPIC)
    assert first["X-Cache"] == "STALE"
    assert "bijgewerkt" not in first.content.decode()

    # Others asking meanwhile are served the copy from before and hand nothing over again.
    assert get(visitor, TOPIC)["X-Cache"] == "STALE"

    renderer.render_waiting()
    assert renderer.rendered == 1
    stored = get(visitor, TOPIC)
    assert stored["X-Cache"] == "HIT" and "bijgewerkt" in stored.content.decode()
    # The renderer released the claim: the next change is handed over again at once.
    key = page_key(RequestFactory().get(TOPIC, HTTP_HOST=HOST), HOST)
    assert claim_rendering(key)
    release_rendering(key)


def test_without_a_recent_heartbeat_the_request_renders_the_page_itself(
    cache_site, visitor, renderer
):
    warm(visitor, TOPIC)
    stale_time = time.time() - 60
    os.utime(heartbeat_path(), (stale_time, stale_time))  # a renderer that hangs

    publish_new_title(cache_site.topic, "Grenzen stellen, nieuw")
    response = get(visitor, TOPIC)
    assert response["X-Cache"] == "MISS" and "nieuw" in response.content.decode()
    assert renderer.rendered == 0


def test_a_renderer_that_is_gone_is_not_asked(var_dir, rf):
    heartbeat_path().touch()  # alive by its heartbeat, but nobody listens on the socket
    assert not socket_path().exists()
    assert ask_renderer(rf.get(TOPIC, HTTP_HOST=HOST)) is False


def test_the_renderer_gets_the_address_as_the_visitor_asked_for_it(var_dir, rf):
    """Scheme, host, path (also with non-ASCII) and query string: the same page key."""
    listening = PageRenderer(application=lambda environ, start: [])
    listening.open()
    try:
        request = rf.get(
            "/praktijk/één/?organisatie=gemeente&thema=a",
            HTTP_HOST="www.example.test:8443",
            secure=True,
        )
        assert ask_renderer(request)
        [message] = listening.receive()
        handed_over = WSGIHandler.request_class(renderer_environ(message))
        assert handed_over.get_host() == "www.example.test:8443"
        assert handed_over.scheme == "https"
        assert page_key(handed_over, handed_over.get_host()) == page_key(
            request, request.get_host()
        )
    finally:
        listening.close()


def test_an_address_asked_for_twice_is_rendered_once(var_dir, rf):
    listening = PageRenderer(application=lambda environ, start: [])
    listening.open()
    try:
        for _ in range(3):
            assert ask_renderer(rf.get(TOPIC, HTTP_HOST=HOST))
        assert ask_renderer(rf.get("/preventie/", HTTP_HOST=HOST))
        assert [m["path"] for m in listening.receive()] == [TOPIC, "/preventie/"]
    finally:
        listening.close()
