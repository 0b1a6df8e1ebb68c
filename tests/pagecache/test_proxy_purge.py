"""Every change purges the whole site from the proxy or CDN, once, after the commit.

A small HTTP server on loopback stands in for Varnish and for Cloudflare's API and records what
it receives.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from botocore.stub import ANY, Stubber
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Collection, CollectionViewRestriction

from core.models import SiteSettings
from pagecache.proxy_purge import CloudflareSiteBackend, CloudfrontSiteBackend
from tests.core.factories import ImageFactory
from tests.themes.factories import ThemePageFactory


class Recorder(BaseHTTPRequestHandler):
    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.received.append(
            (self.command, self.path, self.headers.get("Host"), dict(self.headers), body)
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"success": true}')

    do_BAN = do_PURGE = do_POST = handle_any

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def varnish(settings, recorder):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "pagecache.proxy_purge.VarnishBanBackend",
            "LOCATION": f"http://127.0.0.1:{recorder.server_port}",
        }
    }
    return recorder


def bans(server):
    return [(method, path) for method, path, *_ in server.received]


def test_publishing_a_page_bans_the_whole_site_once_after_the_commit(
    home_page, varnish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page = ThemePageFactory(parent=home_page, title="Voorkomen", live=False)
        page.save_revision().publish()
        page.save_revision().publish()  # twice in one transaction: still one ban
        assert varnish.received == []  # nothing before the commit
    assert len([c for c in callbacks if c.__name__ == "purge_after_commit"]) == 1
    assert bans(varnish) == [("BAN", "/")]
    host = varnish.received[0][2]
    assert host == home_page.get_site().hostname or host.startswith("localhost")


def test_unpublishing_moving_and_deleting_pages_ban(
    home_page, varnish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # committed, as in real life
        first = ThemePageFactory(parent=home_page, title="Eerste")
        second = ThemePageFactory(parent=home_page, title="Tweede")
    varnish.received.clear()
    for change in (
        first.unpublish,
        lambda: second.move(first, pos="last-child"),
        lambda: first.delete(),
    ):
        with django_capture_on_commit_callbacks(execute=True):
            change()
    assert bans(varnish) == [("BAN", "/")] * 3


def test_changes_shown_on_pages_ban_but_a_draft_does_not(
    home_page, varnish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # committed, as in real life
        page = ThemePageFactory(parent=home_page, title="Thema")
    varnish.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Nieuw, nog niet gepubliceerd"
        page.save_revision()
    assert varnish.received == []

    changes = (
        lambda: SiteSettings.for_site(home_page.get_site()).save(),
        lambda: ImageFactory(title="Foto"),
        lambda: CollectionViewRestriction.objects.create(
            collection=Collection.get_first_root_node(), restriction_type="login"
        ),
    )
    for change in changes:
        with django_capture_on_commit_callbacks(execute=True):
            change()
    assert bans(varnish) == [("BAN", "/")] * len(changes)


def test_nothing_is_sent_without_a_configured_frontend_cache(
    home_page, settings, recorder, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ThemePageFactory(parent=home_page).save_revision().publish()
        ImageFactory()
    assert [c for c in callbacks if c.__name__ == "purge_after_commit"] == []
    assert recorder.received == []


def test_varnish_ban_reaches_every_address_of_the_location(varnish, monkeypatch):
    """Several Varnish replicas behind one name (a headless Service): each one is banned."""
    backend = get_backends()["varnish"]
    addresses = backend.varnish_addresses()
    assert addresses == [f"127.0.0.1:{varnish.server_port}"]
    sent = []
    monkeypatch.setattr(backend, "varnish_addresses", lambda: ["10.0.0.1:80", "10.0.0.2:80"])
    monkeypatch.setattr(backend, "ban_everything", lambda address, host: sent.append(address))
    backend.purge_site(["www.example.nl"])
    assert sent == ["10.0.0.1:80", "10.0.0.2:80"]


def test_an_unreachable_varnish_is_logged_not_raised(caplog):
    backend = get_backends(
        {
            "v": {
                "BACKEND": "pagecache.proxy_purge.VarnishBanBackend",
                "LOCATION": "http://127.0.0.1:9",
            }
        }
    )["v"]
    backend.purge_site(["www.example.nl"])
    assert "Couldn't ban the site from Varnish" in caplog.text


def test_cloudflare_purges_everything_of_the_zone(recorder):
    backend = CloudflareSiteBackend({"ZONEID": "zone-1", "BEARER_TOKEN": "token-1"})
    backend.cloudflare_purge_endpoint_url = f"http://127.0.0.1:{recorder.server_port}/purge"
    backend.purge_site(["www.example.nl"])
    method, path, _, headers, body = recorder.received[0]
    assert (method, path) == ("POST", "/purge")
    assert json.loads(body) == {"purge_everything": True}
    assert headers["Authorization"] == "Bearer token-1"
    assert CloudflareSiteBackend({"ZONEID": "zone-1", "BEARER_TOKEN": "t"}).purge_target() == (
        "zone-1"
    )


def test_cloudfront_invalidates_every_path():
    backend = CloudfrontSiteBackend(
        {"DISTRIBUTION_ID": "E123", "AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b"}
    )
    with Stubber(backend.client) as stub:
        stub.add_response(
            "create_invalidation",
            {
                "Location": "https://cloudfront.example/invalidation/I1",
                "Invalidation": {
                    "Id": "I1",
                    "Status": "InProgress",
                    "CreateTime": "2026-01-01T00:00:00Z",
                    "InvalidationBatch": {
                        "Paths": {"Quantity": 1, "Items": ["/*"]},
                        "CallerReference": "x",
                    },
                },
            },
            {
                "DistributionId": "E123",
                "InvalidationBatch": {
                    "Paths": {"Quantity": 1, "Items": ["/*"]},
                    "CallerReference": ANY,
                },
            },
        )
        backend.purge_site(["www.example.nl"])
        stub.assert_no_pending_responses()
