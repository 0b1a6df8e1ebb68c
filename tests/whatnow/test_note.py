"""The incident note /wat-nu/verslag/: a form that gives the note back on screen, as a tagged A4
PDF and as ODT, with the page's checklists. Nothing is stored, no cookie is set, answers are
private; hostile input (long text, HTML, control characters, right-to-left text, emoji) works."""

import dataclasses
import datetime
import io
import zipfile

import pytest
from django.core import signing
from django.utils import timezone
from odf import teletype
from odf.opendocument import load as load_odt
from odf.text import H, P
from pypdf import PdfReader

from tests.html import parse, texts
from tests.office import converted_to_pdf, needs_soffice
from tests.pdf import reader_text, structure_types
from whatnow.note import STATE_FIELD, STATE_SALT, without_control_characters
from whatnow.note_formats import NOTE_FORMATS

from .factories import IncidentNotePageFactory, WhatNowPageFactory, step, steps

pytestmark = pytest.mark.django_db

URL = "/wat-nu/verslag/"
RTL = "هو قال: سأنتظرك في الخارج"
EMOJI = "😡👊🏽 👩‍💻"
HTML = "<script>alert('x')</script><b>vet</b> & \"quotes\""


@pytest.fixture
def note_page(home_page):
    return IncidentNotePageFactory(parent=WhatNowPageFactory(parent=home_page))


def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


def answers(**changes):
    values = {
        "datum": yesterday().isoformat(),
        "tijd": "ongeveer 14.30 uur",
        "plaats": "Balie 3, Stadskantoor",
        "gebeurd": "Een klant schreeuwde en sloeg op de balie.\nDaarna liep hij weg.",
        "gezegd": "‘Ik weet waar je woont.’",
        "persoon": "Man, ongeveer 40, blauwe jas.",
        "getuigen": "Collega Sam.",
        "letsel": "Geen letsel. Mijn bril is kapot.",
        "gedaan": "Ik liep naar achteren en belde mijn leidinggevende.",
        "bewijs": "Camerabeelden van de hal.",
    }
    return {**values, **changes}


def signed_note(response):
    return parse(response).find("input", {"name": STATE_FIELD})["value"]


def download(client, response, format_key):
    return client.post(f"{URL}{format_key}/", {STATE_FIELD: signed_note(response)})


def assert_private(response):
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert not response.cookies


def odt_texts(content):
    """The text of every paragraph (headings not included)."""
    document = load_odt(io.BytesIO(content))
    return [teletype.extractText(element) for element in document.getElementsByType(P)]


def odt_headings(content):
    document = load_odt(io.BytesIO(content))
    return [teletype.extractText(element) for element in document.getElementsByType(H)]


def test_the_form_asks_every_question_with_a_label_and_posts_without_a_token(
    anonymous_client, note_page
):
    response = anonymous_client.get(URL)
    soup = parse(response)
    assert response.status_code == 200 and not response.cookies
    assert texts(soup.find_all("h1")) == ["Maak een verslag van het incident"]
    form = soup.select_one("form.vp-whatnow-note-form")
    assert form["method"] == "post" and form["action"] == URL
    assert not form.find("input", {"name": "csrfmiddlewaretoken"})
    names = [field["name"] for field in form.select("input, textarea")]
    assert names == [
        "datum",
        "tijd",
        "plaats",
        "gebeurd",
        "gezegd",
        "persoon",
        "getuigen",
        "letsel",
        "gedaan",
        "bewijs",
    ]
    for field in form.select("input, textarea"):
        assert soup.find("label", {"for": field["id"]}), field["name"]
        assert not field.has_attr("maxlength")  # too long is said, never cut off unseen
    assert soup.find_all(style=True) == []


