"""The shared PDF setup: the fetcher refuses every address, so a PDF never fetches anything."""

import io
from urllib.request import OpenerDirector

import pytest
from django.test import override_settings
from pypdf import PdfReader

from visitortools.pdf import local_only_fetcher, render_pdf

# A template that asks for an image on another host, a local file and a web font.
GREEDY = """<!DOCTYPE html>
<html lang="nl"><head><title>Proef</title>
<link rel="stylesheet" href="https://example.com/style.css"></head>
<body><p class="pdf-footer-name">Gemeente Voorbeeldstad</p>
<img src="http://169.254.169.254/latest/meta-data/" alt="">
<img src="file:///etc/passwd" alt=""><p>Tekst</p></body></html>"""
LOCMEM_TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {
            "loaders": [("django.template.loaders.locmem.Loader", {"greedy.html": GREEDY})]
        },
    }
]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/font.woff2",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "data:text/css,body{}",
    ],
)
def test_the_pdf_fetcher_refuses_every_address(url):
    with pytest.raises(ValueError, match="haalt niets op"):
        local_only_fetcher().fetch(url)


@override_settings(TEMPLATES=LOCMEM_TEMPLATES)
def test_a_pdf_opens_no_address_its_html_asks_for(monkeypatch):
    opened = []
    # WeasyPrint's own fetcher opens every address with urllib's OpenerDirector.open.
    monkeypatch.setattr(OpenerDirector, "open", lambda self, url, *a, **kw: opened.append(url))
    reader = PdfReader(io.BytesIO(render_pdf("greedy.html", {})))
    assert opened == []
    text = reader.pages[0].extract_text()
    assert "Tekst" in text and "Gemeente Voorbeeldstad - pagina 1 van 1" in text
    assert reader.metadata.title == "Proef" and reader.trailer["/Root"]["/Lang"] == "nl"


def test_the_site_starts_without_loading_weasyprint():
    """Pango is only needed for a PDF: loading the apps and the URLs imports no WeasyPrint."""
    import subprocess
    import sys

    script = (
        "import django, sys; django.setup(); import veiligpubliek.urls; "
        "print('weasyprint' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
