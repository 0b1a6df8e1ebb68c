"""The text a visitor reads on a page, as paragraphs: the fields its search_fields name (every
page type has them), StreamFields walked block by block, rich text split at its block elements,
so that a heading or a list item counts as a sentence of its own."""

from html.parser import HTMLParser

from django.core.exceptions import FieldDoesNotExist
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText
from wagtail.search.index import SearchField

BLOCK_ELEMENTS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "br", "blockquote",
    "div", "dt", "dd", "caption", "figcaption",
}  # fmt: skip


class _Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = [""]

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_ELEMENTS:
            self.paragraphs.append("")

    def handle_endtag(self, tag):
        if tag in BLOCK_ELEMENTS:
            self.paragraphs.append("")

    def handle_data(self, data):
        self.paragraphs[-1] += data


def html_paragraphs(html):
    parser = _Paragraphs()
    parser.feed(html or "")
    parser.close()
    return [" ".join(text.split()) for text in parser.paragraphs if text.strip()]


def text_paragraphs(text):
    return [line.strip() for line in str(text).splitlines() if line.strip()]


def block_paragraphs(block, value):
    """The paragraphs of one block's value, whatever kind of block it is."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        return html_paragraphs(value.source if isinstance(value, RichText) else str(value))
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_paragraphs(child.block, child.value)]
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child_block in block.child_blocks.items()
            for text in block_paragraphs(child_block, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_paragraphs(block.child_block, item)]
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return text_paragraphs(value)
    return []  # links, choices, dates, images, documents, pages: no running text


def page_paragraphs(page):
    """The title first, then every text field the page's search_fields name, in their order."""
    paragraphs = [page.title]
    names = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name not in names:
            names.append(search_field.field_name)
    for name in names:
        if name == "title":
            continue
        try:
            model_field = page._meta.get_field(name)
        except FieldDoesNotExist:
            model_field = None  # a search field that is a method: its text, if it gives one
        value = getattr(page, name, None)
        if callable(value):
            value = value()
        if value is None or value == "":
            continue
        if hasattr(value, "stream_block"):
            paragraphs += block_paragraphs(value.stream_block, value)
        elif isinstance(model_field, RichTextField):
            paragraphs += html_paragraphs(value)
        elif isinstance(value, str):
            paragraphs += text_paragraphs(value)
    return paragraphs