def test_a_note_comes_back_on_screen_with_its_checklists_and_private(anonymous_client, note_page):
    response = anonymous_client.post(URL, answers())
    assert response.status_code == 200
    assert_private(response)
    soup = parse(response)
    assert soup.find("meta", {"name": "robots", "content": "noindex"})
    note = soup.select_one("article.vp-whatnow-note")
    headings = texts(note.find_all("h3"))
    assert headings[:3] == ["Wanneer en waar", "Wat er gebeurde", "Wat er werd gezegd"]
    assert headings[-2:] == ["Voor het gesprek met uw leidinggevende", "Voor de aangifte"]
    text = " ".join(texts([note]))
    assert "Plaats: Balie 3, Stadskantoor" in text and "‘Ik weet waar je woont.’" in text
    assert "Geef het adres van uw werk op." in text
    # Every line stays a line of its own.
    assert "Daarna liep hij weg." in texts(note.find_all("p"))
    # The downloads and the way back carry the note signed, in the form, never in an address.
    form = soup.find("input", {"name": STATE_FIELD}).find_parent("form")
    assert form["method"] == "post"
    actions = [button.get("formaction") for button in form.find_all("button")]
    assert actions == [f"{URL}odt/", f"{URL}pdf/", None]
    assert "Balie" not in response.get("Location", "")


def test_html_right_to_left_text_and_emoji_come_back_as_typed(anonymous_client, note_page):
    response = anonymous_client.post(
        URL, answers(gebeurd=HTML, gezegd=RTL, persoon=EMOJI, plaats="<i>hal</i>")
    )
    html = response.content.decode()
    assert "<script>alert" not in html and "<b>vet</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;vet&lt;/b&gt;" in html
    note = parse(response).select_one("article.vp-whatnow-note")
    paragraphs = texts(note.find_all("p"))
    assert HTML in paragraphs and RTL in paragraphs and EMOJI in paragraphs
    assert note.find("p", string=RTL)["dir"] == "auto"


def test_control_characters_are_taken_out_and_the_note_says_so(anonymous_client, note_page):
    response = anonymous_client.post(
        URL, answers(gebeurd="Hij\x00 schreeuwde\x1b[31m.\r\nDaarna\x07 ging hij.\x0c")
    )
    assert response.status_code == 200
    soup = parse(response)
    notices = texts(soup.select(".vp-whatnow-notice"))
    assert notices == [
        "Uit ‘Wat er gebeurde’ hebben wij onzichtbare tekens weggehaald, bijvoorbeeld uit "
        "geplakte tekst. Kijk of de tekst nog klopt."
    ]
    paragraphs = texts(soup.select_one("article.vp-whatnow-note").find_all("p"))
    assert "Hij schreeuwde[31m." in paragraphs and "Daarna ging hij." in paragraphs
    odt = download(anonymous_client, response, "odt")
    assert "Hij schreeuwde[31m." in odt_texts(odt.content)


def test_tabs_line_breaks_joiners_and_right_to_left_marks_are_kept():
    text = "a\tb\r\nc \u200d \u200f \u00ad \u202b"
    assert without_control_characters(text) == ("a\tb\nc \u200d \u200f \u00ad \u202b", False)
    assert without_control_characters("gewoon") == ("gewoon", False)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"datum": ""}, "datum", "Vul de datum van het incident in."),
        ({"datum": "gisteren"}, "datum", "Vul de datum in als dag-maand-jaar"),
        ({"datum": "31-02-2026"}, "datum", "Deze datum bestaat niet."),
        (
            {"datum": (timezone.localdate() + datetime.timedelta(days=2)).isoformat()},
            "datum",
            "Deze datum ligt in de toekomst.",
        ),
        ({"gebeurd": "   "}, "gebeurd", "Vul ‘Wat er gebeurde’ in."),
        (
            {"gebeurd": "x" * 6001},
            "gebeurd",
            "Deze tekst is te lang: 6001 tekens. Gebruik hoogstens 6000 tekens.",
        ),
        ({"tijd": "1" * 41}, "tijd", "Deze tekst is te lang: 41 tekens."),
    ],
)
def test_what_is_not_right_is_said_in_dutch_and_the_text_stays(
    anonymous_client, note_page, changes, field, message
):
    response = anonymous_client.post(URL, answers(**changes))
    assert response.status_code == 200
    assert_private(response)
    soup = parse(response)
    assert soup.title.get_text().startswith("Fout: ")
    [problem] = soup.select(".vp-whatnow-errors__list a")
    assert problem["href"] == f"#id_{field}" and message in problem.get_text()
    control = soup.find(id=f"id_{field}")
    assert control["aria-invalid"] == "true" and f"{field}-fout" in control["aria-describedby"]
    assert soup.select_one("textarea[name=gezegd]").get_text() == "‘Ik weet waar je woont.’"
    if field == "gebeurd" and len(changes["gebeurd"]) > 6000:
        assert control.get_text() == changes["gebeurd"]  # the long text is all still there


