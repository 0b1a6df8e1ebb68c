"""Who reaches what: every state of a login against everything that is not public.

The table and how an answer is judged are in access_table.py, shared with the same check on the
production stack (.ci/checks/access_matrix.py). Here the logins go through the real forms with
the second step enforced, as in production; "password only" stopped at *Inloggen: tweede stap*.
"""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from practice.municipalities import ensure_municipality
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS
from tests.home.factories import StandardPageFactory
from tests.practice.factories import PracticeExampleIndexPageFactory

from .access_table import OPEN, PDF, cells, problem, protected_urls
from .factories import AppDeviceFactory, EditorFactory, SuperuserFactory, current_code
from .helpers import log_in

pytestmark = pytest.mark.django_db


@dataclass
class Site:
    urls: dict


def verified_client(user):
    """Password and authenticator code, through the real forms."""
    device = AppDeviceFactory(user=user)
    client = Client()
    log_in(client, user.username)
    response = client.post(
        "/admin/tweestapsverificatie/", {"code": current_code(device), "next": "/admin/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    return client


def password_only_client(user):
    AppDeviceFactory(user=user)
    client = Client()
    log_in(client, user.username)
    assert client.get("/admin/")["Location"].startswith("/admin/tweestapsverificatie/")
    return client


@pytest.fixture
def site(home_page, settings):
    settings.ADMIN_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    _, collection = ensure_municipality("A-dorp")
    document = get_document_model()(title="Protocol van gemeente A", collection=collection)
    document.file.save("toegangstabel.pdf", ContentFile(PDF), save=False)
    document.save()
    members_only = StandardPageFactory(parent=home_page, title="Alleen voor leden", slug="leden")
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    # As on the real site: the practice section, where municipal editors may add examples.
    PracticeExampleIndexPageFactory(parent=home_page)
    draft = StandardPageFactory(parent=home_page, title="Concept", slug="concept")
    draft.title = "Concept, nog niet gepubliceerd"
    draft.save_revision()
    return Site(urls=protected_urls(document.url, members_only.url, draft.pk))


@pytest.fixture
def clients(site):
    municipal = Group.objects.get(name=MUNICIPAL_EDITORS)
    bzk = Group.objects.get(name=BZK_EDITORS)

    def editor(name, *groups):
        user = EditorFactory(username=name, admin_access=False)
        user.groups.add(*groups)
        return user

    town_a, _ = ensure_municipality("A-dorp")
    town_b, _ = ensure_municipality("B-stad")

    return {
        "anonymous": Client(),
        "password_only": password_only_client(editor("alleen-wachtwoord", bzk)),
        "municipal_a": verified_client(editor("gemeente-a", municipal, town_a)),
        "municipal_b": verified_client(editor("gemeente-b", municipal, town_b)),
        "bzk": verified_client(editor("redactie", bzk)),
        "administrator": verified_client(SuperuserFactory(username="beheer")),
    }


def cases():
    for what, state, expected in cells():
        reason = OPEN.get((what, state))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(what, state, expected, id=f"{what} | {state}", marks=marks)


@pytest.mark.parametrize(("what", "state", "expected"), list(cases()))
def test_access(site, clients, what, state, expected):
    response = clients[state].get(site.urls[what])
    assert problem(expected, response.status_code, response.get("Location", "")) is None


def test_the_password_only_state_is_anonymous_on_every_public_page(site, clients):
    """No editor's toolbar, no private link: the half-finished login counts for nothing."""
    response = clients["password_only"].get("/")
    assert response.status_code == 200
    assert b"wagtail-userbar" not in response.content
    assert clients["bzk"].get("/").status_code == 200


def test_the_document_chooser_shows_a_municipality_only_its_own_uploads(site, clients):
    """Choosing is where an upload of another municipality could be attached to an example."""
    url = "/admin/documents/chooser/results/?q=Protocol"
    seen = {
        state: "Protocol van gemeente A" in clients[state].get(url).content.decode()
        for state in ("municipal_a", "municipal_b", "bzk", "administrator")
    }
    assert seen == {"municipal_a": True, "municipal_b": False, "bzk": True, "administrator": True}


def test_the_reports_menu_offers_page_types_usage_only_to_who_may_open_it(site, clients):
    link = "/admin/reports/page-types-usage/"
    assert link not in clients["municipal_a"].get("/admin/").content.decode()
    assert link in clients["bzk"].get("/admin/").content.decode()


def test_the_aging_pages_report_lists_a_municipal_editor_no_page_of_bzk(site, clients):
    url = "/admin/reports/aging-pages/?export=csv"
    # The report lists published pages; the factories leave the moment of publishing empty.
    Page.objects.filter(title="Alleen voor leden").update(last_published_at=timezone.now())

    def listed(state):
        response = clients[state].get(url)
        return b"".join(response.streaming_content).decode().splitlines()[1:]  # no header

    assert any("Alleen voor leden" in row for row in listed("bzk"))
    assert listed("municipal_a") == []
