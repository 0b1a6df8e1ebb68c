"""The counter card: the employee's steps and numbers on one page, A4 for the back office and A6
for a pocket or a boa's vest, with a QR code to /wat-nu/ made on our own server.

Made from the page's own steps, so it changes when an editor changes them; the PDF is kept per
generation (one rendering per change and size, then served from the cache).
"""

from pathlib import Path

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from pagecache.fragments import Fragment
from visitortools.pdf import render_pdf

FORMATS = {"a4": "A4", "a6": "A6"}
STYLESHEETS = {key: Path(__file__).with_name("pdf") / f"card-{key}.css" for key in FORMATS}
CARD = Fragment("what-now-card")


def card_response(page, request, size):
    if size not in FORMATS:
        raise Http404("Unknown card size")
    pdf = CARD.get(request, lambda: render_card(page, size), page.pk, size)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="wat-nu-kaart-{size}.pdf"'
    response["Cache-Control"] = "public, max-age=300"
    return response


def render_card(page, size):
    address = settings.CANONICAL_BASE_URL.rstrip("/") + page.url
    return render_pdf(
        "whatnow/card.html",
        {
            "page": page,
            "size": FORMATS[size],
            "steps": card_steps(page),
            "address": address.removeprefix("https://").removeprefix("http://"),
            "qr_code": qr_code_svg(address),
        },
        stylesheet=STYLESHEETS[size],
    )


def card_steps(page):
    """Each step's title, its first sentence and its numbers: what fits a card."""
    steps = []
    for block in page.steps:
        value = block.value
        text = " ".join(strip_tags(str(value["text"])).split())
        first_sentence = text.split(". ")[0].rstrip(".") + "." if text else ""
        calls = [(call["label"], call["number"]) for call in value["calls"]]
        steps.append({"title": value["title"], "text": first_sentence, "calls": calls})
    return steps


def qr_code_svg(address):
    image = qrcode.make(address, image_factory=qrcode.image.svg.SvgPathImage, box_size=6)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 - made here, no input
