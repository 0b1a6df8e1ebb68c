"""The admin requests and links nothing on other hosts: no gravatar.com, no guide.wagtail.org."""

import re

import pytest
from django.conf import settings
from wagtail.admin.menu import help_menu
from wagtail.users.utils import get_gravatar_url

from tests.core.admin_pages import make_admin_screens

pytestmark = pytest.mark.django_db

ADDRESS = re.compile(r"""(?:https?:)?//([A-Za-z0-9.-]+\.[A-Za-z]{2,})""")
# Names that are no request or link: the SVG namespace, and Wagtail's example in the help text of
# the slug field ("http://domein.nl/blog/[mijn-slug]/").
NOT_A_REFERENCE = {"www.w3.org", "domein.nl"}


def other_hosts(html):
    return {host for host in ADDRESS.findall(html) if host not in NOT_A_REFERENCE}


def test_no_gravatar():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert get_gravatar_url("redacteur@example.org") is None


def test_key_admin_screens_reference_no_other_host(client, home_page):
    user, screens = make_admin_screens(home_page)
    found = {}
    login_hosts = other_hosts(client.get("/admin/login/").content.decode())
    if login_hosts:
        found["/admin/login/"] = sorted(login_hosts)
    client.force_login(user)
    for path in screens:
        response = client.get(path)
        assert response.status_code == 200, path
        hosts = other_hosts(response.content.decode())
        if hosts:
            found[path] = sorted(hosts)
    assert not found


def test_the_scan_sees_what_wagtail_would_load():
    html = (
        '<img src="//www.gravatar.com/avatar/abc?d=mp">'
        '<a href="https://guide.wagtail.org/en/">Editor Guide</a>'
        '<svg xmlns="http://www.w3.org/2000/svg"></svg>'
    )
    assert other_hosts(html) == {"www.gravatar.com", "guide.wagtail.org"}


def test_help_menu_keeps_only_items_on_this_site(rf, admin_user):
    request = rf.get("/admin/")
    request.user = admin_user
    items = help_menu.menu_items_for_request(request)
    assert items, "the keyboard shortcuts stay"
    assert all("//" not in (item.url or "") for item in items)
