"""Tagged PDFs from HTML with WeasyPrint, shared by every app that offers a PDF download.

The HTML is a Django template, so every text in it is escaped like on the website. WeasyPrint
writes PDF/UA-1: a tagged PDF with its structure (headings, lists, tables) and language, so
that screen readers can read it. A PDF is made on the server from our own template and style
sheets only: the fetcher refuses every other address, so text in a document can never make the
server request something from another host or read a file it should not.

WeasyPrint (and the Pango library under it) is imported on the first PDF, not when the site
starts: workers start faster, and a machine without Pango still serves every page.
"""

from functools import cache
from pathlib import Path

from django.template.loader import render_to_string

BASE_STYLESHEET = Path(__file__).with_name("base.css")


@cache
def local_only_fetcher_class():
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):
        """Fetches nothing: the documents need no images, fonts or style sheets from elsewhere.

        WeasyPrint asks the fetcher for every url() and <link>; refusing them here means it
        leaves them out (with a logged warning) instead of opening a connection or a file.
        """

        def fetch(self, url, headers=None):
            raise ValueError(f"Een PDF haalt niets op: {url}")

    return LocalOnlyFetcher


def local_only_fetcher():
    return local_only_fetcher_class()()


@cache
def stylesheets(*paths):
    """The base style sheet and an app's own, parsed once per process (they never change)."""
    from weasyprint import CSS

    fetcher = local_only_fetcher()
    return tuple(CSS(filename=str(path), url_fetcher=fetcher) for path in (BASE_STYLESHEET, *paths))


def render_pdf(template_name, context, *, stylesheet=None):
    """The bytes of a tagged PDF (PDF/UA-1) from a Django template and an optional style sheet.

    The template must set <html lang> and a <title>: PDF/UA requires both, and WeasyPrint
    writes them into the document's language and title metadata. The element with class
    "pdf-footer-name" (e.g. the organisation) is repeated in the footer of every page.
    """
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    html = render_to_string(template_name, context)
    document = HTML(string=html, base_url=None, url_fetcher=local_only_fetcher())
    return document.write_pdf(
        stylesheets=stylesheets(*([stylesheet] if stylesheet else [])),
        font_config=FontConfiguration(),
        pdf_variant="pdf/ua-1",
    )


def warm_up():
    """Load WeasyPrint, Pango and the fonts once, so that a worker's first PDF download is not
    a second slower than the next ones (docker/gunicorn.conf.py calls this per worker)."""
    from weasyprint import HTML

    HTML(string='<html lang="nl"><title>.</title><p>.</p></html>').write_pdf(
        stylesheets=stylesheets()
    )
