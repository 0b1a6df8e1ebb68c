"""The protocol tool in the production smoke test: walk every step as a browser would (the
proposed answers, plus a name and an address), make the draft and download each format.

Checks that no step sets a cookie and that each download is the file it claims to be. Uses only
the standard library: the benchmarks run without the test extras.
"""

import io
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from html.parser import HTMLParser

TOOL_PATH = "/agressieprotocol-maken/"
ORGANISATION = "Gemeente Rooktest"
ANSWERS = {"name": ORGANISATION, "kind": "gemeente", "address": "Stationsplein 1, 1234 AB Rooktest"}
FILE_CHECKS = {
    "odt": lambda body: (
        zipfile.ZipFile(io.BytesIO(body)).read("mimetype")
        == b"application/vnd.oasis.opendocument.text"
    ),
    "docx": lambda body: "word/document.xml" in zipfile.ZipFile(io.BytesIO(body)).namelist(),
    "pdf": lambda body: body.startswith(b"%PDF-"),
}


class Forms(HTMLParser):
    """The forms of a page: their action and the values a browser would send."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {"action": attrs.get("action", ""), "class": attrs.get("class", ""), "fields": []}
            )
        elif not self.forms or not attrs.get("name"):
            return
        elif tag == "input" and attrs.get("type") == "radio" and attrs["name"] in ANSWERS:
            # A choice this script makes itself (the kind of organisation).
            if attrs.get("value") == ANSWERS[attrs["name"]]:
                self.forms[-1]["fields"].append([attrs["name"], attrs["value"]])
        elif tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button"):
                self.forms[-1]["fields"].append([attrs["name"], attrs.get("value", "on")])
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
            self.forms[-1]["fields"].append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None


def forms_of(html):
    parser = Forms()
    parser.feed(html)
    return parser.forms


def format_key(form):
    """The format a download form asks for (its address ends in /concept/<format>/), or None."""
    key = form["action"].rstrip("/").rsplit("/", 1)[-1]
    return key if key in FILE_CHECKS and "/concept/" in form["action"] else None


def post(base_url, form, extra=()):
    fields = [(name, ANSWERS.get(name) or value) for name, value in form["fields"]]
    data = urllib.parse.urlencode([*fields, *extra]).encode()
    request = urllib.request.Request(base_url + form["action"], data=data, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def check_protocol_tool(base_url, fetch, problems):
    status, headers, body = fetch(base_url + TOOL_PATH)
    answers = []
    for step in range(1, 20):
        answers.append((status, headers))
        if status != 200:
            problems.append(f"{TOOL_PATH}: step {step} answers {status}")
            return
        html = body.decode()
        if "vp-pt-errors" in html:
            problems.append(f"{TOOL_PATH}: step {step} shows errors for the proposed answers")
            return
        # The tool's own forms, not the site's search form in the header.
        forms = [form for form in forms_of(html) if "vp-pt-form" in form["class"]]
        if "Controleer uw antwoorden" in html:
            break
        status, headers, body = post(base_url, forms[0], [("actie", "volgende")])
    else:
        problems.append(f"{TOOL_PATH}: no summary after 20 steps")
        return
    status, headers, body = post(base_url, forms[-1])  # "Maak het concept"
    answers.append((status, headers))
    html = body.decode()
    print(f"{status} {TOOL_PATH} draft after {step - 1} steps ({len(body)} bytes)")
    if status != 200 or ORGANISATION not in html:
        problems.append(f"{TOOL_PATH}: the draft answers {status} without the organisation")
        return
    downloads = {format_key(form): form for form in forms_of(html)}
    downloads.pop(None, None)
    for key, form in downloads.items():
        started = time.monotonic()
        status, headers, body = post(base_url, form)
        seconds = time.monotonic() - started
        answers.append((status, headers))
        disposition = headers.get("Content-Disposition", "")
        print(f"{status} {form['action']} ({len(body)} bytes, {seconds:.2f} s, {disposition})")
        try:
            is_the_file = status == 200 and FILE_CHECKS[key](body)
        except (zipfile.BadZipFile, KeyError):  # not a zip, or a zip without the part
            is_the_file = False
        if not is_the_file or not disposition.startswith("attachment"):
            problems.append(f"{form['action']}: not a {key} download ({status})")
    if sorted(downloads) != sorted(FILE_CHECKS):
        problems.append(f"{TOOL_PATH}: the draft does not offer ODT, DOCX and PDF")
    if any(headers.get("Set-Cookie") for _status, headers in answers):
        problems.append(f"{TOOL_PATH}: a step or download sets a cookie")
