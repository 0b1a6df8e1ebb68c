"""Who reaches what (issue 21), as plain data: no pytest, no Django. Two users of it:
tests/accounts/test_access_matrix.py and test_half_login_under_attack.py (Django's test client,
the test settings) and .ci/checks/access_matrix.py (gunicorn with the production settings on
PostgreSQL, over HTTP).

One table: a row per protected thing, a column per state of a visitor. A new view or role is one
row or one column. "password only" is a login stopped at *Inloggen: tweede stap*.

An expected answer is a status code, a redirect to a login page (LOGIN: the admin's, or Wagtail's
login for private pages), to the second step (SECOND_STEP), or Wagtail's refusal in the admin
(DENIED: back to the dashboard with a message, the thing itself never shown).
"""

import itertools

LOGIN = "login"
SECOND_STEP = "second step"
DENIED = "denied"
LOGIN_PAGES = ("/admin/login/?next=", "/_util/login/?next=")
SECOND_STEP_PAGE = "/admin/tweestapsverificatie/"
STATES = ["anonymous", "password_only", "municipal_a", "municipal_b", "bzk", "administrator"]

# The private document's content: small, but a PDF.
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# Not yet as it should be: (row, state) -> reason. Each is an open part of issue 21; such a cell
# must still fail, and flips to a pass (and out of this dict) when fixed.
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
    # Open to whoever may add pages somewhere, listing only the pages they may publish: for a
    # municipal editor (who may add examples) an empty list; see the test below the table.
    "aging pages report":          (LOGIN,     SECOND_STEP,   200,         200,         200, 200),
    "users":                       (LOGIN,     SECOND_STEP,   DENIED,      DENIED,      DENIED, 200),
}
# fmt: on


def cells():
    """(row, state, expected) for every cell of the table."""
    for what, expected in MATRIX.items():
        for state, answer in zip(STATES, expected, strict=True):
            yield what, state, answer


def protected_urls(document_url, members_only_url, draft_pk):
    """The address of each row, given the scenario's private document, restricted page and
    draft."""
    return {
        "unreviewed document of A": document_url,
        "page for logged-in visitors": members_only_url,
        "draft preview": f"/admin/pages/{draft_pk}/view_draft/",
        "dashboard": "/admin/",
        "document library (admin)": "/admin/documents/",
        "page type report": "/admin/reports/page-types-usage/",
        "aging pages report": "/admin/reports/aging-pages/",
        "users": "/admin/users/",
    }


def problem(expected, status, location):
    """What is wrong with an answer (status code, Location header or "") to a request whose
    expected answer is `expected`; None when it is right."""
    if expected == LOGIN:
        right = status == 302 and location.startswith(LOGIN_PAGES)
    elif expected == SECOND_STEP:
        right = status == 302 and location.startswith(SECOND_STEP_PAGE + "?next=")
    elif expected == DENIED:
        right = status == 403 or (status == 302 and location == "/admin/")
    else:
        right = status == expected
    return None if right else f"expected {expected}, got {describe(status, location)}"


def describe(status, location):
    return f"{status} -> {location}" if location else str(status)


# The hostile requests in the password-only state: every answer must be the way to the second
# step, a refusal (403), not found (404) or a method a page does not take (405, the same for
# everyone); nothing that shows or confirms anything private.
HOSTILE_METHODS = ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"]
HOSTILE_COUNT = 1000


def is_harmless(status, location):
    """The rule for an answer to a hostile request in the password-only state."""
    to_second_step = status == 302 and location.startswith(SECOND_STEP_PAGE)
    return to_second_step or status in (403, 404, 405)


def hostile_paths(document, draft, members_only_url):
    """The document, preview and admin addresses, other ids, traversal and encodings.
    `document` has pk, filename and url; `draft` has pk."""
    name = document.filename
    yield from [
        document.url,
        f"/documents/{document.pk}/{name}?download=1",
        f"/documents/{document.pk}/%2e%2e/%2e%2e/etc/passwd",
        f"/documents/{document.pk}/..%2F..%2Fsettings.py",
        f"/documents/{document.pk}/{name.upper()}",
        f"/documents/{document.pk + 1}/{name}",
        f"/documents/0/{name}",
        f"/documents/-1/{name}",
        f"/documents/{document.pk}//{name}",
        members_only_url,
        f"{members_only_url}?preview=1",
        f"/admin/pages/{draft.pk}/view_draft/",
        f"/admin/pages/{draft.pk}/edit/",
        f"/admin/pages/{draft.pk}/edit/preview/",
        f"/admin/pages/{draft.pk}/revisions/",
        f"/admin/pages/{draft.pk}/delete/",
        f"/admin/pages/{draft.pk}/unpublish/",
        "/admin/",
        "/admin/pages/",
        "/admin/documents/",
        f"/admin/documents/edit/{document.pk}/",
        "/admin/documents/chooser/results/?q=a",
        "/admin/images/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/settings/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/api/main/pages/",
        "/admin/redirects/",
        "/admin/snippets/",
        "/admin/block-preview/",
        "/admin/tweestapsverificatie/../users/",
        "/admin//users/",
        "/ADMIN/users/",
        "/admin/%75sers/",
    ]


def hostile_requests(document, draft, members_only_url, count=HOSTILE_COUNT):
    """`count` (method, path) pairs: every method against every path, round and round."""
    pairs = itertools.product(HOSTILE_METHODS, hostile_paths(document, draft, members_only_url))
    return list(itertools.islice(itertools.cycle(pairs), count))
