"""Keep and resume (issue 23): the drafts and the answers file carry the answers, signed without
an end date, and the first step goes on with them; nothing is stored on the server."""

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from unittest import mock

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile

from protocol import embedding, resume, saved, state, wizard
from protocol.answers import STEPS
from tests.html import parse

from .factories import complete_answers
from .steps import heading

pytestmark = pytest.mark.django_db

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
needs_soffice = pytest.mark.skipif(
    not Path(SOFFICE).exists(),
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)


def answers():
    return complete_answers(
        organisation="Gemeente Peelbeek",
        rollen={"coordinator": "de adviseur veiligheid"},
        maatregelen={"measures": ["gesprek", "locatieverbod"]},
        nazorg={"aftercare_extra": "de bedrijfsarts"},
    )


def download(client, tool, raw, key):
    address = "antwoorden/" if key == "json" else f"concept/{key}/"
    response = client.post(f"{tool.url}{address}", {state.FIELD_NAME: state.dump(raw)})
    assert response.status_code == 200, response.content[:500]
    return response.content


def upload(client, tool, name, content):
    return client.post(f"{tool.url}verder/", {resume.FIELD_NAME: SimpleUploadedFile(name, content)})


def carried_answers(response):
    """The answers the screen carries on, read from its signed hidden field."""
    return state.load(parse(response).select_one(f"input[name={state.FIELD_NAME}]")["value"])


def upload_error(response):
    error = parse(response).select_one(f"#{resume.FIELD_NAME}-fout")
    return error.get_text(" ", strip=True).removeprefix("Fout: ") if error else None


@pytest.mark.parametrize("key", ["odt", "docx", "json"])
def test_the_answers_go_round_through_each_file_to_the_summary(client, tool, key):
    raw = answers()
    content = download(client, tool, raw, key)
    response = upload(client, tool, f"concept.{key}", content)
    assert response.status_code == 200
    assert heading(response) == "Controleer uw antwoorden"
    assert carried_answers(response) == raw
    notice = parse(response).select_one(".vp-pt-notice")
    assert notice.h2.get_text(strip=True) == "Verder waar u was"
    assert f"Uw antwoorden uit ‘concept.{key}’ staan weer klaar" in notice.get_text()
    assert "de bedrijfsarts" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert not response.cookies


def test_the_drafts_keep_the_answers_in_their_custom_properties(client, tool):
    odt = zipfile.ZipFile(io.BytesIO(download(client, tool, answers(), "odt")))
    assert odt.namelist()[0] == "mimetype"
    assert odt.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    odt_properties = embedding.odt_properties(odt.read("meta.xml"))
    docx = zipfile.ZipFile(io.BytesIO(download(client, tool, answers(), "docx")))
    docx_properties = embedding.docx_properties(docx.read("docProps/custom.xml"))
    assert b"docProps/custom.xml" in docx.read("[Content_Types].xml")
    assert b"custom-properties" in docx.read("_rels/.rels")
    for properties in (odt_properties, docx_properties):
        assert "VP-antwoorden-01" in properties
        # Word keeps at most 255 characters of a custom text property.
        assert all(len(value) <= 255 for value in properties.values())
        assert saved.load(embedding.joined(properties)).raw_steps == answers()


def test_the_answers_file_is_small_readable_json(client, tool):
    content = download(client, tool, answers(), "json")
    data = json.loads(content)
    assert data["organisatie"] == "Gemeente Peelbeek"
    assert data["bestand"] == saved.FILE_TITLE
    assert len(content) < 10_000


def test_a_file_still_works_long_after_the_four_hours(client, tool):
    raw = answers()
    content = download(client, tool, raw, "docx")
    a_month_later = signing.time.time() + 30 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=a_month_later):
        response = upload(client, tool, "concept.docx", content)
    assert carried_answers_at(response, a_month_later) == raw


def carried_answers_at(response, moment):
    with mock.patch("django.core.signing.time.time", return_value=moment):
        return carried_answers(response)


