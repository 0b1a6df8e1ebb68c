"""The web addresses (http and https) a page, snippet or setting links to: in rich text fields, in
URL fields, and in StreamField blocks (URL blocks and rich text blocks, at any depth). In a snippet
or setting also a text field that holds nothing but a web address (such as a contact address).

StreamField content is read from its stored JSON alongside the block definitions, without
turning it into block values: that would load every chosen page, image and document.
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.db import models
from django.utils.text import capfirst
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

SCHEMES = {"http", "https"}


def is_web_address(url):
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and bool(parts.hostname)


def _is_only_a_web_address(text):
    return isinstance(text, str) and len(text.split()) == 1 and is_web_address(text)


class _HrefCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def addresses_in_html(markup):
    collector = _HrefCollector()
    collector.feed(markup or "")
    collector.close()
    return [href.strip() for href in collector.hrefs if is_web_address(href)]


def addresses_in_page(page):
    """[(url, field label)] of a page (its specific instance), each pair once, in field order."""
    return _addresses_in_fields(page, whole_text_fields=False)


def addresses_in_object(instance):
    """[(url, field label)] of a snippet or setting, each pair once, in field order."""
    return _addresses_in_fields(instance, whole_text_fields=True)


def _addresses_in_fields(instance, whole_text_fields):
    found = []
    for field in instance._meta.concrete_fields:
        value = field.value_from_object(instance)
        if not value:
            continue
        label = capfirst(str(field.verbose_name))
        if isinstance(field, RichTextField):
            urls = addresses_in_html(value)
        elif isinstance(field, StreamField):
            raw = getattr(value, "raw_data", value)
            urls = list(_addresses_in_stream(field.stream_block, list(raw)))
        elif isinstance(field, models.URLField):
            urls = [value.strip()] if is_web_address(value) else []
        elif whole_text_fields and isinstance(field, models.CharField | models.TextField):
            urls = [value.strip()] if _is_only_a_web_address(value) else []
        else:
            continue
        found.extend((url, label) for url in urls)
    return list(dict.fromkeys(found))


def _addresses_in_stream(stream_block, raw_items):
    for item in raw_items or []:
        if not isinstance(item, dict):
            continue
        child = stream_block.child_blocks.get(item.get("type"))
        if child is not None:
            yield from _addresses_in_block(child, item.get("value"))


def _addresses_in_block(block, raw):
    if raw in (None, "", [], {}):
        return
    if isinstance(block, blocks.StreamBlock):
        yield from _addresses_in_stream(block, raw)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                yield from _addresses_in_block(child, raw.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in raw if isinstance(raw, list) else []:
            # Since Wagtail 2.16 list items are stored as {"type": "item", "value": ..., "id": ...}.
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from _addresses_in_block(block.child_block, item["value"] if is_wrapped else item)
    elif isinstance(block, blocks.RichTextBlock):
        yield from addresses_in_html(raw if isinstance(raw, str) else "")
    elif isinstance(block, blocks.URLBlock) and isinstance(raw, str) and is_web_address(raw):
        yield raw.strip()
