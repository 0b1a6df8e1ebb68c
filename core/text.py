"""Plain text of page fields, for descriptions, excerpts and structured data.

No block is rendered on the way: rendering could query the database for every image or link.
"""

import html
import re

from wagtail.search import index

TAG = re.compile(r"<[^>]*>")


def page_texts(page):
    """The text of a page in the order it is shown: search description, then every searchable
    field except the title (intro, body, ...), as plain text."""
    texts = [getattr(page, "search_description", "")]
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            value = getattr(page, search_field.field_name, None)
            texts.append(plain_text(value))
    return texts


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


def html_to_text(markup):
    # A space for every tag keeps words in neighbouring paragraphs apart.
    return html.unescape(TAG.sub(" ", markup))


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