def tampered_json(content):
    data = json.loads(content)
    payload, _, signature = data["ondertekend"].rpartition(":")
    data["ondertekend"] = f"{payload}:{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"
    return json.dumps(data).encode()


def tampered_odt(content):
    """The first signed part with its first character changed."""
    opening = b'meta:name="VP-antwoorden-01" meta:value-type="string">'

    def change(meta):
        at = meta.index(opening) + len(opening)
        return meta[:at] + (b"A" if meta[at : at + 1] != b"A" else b"B") + meta[at + 1 :]

    return embedding.rewritten(content, {"meta.xml": change})


@pytest.mark.parametrize(
    ("key", "change"), [("json", tampered_json), ("odt", tampered_odt)], ids=["json", "odt"]
)
def test_a_changed_file_is_refused_with_a_clear_message(client, tool, key, change):
    content = change(download(client, tool, answers(), key))
    response = upload(client, tool, f"concept.{key}", content)
    assert response.status_code == 200
    assert heading(response) == "Uw organisatie"
    assert upload_error(response) == saved.TAMPERED
    assert parse(response).title.get_text().startswith("Fout: ")


def pdf_of(client, tool):
    return download(client, tool, answers(), "pdf")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.odt", b"", resume.NO_FILE),
        ("brief.txt", b"Beste collega, tot morgen.", embedding.NOT_OURS),
        ("ander.json", b'{"ondertekend": 3}', embedding.NOT_OURS),
        ("kapot.docx", b"PK\x03\x04 niet echt een zip", embedding.NOT_OURS),
        ("concept.pdf", b"%PDF-1.7\n...", embedding.PDF),
        ("groot.odt", b"x" * (resume.MAX_UPLOAD_BYTES + 1), resume.TOO_BIG),
    ],
    ids=["empty", "text", "other json", "broken zip", "pdf", "too big"],
)
def test_a_wrong_file_gets_a_dutch_message_not_an_error(client, tool, name, content, message):
    response = upload(client, tool, name, content)
    assert response.status_code == 200
    assert upload_error(response) == message


def test_an_office_file_that_is_not_ours_gets_a_dutch_message(client, tool):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("meta.xml", "<office:document-meta/>")
    response = upload(client, tool, "ander.odt", output.getvalue())
    assert upload_error(response) == embedding.NOT_OURS


def test_a_post_without_a_file_asks_for_one(client, tool):
    response = client.post(f"{tool.url}verder/")
    assert upload_error(response) == resume.NO_FILE


def test_an_old_file_after_the_questions_changed_names_what_no_longer_fits(client, tool):
    """A file made before a measure and a question were removed: the rest is kept."""
    raw = answers()
    old = {**raw, "maatregelen": {"measures": ["gesprek", "gele-kaart-oud"]}}
    old["norm"] = {**raw["norm"], "vroegere_vraag": "Iets wat wij niet meer vragen"}
    texts = saved.texts_of(raw)
    texts["maatregelen"]["keuzes"]["measures"]["gele-kaart-oud"] = "Een gele kaart (oud)"
    texts["norm"]["vragen"]["vroegere_vraag"] = "Een vraag van vroeger"
    token = signing.dumps(
        {"versie": 1, "antwoorden": old, "teksten": texts}, salt=saved.SALT, compress=True
    )
    content = json.dumps({"ondertekend": token}).encode()

    response = upload(client, tool, "oud.json", content)
    notice = parse(response).select_one(".vp-pt-notice")
    assert wizard.DROPPED in notice.get_text(" ", strip=True)
    assert [item.get_text(strip=True) for item in notice.select("li")] == [
        "De norm: ‘Een vraag van vroeger’",
        "Maatregelen: ‘Welke maatregelen kan uw organisatie nemen?’: Een gele kaart (oud)",
    ]
    carried = carried_answers(response)
    assert carried["maatregelen"] == {"measures": ["gesprek"]}
    assert carried["norm"] == raw["norm"]


