"""Who reaches what: every state of a login against everything that is not public.

One table: a row per protected thing, a column per state of a visitor. A new view or role is one
row or one column. The logins go through the real forms with the second step enforced, as in
production; "password only" stopped at *Inloggen: tweede stap*.

An expected answer is a status code, a redirect to a login page (LOGIN: the admin's, or Wagtail's
login for private pages), to the second step (SECOND_STEP), or Wagtail's refusal in the admin
(DENIED: back to the dashboard with a message, the thing itself never shown).
"""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from practice.municipalities import ensure_municipality
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS
from tests.home.factories import StandardPageFactory

from .factories import AppDeviceFactory, EditorFactory, SuperuserFactory, current_code
from .helpers import log_in

pytestmark = pytest.mark.django_db

LOGIN = "login"
SECOND_STEP = "second step"
DENIED = "denied"
LOGIN_PAGES = ("/admin/login/?next=", "/_util/login/?next=")
STATES = ["anonymous", "password_only", "municipal_a", "municipal_b", "bzk", "administrator"]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# Not yet as it should be; each is an open part of issue 21 and flips to a pass when fixed.
OPEN = {}

# fmt: off
MATRIX = {
    # what                          anonymous  password only  municipal A  municipal B  BZK  admin
    "unreviewed document of A":    (LOGIN,     SECOND_STEP,   200,         403,         200, 200),
    "page for logged-in visitors": (LOGIN,     SECOND_STEP,   200,         200,         200, 200),
    "draft preview":               (LOGIN,     SECOND_STEP,   DENIED,      DENIED,      200, 200),
    "dashboard":                   (LOGIN,     SECOND_STEP,   200,         200,         200, 200),
    "document library (admin)":    (LOGIN,     SECOND_STEP,   200,         200,         200, 200),
    "page type report":            (LOGIN,     SECOND_STEP,   DENIED,      DENIED,      200, 200),
    "aging pages report":          (LOGIN,     SECOND_STEP,   DENIED,      DENIED,      200, 200),
    "users":                       (LOGIN,     SECOND_STEP,   DENIED,      DENIED,      DENIED, 200),
}
# fmt: on


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
    draft = StandardPageFactory(parent=home_page, title="Concept", slug="concept")
    draft.title = "Concept, nog niet gepubliceerd"
    draft.save_revision()
    return Site(
        urls={
            "unreviewed document of A": document.url,
            "page for logged-in visitors": members_only.url,
            "draft preview": f"/admin/pages/{draft.pk}/view_draft/",
            "dashboard": "/admin/",
            "document library (admin)": "/admin/documents/",
            "page type report": "/admin/reports/page-types-usage/",
            "aging pages report": "/admin/reports/aging-pages/",
            "users": "/admin/users/",
        }
    )


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
    for what, expected in MATRIX.items():
        for state, answer in zip(STATES, expected, strict=True):
            reason = OPEN.get((what, state))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(what, state, answer, id=f"{what} | {state}", marks=marks)


@pytest.mark.parametrize(("what", "state", "expected"), cases())
def test_access(site, clients, what, state, expected):
    response = clients[state].get(site.urls[what])
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_PAGES)
    elif expected == SECOND_STEP:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/tweestapsverificatie/?next=")
    elif expected == DENIED:
        assert response.status_code in {302, 403}
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
    else:
        assert response.status_code == expected


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