def test_the_pdf_is_tagged_a4_and_holds_the_note(anonymous_client, note_page):
    response = anonymous_client.post(URL, answers(gezegd=f"{RTL}\n{HTML}"))
    pdf = download(anonymous_client, response, "pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert_private(pdf)
    filename = f"verslag-incident-{yesterday():%Y-%m-%d}.pdf"
    assert pdf["Content-Disposition"] == f'attachment; filename="{filename}"'
    reader = PdfReader(io.BytesIO(pdf.content))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and root["/Lang"] == "nl"
    assert {"/H1", "/H2", "/P", "/L"} <= structure_types(root["/StructTreeRoot"])
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = reader_text(reader)
    for expected in ("Verslag van een incident", "Balie 3, Stadskantoor", HTML, "Voor de aangifte"):
        assert expected in text
    assert "سأنتظرك" in text or "كرظتنأس" in text  # Arabic, in logical or visual order


def test_an_emoji_the_fonts_cannot_print_is_named_in_the_pdf_not_an_empty_box(
    anonymous_client, note_page
):
    """The server has no colour emoji font: a thumbs up would print as an empty box. The PDF
    says "[emoji]" there, as the protocol's PDF does; the ODT keeps it as typed."""
    response = anonymous_client.post(URL, answers(gedaan="Ik zei 👍 en ging weg."))
    text = reader_text(PdfReader(io.BytesIO(download(anonymous_client, response, "pdf").content)))
    assert "Ik zei [emoji] en ging weg." in text
    assert "Ik zei 👍 en ging weg." in odt_texts(
        download(anonymous_client, response, "odt").content
    )


def test_the_odt_is_a4_dutch_and_holds_the_note_and_checklists(anonymous_client, note_page):
    response = anonymous_client.post(URL, answers(gezegd=f"{RTL}\n{EMOJI}\n{HTML}"))
    odt = download(anonymous_client, response, "odt")
    assert odt.status_code == 200
    assert odt["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert_private(odt)
    assert odt_headings(odt.content)[:2] == ["Wanneer en waar", "Wat er gebeurde"]
    found = odt_texts(odt.content)
    for expected in (RTL, EMOJI, HTML, "☐ Geef het adres van uw werk op."):
        assert expected in found
    with zipfile.ZipFile(io.BytesIO(odt.content)) as archive:
        styles = archive.read("styles.xml").decode()
        meta = archive.read("meta.xml").decode()
    assert 'fo:page-width="21cm"' in styles and 'fo:page-height="29.7cm"' in styles
    assert "<dc:language>nl-NL</dc:language>" in meta


@needs_soffice
def test_libreoffice_opens_the_odt(anonymous_client, note_page, tmp_path):
    response = anonymous_client.post(URL, answers(gezegd=f"{RTL}\n{EMOJI}"))
    odt = download(anonymous_client, response, "odt")
    reader = converted_to_pdf(odt.content, "verslag.odt", tmp_path)
    text = reader_text(reader)
    assert "Verslag van een incident" in text and "Balie 3, Stadskantoor" in text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)


def test_changing_the_note_gives_the_form_back_filled_in(anonymous_client, note_page):
    response = anonymous_client.post(URL, answers(persoon=EMOJI))
    again = anonymous_client.post(URL, {STATE_FIELD: signed_note(response), "actie": "aanpassen"})
    assert_private(again)
    soup = parse(again)
    assert soup.select_one("textarea[name=persoon]").get_text() == EMOJI
    assert soup.select_one("input[name=datum]")["value"] == yesterday().isoformat()
    assert soup.select(".vp-whatnow-errors") == []


@pytest.mark.parametrize("format_key", ["pdf", "odt"])
def test_a_changed_or_missing_note_gives_the_form_with_a_message(
    anonymous_client, note_page, format_key
):
    response = anonymous_client.post(URL, answers())
    changed = signed_note(response)[:-3] + "abc"
    for value in (changed, "", "x" * 300_000):
        refused = anonymous_client.post(f"{URL}{format_key}/", {STATE_FIELD: value})
        assert refused.status_code == 200
        assert_private(refused)
        notice = texts(parse(refused).select(".vp-whatnow-notice"))
        assert notice and "Wij konden uw verslag niet lezen" in notice[0]


def test_an_old_note_has_expired(anonymous_client, note_page, monkeypatch):
    # Signed at the start of 1970: far longer ago than the 12 hours a note stays readable.
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: "1")
    signed = signing.dumps(answers(), salt=STATE_SALT, compress=True)
    monkeypatch.undo()
    refused = anonymous_client.post(f"{URL}pdf/", {STATE_FIELD: signed})
    assert "langer dan 12 uur open" in " ".join(texts(parse(refused).select(".vp-whatnow-notice")))


