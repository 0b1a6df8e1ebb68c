"""The admin speaks Dutch: no English words from Wagtail, and our help texts say "je" as it does."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.template import Context, Template
from django.utils import timezone, translation
from wagtail import blocks
from wagtail.fields import StreamField

from tests.core.admin_pages import make_admin_screens
from veiligpubliek.apps import PROJECT_APPS

pytestmark = pytest.mark.django_db

# English that editors saw in the Dutch admin (issue 11), and its relatives.
ENGLISH = re.compile(
    r"\b(File|True|False|None|ago|seconds?|minutes?|hours?|Editor Guide|Actions|"
    r"created in|across entire site|Search|Edit|Delete|Choose|Cancel|Save|Publish|"
    # Issue 25: the login page, tab titles, the explorer, the editor's toolbar and side panel.
    # ("Live", "Status", "Workflow" and "Dashboard" are Dutch too, as Wagtail's Dutch uses them.)
    r"Password|Root|Bold|Italic|Checks|Error|snippets?|Snippets?|Default|Admin|Username|"
    r"Sign in|Log in|Logout|Settings|Reports?|Pages|Images|Documents|Preview|Draft|Submit|"
    r"Approve|Unpublish|Locked|Tasks?|Comments?|Upload)\b"
    r"|Content statistieken|aangemaakt in\S|\dvan \d"
    # The brand in tab titles and headings ("Dashboard - Wagtail", "Inloggen in Wagtail").
    r"|-\s+Wagtail\b|\bin Wagtail\b|\bWagtail admin\b"
)
FORMAL_ADDRESS = re.compile(r"\b(u|uw|U|Uw)\b")


class VisibleText(HTMLParser):
    """Text a user sees or hears: text nodes, plus titles and labels; no scripts or hidden parts."""

    SKIPPED = {"script", "style", "template", "noscript"}
    VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "use"}
    SPOKEN_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")

    def __init__(self):
        super().__init__()
        self.parts = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        hidden = tag in self.SKIPPED or "hidden" in attributes
        if tag not in self.VOID:
            self.stack.append(hidden)
        if not any(self.stack):
            self.parts += [
                attributes[name] for name in self.SPOKEN_ATTRIBUTES if attributes.get(name)
            ]

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not any(self.stack) and data.strip():
            self.parts.append(" ".join(data.split()))


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return parser.parts


def test_key_admin_screens_have_no_english(client, home_page):
    user, screens = make_admin_screens(home_page)
    client.force_login(user)
    found = []
    for path in screens:
        response = client.get(path)
        assert response.status_code == 200, path
        for text in visible_text(response.content.decode()):
            for match in ENGLISH.finditer(text):
                found.append(f"{path}: {match.group(0)!r} in {text[:80]!r}")
    assert not found, "English in the Dutch admin:\n" + "\n".join(found)


def test_the_english_finder_finds_what_editors_reported():
    reported = (
        "<td><svg><title>True</title></svg></td><p>Wijzigingsverzoek 7 seconds ago</p>"
        "<h2>Content statistieken</h2><th>1-3van 3None</th><a>Editor Guide</a>"
        "<span>aangemaakt inVeilige publieke dienstverlening</span><th>File</th>"
    )
    assert len([m for t in visible_text(reported) for m in ENGLISH.finditer(t)]) >= 7
    assert visible_text('<div hidden>None</div><script>var a = "File";</script>') == []


def test_time_since_is_dutch():
    """Wagtail's naturaltime (workflow history: 'Wijzigingsverzoek 7 seconds ago')."""
    moment = timezone.now() - datetime.timedelta(seconds=7)
    template = Template("{% load wagtailadmin_tags %}{{ moment|naturaltime }}")
    with translation.override("nl"):
        rendered = template.render(Context({"moment": moment})).replace("\xa0", " ")
    assert rendered == "7 seconden geleden"


def _help_texts_of_block(block, seen):
    if id(block) in seen:
        return
    seen.add(id(block))
    yield getattr(block.meta, "help_text", None), block
    yield getattr(block.meta, "description", None), block
    # Field blocks (CharBlock, TextBlock, ...) keep their help text on their form field.
    yield getattr(getattr(block, "field", None), "help_text", None), block
    children = getattr(block, "child_blocks", None) or {}
    for child in children.values():
        yield from _help_texts_of_block(child, seen)
    if isinstance(block, blocks.ListBlock):
        yield from _help_texts_of_block(block.child_block, seen)


def test_our_help_texts_address_editors_as_wagtail_does():
    """Wagtail's Dutch admin says "je"; our help texts for editors do the same, never "u"."""
    formal = []
    for app in PROJECT_APPS:
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                help_text = str(getattr(field, "help_text", "") or "")
                if FORMAL_ADDRESS.search(help_text):
                    formal.append(f"{model.__name__}.{field.name}: {help_text}")
                if isinstance(field, StreamField):
                    for text, block in _help_texts_of_block(field.stream_block, set()):
                        if text and FORMAL_ADDRESS.search(str(text)):
                            formal.append(f"{model.__name__}.{field.name} {block.name}: {text}")
            for panel in getattr(model, "content_panels", []):
                for child in [panel, *getattr(panel, "children", [])]:
                    content = str(getattr(child, "content", "") or "")
                    if FORMAL_ADDRESS.search(content):
                        formal.append(f"{model.__name__} panel: {content}")
    assert not formal, "help texts with 'u' instead of 'je':\n" + "\n".join(sorted(set(formal)))
