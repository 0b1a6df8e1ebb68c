"""ADMIN_ALLOWED_NETWORKS: the admin is not found from other networks."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_only(settings):
    settings.ADMIN_ALLOWED_NETWORKS = ["192.0.2.0/24", "2001:db8::/32"]


def test_outside_the_networks_the_admin_is_a_404(office_only, home_page):
    outside = Client(REMOTE_ADDR="203.0.113.5")
    assert outside.get("/admin/login/").status_code == 404
    assert outside.post("/admin/login/", {"username": "admin", "password": "x"}).status_code == 404
    assert outside.get("/admin/password_reset/").status_code == 404
    # The public site stays open to everyone.
    assert outside.get(home_page.url).status_code == 200


def test_inside_the_networks_the_admin_answers(office_only):
    assert Client(REMOTE_ADDR="192.0.2.44").get("/admin/login/").status_code == 200
    assert Client(REMOTE_ADDR="2001:db8::7").get("/admin/login/").status_code == 200


def test_behind_the_proxy_the_forwarded_address_counts(office_only):
    proxy = "127.0.0.1"
    inside = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="192.0.2.44")
    outside = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    spoofed = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="192.0.2.44, 203.0.113.5")
    assert inside.get("/admin/login/").status_code == 200
    assert outside.get("/admin/login/").status_code == 404
    assert spoofed.get("/admin/login/").status_code == 404
    # An untrusted sender cannot claim an office address.
    direct = Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="192.0.2.44")
    assert direct.get("/admin/login/").status_code == 404


def test_without_the_setting_everyone_reaches_the_login(settings):
    settings.ADMIN_ALLOWED_NETWORKS = []
    assert Client(REMOTE_ADDR="203.0.113.5").get("/admin/login/").status_code == 200
