"""Who reaches what, on the production stack (issue 21): the access table of
tests/accounts/access_table.py checked over HTTP against gunicorn with the production settings
on PostgreSQL, then 1,000 hostile requests in the password-only state.

Usage: python .ci/checks/access_matrix.py http://127.0.0.1:8765
Run it with the server's environment (DJANGO_SETTINGS_MODULE, DATABASE_URL, MEDIA_ROOT, ...; .ci/run
exports them): it builds the scenario through the ORM and the site's storage (a private document of
municipality A, a page for logged-in visitors, a draft, an account per state with an authenticator
app), then logs in through the real forms, second step included, as a browser does. Its own
"matrix-" accounts and pages are reused on a second run. Prints a line per cell and the count of
wrong answers to the hostile requests; exits non-zero when anything is not as the table says.
"""

import http.cookiejar
import os
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligpubliek.settings.production")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.db import transaction  # noqa: E402
from django_otp.oath import totp  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402
from smoke import wait_for  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import PageViewRestriction, Site  # noqa: E402

from home.models import StandardPage  # noqa: E402
from practice.municipalities import ensure_municipality  # noqa: E402
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS  # noqa: E402
from tests.accounts.access_table import (  # noqa: E402
    HOSTILE_COUNT,
    OPEN,
    PDF,
    SECOND_STEP_PAGE,
    STATES,
    cells,
    describe,
    hostile_requests,
    is_harmless,
    problem,
    protected_urls,
)

DOCUMENT_TITLE = "Toegangstabel: protocol van gemeente A"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Account:
    username: str
    password: str
    device: TOTPDevice


@dataclass
class Scenario:
    document: object
    draft: object
    members_only_url: str
    accounts: dict  # state -> Account


# --- The scenario, through the ORM ---------------------------------------------------------------


@transaction.atomic
def build_scenario():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        sys.exit("No default site: load the demo content (LOAD_DEMO_CONTENT=1) first")
    home = site.root_page
    _, collection = ensure_municipality("A-dorp")
    members_only = page_under(home, "matrix-leden", "Toegangstabel: alleen voor leden")
    PageViewRestriction.objects.get_or_create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    draft = page_under(home, "matrix-concept", "Toegangstabel: concept")
    draft.title = "Toegangstabel: concept, nog niet gepubliceerd"
    draft.save_revision()
    return Scenario(
        document=private_document(collection),
        draft=draft,
        members_only_url=urlsplit(members_only.full_url).path,
        accounts=accounts(),
    )


def page_under(home, slug, title):
    """A live page below the home page, made on the first run."""
    page = home.get_children().filter(slug=slug).first()
    if page is None:
        page = home.add_child(instance=StandardPage(title=title, slug=slug))
    return page.specific


def private_document(collection):
    """An upload of municipality A, saved in the site's storage; private until reviewed."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=DOCUMENT_TITLE, collection=collection).first()
    if document is None:
        document = document_model(title=DOCUMENT_TITLE, collection=collection)
        document.file.save("toegangstabel.pdf", ContentFile(PDF), save=False)
        document.save()
    return document


def accounts():
    """An account per logged-in state. The demo's own accounts are left alone."""
    municipal = Group.objects.get(name=MUNICIPAL_EDITORS)
    bzk = Group.objects.get(name=BZK_EDITORS)
    town_a, _ = ensure_municipality("A-dorp")
    town_b, _ = ensure_municipality("B-stad")
    return {
        "password_only": account("matrix-alleen-wachtwoord", bzk),
        "municipal_a": account("matrix-gemeente-a", municipal, town_a),
        "municipal_b": account("matrix-gemeente-b", municipal, town_b),
        "bzk": account("matrix-redactie", bzk),
        "administrator": account("matrix-beheer", superuser=True),
    }


def account(username, *groups, superuser=False):
    """The user with a new random password and a new confirmed authenticator app: django-otp
    takes each code only once per device, so a second run within 30 s needs a fresh device."""
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.nl"}
    )
    password = secrets.token_urlsafe(24)
    user.set_password(password)
    user.is_active = True
    user.is_superuser = user.is_staff = superuser
    user.save()
    user.groups.set(groups)
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)
    return Account(username, password, device)