def test_a_download_address_opened_directly_goes_to_the_form(anonymous_client, note_page):
    response = anonymous_client.get(f"{URL}pdf/")
    assert response.status_code == 302 and response["Location"] == URL
    assert anonymous_client.get(f"{URL}docx/").status_code == 404


def test_downloads_are_heavy_answers_with_a_limit_per_client(anonymous_client, note_page, settings):
    settings.HEAVY_ANSWERS_PER_MINUTE = 1
    response = anonymous_client.post(URL, answers())
    assert download(anonymous_client, response, "odt").status_code == 200
    refused = download(anonymous_client, response, "odt")
    assert refused.status_code == 429 and refused["Retry-After"]


def test_other_methods_are_not_allowed(anonymous_client, note_page):
    assert anonymous_client.put(URL).status_code == 405


def test_the_step_shows_a_button_to_the_note_when_chosen(anonymous_client, home_page):
    what_now = WhatNowPageFactory(
        parent=home_page,
        steps=steps(
            {**step("Bent u nog in gevaar?"), "note_button": False},
            {**step("Schrijf op wat er gebeurde"), "note_button": True},
        ),
    )
    IncidentNotePageFactory(parent=what_now)
    soup = parse(anonymous_client.get("/wat-nu/"))
    buttons = soup.select(".vp-whatnow-step__note a")
    assert [(button["href"], button.get_text()) for button in buttons] == [
        (URL, "Maak een verslag van het incident")
    ]
    assert buttons[0].find_parent("li")["id"] == "stap-2"


def test_nothing_typed_reaches_a_log_or_an_error_report(anonymous_client, note_page, caplog):
    with caplog.at_level("DEBUG"):
        response = anonymous_client.post(URL, answers(gebeurd="Geheim-1234"))
        pdf = download(anonymous_client, response, "pdf")
    assert "Geheim-1234" not in caplog.text
    # Django leaves every posted field out of the report of an error in these views.
    for answer in (response, pdf):
        assert answer.wsgi_request.sensitive_post_parameters == "__ALL__"


def test_a_file_that_cannot_be_made_leaves_the_note_on_screen(
    anonymous_client, note_page, monkeypatch, caplog
):
    def broken_pdf_library(note):
        raise OSError(f"cannot load library 'libpango-1.0-0' for {note.sections[1].text}")

    response = anonymous_client.post(URL, answers(gebeurd="Geheim-1234"))
    monkeypatch.setitem(
        NOTE_FORMATS, "pdf", dataclasses.replace(NOTE_FORMATS["pdf"], render=broken_pdf_library)
    )
    pdf = download(anonymous_client, response, "pdf")
    assert pdf.status_code == 200
    assert_private(pdf)
    soup = parse(pdf)
    assert texts(soup.select(".vp-whatnow-notice")) == [
        "Het bestand (PDF) kon nu niet worden gemaakt. Probeer het later nog eens, kies een "
        "ander bestand of druk het verslag af."
    ]
    assert "Geheim-1234" in texts(soup.select("article.vp-whatnow-note p"))
    assert "could not be written as pdf: OSError" in caplog.text
    assert "Geheim-1234" not in caplog.text


def test_editors_make_the_page_under_wat_nu_and_preview_it(admin_client, home_page):
    what_now = WhatNowPageFactory(parent=home_page)
    response = admin_client.get(f"/admin/pages/add/whatnow/incidentnotepage/{what_now.pk}/")
    assert response.status_code == 200
    note_page = IncidentNotePageFactory(parent=what_now)
    edit = admin_client.get(f"/admin/pages/{note_page.pk}/edit/")
    assert edit.status_code == 200 and "Afvinklijsten" in edit.content.decode()
    preview = note_page.make_preview_request()
    assert preview.status_code == 200
    assert parse(preview).select_one("form.vp-whatnow-note-form textarea[name=gebeurd]")
