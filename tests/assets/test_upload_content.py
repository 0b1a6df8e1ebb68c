"""Uploads are checked on their content, not only on their name (issue 11, item 9)."""

import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from assets.file_types import ContentMismatch, check_document_content

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert('hallo')</script></body></html>"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def zip_with(*names, mimetype=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", mimetype)
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


DOCX = zip_with("[Content_Types].xml", "word/document.xml")


@pytest.fixture
def editor_client(admin_client):
    return admin_client


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": f"Proef {name}",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def form_errors(response):
    return response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("handreiking.pdf", HTML, "Dit bestand heet .pdf, maar de inhoud is geen PDF-bestand."),
        ("protocol.docx", EXE, "Dit bestand heet .docx, maar de inhoud is geen Word-document."),
        (
            "protocol.docx",
            zip_with("iets.txt"),
            "Dit bestand heet .docx, maar de inhoud is geen Word-document.",
        ),
        ("cijfers.xlsx", DOCX, "Dit bestand heet .xlsx, maar de inhoud is geen Excel-werkmap."),
        ("lijst.csv", EXE, "Dit bestand heet .csv, maar de inhoud is geen CSV-bestand."),
        ("leesmij.txt", HTML, "Dit bestand heet .txt, maar de inhoud is geen tekstbestand."),
        ("leeg.pdf", b"", "leeg"),
    ],
)
def test_a_document_whose_content_does_not_match_is_refused(editor_client, name, content, message):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200  # The form again, with the message.
    assert message in form_errors(response)
    assert not get_document_model().objects.filter(title=f"Proef {name}").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("handreiking.pdf", PDF),
        ("protocol.docx", DOCX),
        (
            "rekenblad.ods",
            zip_with("content.xml", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
        ),
        ("bijlagen.zip", zip_with("a.txt")),
        ("lijst.csv", "naam;plaats\nJosé;Utrecht\n".encode()),
        ("notitie.rtf", b"{\\rtf1\\ansi Hallo}"),
    ],
)
def test_a_document_of_the_right_kind_is_accepted(editor_client, name, content):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 302, form_errors(response)[:2000]
    assert get_document_model().objects.filter(title=f"Proef {name}").exists()


def test_the_multiple_uploader_refuses_html_as_pdf_with_the_message(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("handreiking.pdf", HTML)},
    )
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "de inhoud is geen PDF-bestand" in json.dumps(answer, ensure_ascii=False)
    assert not get_document_model().objects.filter(title="handreiking").exists()


def test_an_image_whose_content_is_html_is_refused_in_dutch(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Proefafbeelding",
            "file": SimpleUploadedFile("foto.png", HTML),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert "Geen geldig" in response.content.decode() or "geen geldig" in response.content.decode()
    assert not get_image_model().objects.filter(title="Proefafbeelding").exists()


def test_the_check_leaves_the_file_ready_to_be_saved():
    upload = SimpleUploadedFile("protocol.docx", DOCX)
    check_document_content(upload)
    assert upload.read() == DOCX
    with pytest.raises(ContentMismatch):
        check_document_content(SimpleUploadedFile("protocol.docx", PDF))


def zip_bomb(unpacked_mb):
    """A .docx with the parts Word needs and one part of `unpacked_mb` MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
        with archive.open("word/media/image1.bin", "w") as member:
            zeros = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(zeros)
    return buffer.getvalue()


def test_a_zip_bomb_dressed_as_a_word_document_is_refused_with_one_message(editor_client):
    bomb = zip_bomb(300)
    assert len(bomb) < 2 * 1024 * 1024  # small to upload, 300 MB once unpacked
    response = upload_document(editor_client, "bom.docx", bomb)
    html = form_errors(response)
    assert response.status_code == 200
    assert "uitgepakt veel groter dan een document kan zijn" in html
    assert "Bestandsextensie" not in html  # no second, false reason
    assert not get_document_model().objects.filter(title="Proef bom.docx").exists()


def test_an_archive_that_lies_about_its_sizes_is_refused():
    """The directory of a zip can claim a small size for a big part; unpacking then breaks off
    with a wrong checksum, and the file is refused as damaged instead of stored."""
    bomb = bytearray(zip_bomb(30))
    name = b"word/media/image1.bin"
    entry = bomb.rfind(b"PK\x01\x02", 0, bomb.rfind(name))  # its central directory entry
    assert bomb[entry + 46 : entry + 46 + len(name)] == name
    bomb[entry + 24 : entry + 28] = (1024).to_bytes(4, "little")  # "uncompressed: 1 kB"
    with pytest.raises(ContentMismatch, match="beschadigd"):
        check_document_content(SimpleUploadedFile("bom.docx", bytes(bomb)))


def test_a_mismatch_gives_one_message_not_a_second_false_one(editor_client):
    response = upload_document(editor_client, "protocol.docx", HTML)
    html = form_errors(response)
    assert "maar de inhoud is geen Word-document" in html
    assert "Bestandsextensie" not in html