def current_code(device):
    """The 6 digits the app would show now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


# --- HTTP, as a browser ---------------------------------------------------------------------------


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """One visitor with its own cookies; redirects are answers, not followed."""

    def __init__(self, base_url):
        self.base_url = base_url
        cookies = urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        self.opener = urllib.request.build_opener(NoRedirects, cookies)

    def request(self, method, path, form=None):
        """(status, Location or "", body)."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        if data is None and method in ("POST", "PUT", "PATCH"):
            data = b""
        request = urllib.request.Request(
            self.base_url + path,
            data=data,
            method=method,
            headers={"User-Agent": "veiligpubliek-access-matrix"},
        )
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers.get("Location", ""), response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", ""), error.read()

    def submit(self, path, fields):
        """GET the form for its CSRF token, then POST it. Over plain HTTP Django checks no
        Referer, only the token against the cookie."""
        status, location, body = self.request("GET", path)
        token = CSRF_FIELD.search(body.decode(errors="replace"))
        if status != 200 or token is None:
            sys.exit(f"{path}: no form to fill in ({describe(status, location)})")
        return self.request("POST", path, {**fields, "csrfmiddlewaretoken": token.group(1)})


def log_in(base_url, account, second_step=True):
    """A browser logged in through the real forms: the password, then (unless stopped
    halfway) the code from the app."""
    browser = Browser(base_url)
    fields = {"username": account.username, "password": account.password, "next": "/admin/"}
    status, location, _ = browser.submit("/admin/login/?next=/admin/", fields)
    expect(status == 302, f"{account.username}: password refused ({describe(status, location)})")
    status, location, _ = browser.request("GET", "/admin/")
    expect(
        status == 302 and location.startswith(SECOND_STEP_PAGE),
        f"{account.username}: the admin does not ask for the second step ({describe(status, location)})",
    )
    if second_step:
        fields = {"code": current_code(account.device), "next": "/admin/"}
        status, location, _ = browser.submit(location, fields)
        expect(
            status == 302 and location == "/admin/",
            f"{account.username}: code refused ({describe(status, location)})",
        )
    return browser


def browser_in(state, base_url, scenario):
    if state == "anonymous":
        return Browser(base_url)
    account = scenario.accounts[state]
    return log_in(base_url, account, second_step=state != "password_only")


def expect(condition, message):
    if not condition:
        sys.exit(f"Access matrix: cannot log in. {message}")


# --- The checks -----------------------------------------------------------------------------------


def check_matrix(browsers, urls):
    """Every cell of the table; the number of cells that are not as it says."""
    wrong = 0
    print(f"{'what':<28} {'state':<14} {'expected':<12} {'got':<58} verdict")
    for what, state, expected in cells():
        status, location, _ = browsers[state].request("GET", urls[what])
        mistake = problem(expected, status, location)
        if (what, state) in OPEN:
            # An open part of issue 21 must still fail, as the strict xfail in the tests.
            verdict = "open" if mistake else "FIXED: take it out of OPEN"
            wrong += mistake is None
        else:
            verdict = "ok" if mistake is None else "WRONG"
            wrong += mistake is not None
        got = describe(status, location)
        print(f"{what:<28} {state:<14} {expected!s:<12} {got:<58} {verdict}")
    return wrong


def check_hostile(browser, scenario):
    """The hostile requests in the password-only state; the number of answers that are neither
    the way to the second step nor 403, 404 or 405."""
    requests = hostile_requests(scenario.document, scenario.draft, scenario.members_only_url)
    wrong = []
    for method, path in requests:
        status, location, _ = browser.request(method, path)
        if not is_harmless(status, location):
            wrong.append((method, path, describe(status, location)))
    print(
        f"{len(requests)} hostile requests in the password-only state: {len(wrong)} answers "
        "not a redirect to the second step, 403, 404 or 405"
    )
    for method, path, got in sorted(set(wrong))[:20]:
        print(f"  {method} {path}: {got}")
    return len(wrong)


def main(base_url):
    wait_for(base_url)
    scenario = build_scenario()
    browsers = {state: browser_in(state, base_url, scenario) for state in STATES}
    urls = protected_urls(scenario.document.url, scenario.members_only_url, scenario.draft.pk)
    wrong_cells = check_matrix(browsers, urls)
    wrong_answers = check_hostile(browsers["password_only"], scenario)
    if wrong_cells or wrong_answers:
        sys.exit(
            f"Access matrix failed: {wrong_cells} cells not as the table says, "
            f"{wrong_answers} of {HOSTILE_COUNT} hostile requests answered wrongly"
        )
    print("Access matrix passed.")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
