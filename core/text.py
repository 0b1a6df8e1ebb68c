"""Plain text of page fields, for descriptions, excerpts and structured data.

No block is rendered on the way: rendering could query the database for every image or link.
"""

from html.parser import HTMLParser

from django.core.exceptions import FieldDoesNotExist
from wagtail.fields import RichTextField
from wagtail.search import index

# Their content is never text a reader sees.
SKIPPED_ELEMENTS = {"script", "style", "template"}


def page_texts(page):
    """The text of a page in the order it is shown: search description, then every searchable
    field except the title (intro, body, ...), as plain text."""
    texts = [getattr(page, "search_description", "")]
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            value = getattr(page, search_field.field_name, None)
            if isinstance(value, str) and is_rich_text_field(page, search_field.field_name):
                # A RichTextField holds its HTML as a plain string.
                value = html_to_text(value)
            texts.append(plain_text(value))
    return texts


def is_rich_text_field(instance, name):
    try:
        return isinstance(instance._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False  # A search field on a method or property.


def plain_text(value):
    """Plain text of a text field, rich text or StreamField value, without rendering blocks
    (rendering could query the database for every image or link in every result)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value  # A plain text field: what looks like markup is shown as text.
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        return " ".join(_strings_in(list(raw)))
    source = getattr(value, "source", value)  # RichText
    return html_to_text(str(source))


class _TextCollector(HTMLParser):
    """The text of an HTML fragment: tags and their attributes (data-block-key, href, ...)
    dropped, entities decoded, a space for every tag so that words in neighbouring
    paragraphs stay apart."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        self.pieces.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1
        self.pieces.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.pieces.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.pieces.append(data)


def html_to_text(markup):
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return "".join(collector.pieces)


def _strings_in(data):
    if isinstance(data, str):
        # Skip identifiers, choices and addresses; keep sentences and headings.
        if " " in data.strip() and not data.startswith(("http://", "https://", "mailto:")):
            yield html_to_text(data)
    elif isinstance(data, dict):
        if "type" in data and "value" in data:
            yield from _strings_in(data["value"])
        else:
            for value in data.values():
                yield from _strings_in(value)
    elif isinstance(data, (list, tuple)):
        for item in data:
            yield from _strings_in(item)
