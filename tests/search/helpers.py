"""Helpers for the search and metadata tests."""

import json
from html.parser import HTMLParser

import pytest
from django.db import connection

requires_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason=(
        "Dutch stemming and the dutch_unaccent text search configuration exist only on "
        "PostgreSQL (CI runs there); the embedded SQLite search has no stemming."
    ),
)


class HeadParser(HTMLParser):
    """Collects <title>, <meta>, <link rel=canonical> and JSON-LD from a page's <head>."""

    def __init__(self):
        super().__init__()
        self.title = ""
        self.meta = {}
        self.links = {}
        self.json_ld = []
        self._in = None
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self._in_body = True  # only the <head> counts
        if self._in_body:
            return
        if tag == "title":
            self._in = "title"
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, attrs.get("content"))
        elif tag == "link" and attrs.get("rel"):
            self.links.setdefault(attrs["rel"], attrs.get("href"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag in ("title", "script"):
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "json_ld":
            self.json_ld[-1] += data

    def structured_data(self):
        return [json.loads(text) for text in self.json_ld]


def parse_head(html):
    parser = HeadParser()
    parser.feed(html)
    return parser
