"""The counter card: the page's own steps and numbers on A4 and A6, with a QR code to /wat-nu/."""

import io

import pytest
from pypdf import PdfReader

from tests.html import parse
from tests.whatnow.factories import WhatNowPageFactory

pytestmark = pytest.mark.django_db

MM_PER_POINT = 25.4 / 72


@pytest.fixture
def what_now(home_page, settings):
    settings.CANONICAL_BASE_URL = "https://www.veiligepubliekedienstverlening.nl"
    return WhatNowPageFactory()


def pdf_of(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert not response.cookies
    return PdfReader(io.BytesIO(response.content)), response


@pytest.mark.parametrize(("size", "millimetres"), [("a4", (210, 297)), ("a6", (105, 148))])
def test_the_card_is_one_tagged_page_of_its_size_with_the_steps_and_numbers(
    anonymous_client, what_now, size, millimetres
):
    reader, response = pdf_of(anonymous_client, f"/wat-nu/kaart/{size}/")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (
        round(float(box.width) * MM_PER_POINT),
        round(float(box.height) * MM_PER_POINT),
    ) == millimetres
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Bent u nog in gevaar?" in text and "Vertel het vandaag nog" in text
    assert "Alarmnummer: 112" in text
    assert "www.veiligepubliekedienstverlening.nl/wat-nu/" in text.replace(" ", "")  # may wrap
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged, for screen readers
    assert response["Content-Disposition"] == f'inline; filename="wat-nu-kaart-{size}.pdf"'


def test_the_card_follows_the_editors_steps(anonymous_client, what_now):
    before, _ = pdf_of(anonymous_client, "/wat-nu/kaart/a4/")
    what_now.title = "Wat doe je nu?"
    what_now.save_revision().publish()
    after, _ = pdf_of(anonymous_client, "/wat-nu/kaart/a4/")
    assert "Wat doe je nu?" in after.pages[0].extract_text()
    assert "Wat doe je nu?" not in before.pages[0].extract_text()


def test_an_unknown_size_is_not_found_and_the_page_links_both(anonymous_client, what_now):
    assert anonymous_client.get("/wat-nu/kaart/a3/").status_code == 404
    links = [a["href"] for a in parse(anonymous_client.get("/wat-nu/")).select("a[href*=kaart]")]
    assert links == ["/wat-nu/kaart/a4/", "/wat-nu/kaart/a6/"]