def test_an_old_file_with_a_step_that_is_gone_names_its_answers(client, tool):
    raw = answers()
    old = {**raw, "oude-stap": {"vraag": "antwoord"}}
    texts = {"oude-stap": {"titel": "Een oude stap", "vragen": {"vraag": "Wat vroegen wij?"}}}
    token = signing.dumps(
        {"versie": 1, "antwoorden": old, "teksten": texts}, salt=saved.SALT, compress=True
    )
    resumed = saved.load(token)
    assert resumed.dropped == ("Een oude stap: ‘Wat vroegen wij?’",)
    assert resumed.raw_steps == raw


def test_a_file_with_a_step_missing_opens_that_step(client, tool):
    raw = answers()
    del raw["nazorg"]
    content = json.dumps({"ondertekend": saved.dump(raw)}).encode()
    response = upload(client, tool, "half.json", content)
    assert heading(response) == "Nazorg"
    assert "Verder waar u was" in parse(response).select_one(".vp-pt-notice").get_text()


def test_the_first_step_offers_the_upload(client, tool):
    form = parse(client.get(tool.url)).select_one("form.vp-pt-resume__form")
    assert form["action"] == f"{tool.url}verder/"
    assert form["enctype"] == "multipart/form-data"
    field = form.select_one("input[type=file]")
    assert field["accept"] == ".odt,.docx,.json"
    assert form.find("label", {"for": field["id"]})


def test_an_expired_page_says_how_to_go_on_with_a_download(client, tool):
    start = 1_000_000.0
    with mock.patch("django.core.signing.time.time", return_value=start):
        signed = state.dump(answers())
    later = start + state.MAX_AGE_SECONDS + 1
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.post(
            tool.url, {state.FIELD_NAME: signed, wizard.STEP_PARAM: STEPS[2].key}
        )
    notice = parse(response).select_one(".vp-pt-notice")
    assert "langer dan 4 uur niet gebruikt" in notice.get_text()
    assert "Verder met uw antwoorden" in notice.get_text()
    assert parse(response).select_one("#verder form input[type=file]")


@needs_soffice
def test_libreoffice_opens_both_drafts_with_the_answers_in_them(client, tool, tmp_path):
    """The added properties do not break the files: LibreOffice makes a PDF of each."""
    for key in ("odt", "docx"):
        (tmp_path / f"concept-{key}.{key}").write_bytes(download(client, tool, answers(), key))
    soffice(tmp_path, "pdf", "concept-odt.odt", "concept-docx.docx")
    for key in ("odt", "docx"):
        pdf = (tmp_path / "uit" / f"concept-{key}.pdf").read_bytes()
        assert pdf.startswith(b"%PDF") and len(pdf) > 5_000


@needs_soffice
def test_a_draft_saved_again_by_libreoffice_still_resumes(client, tool, tmp_path):
    """What an adviser does: open the draft, edit, save; the answers stay in the properties."""
    raw = answers()
    for key, target in (("odt", "odt"), ("docx", "docx:MS Word 2007 XML")):
        (tmp_path / f"concept.{key}").write_bytes(download(client, tool, raw, key))
        soffice(tmp_path, target, f"concept.{key}")
        saved_again = (tmp_path / "uit" / f"concept.{key}").read_bytes()
        assert saved_again != (tmp_path / f"concept.{key}").read_bytes()
        response = upload(client, tool, f"concept.{key}", saved_again)
        assert heading(response) == "Controleer uw antwoorden", upload_error(response)
        assert carried_answers(response) == raw


def soffice(folder, target, *names):
    """Converts the files in folder with LibreOffice into folder/uit."""
    profile = folder / "profiel"
    result = subprocess.run(  # noqa: S603 - our own arguments
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder / "uit"),
            *(str(folder / name) for name in names),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    return result


def test_a_value_of_one_kind_is_never_accepted_as_the_other(client, tool):
    """The 4-hour field and the kept answers are signed for different purposes."""
    raw = answers()
    page_value = json.dumps({"ondertekend": state.dump(raw)}).encode()
    assert upload_error(upload(client, tool, "pagina.json", page_value)) == saved.TAMPERED
    with pytest.raises(state.StateProblem):
        state.load(saved.dump(raw))
