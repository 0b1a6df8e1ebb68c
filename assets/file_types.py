"""Does an uploaded file's content match its extension?

Browsers and Wagtail trust the name: a web page renamed to .pdf would be served as a PDF from
our own host. So the first bytes are read (and, for office files, the list of parts inside the
zip container) and compared with what a file of that kind always contains.
"""

import zipfile
from pathlib import PurePath

# How each kind of file starts. Office files are zip containers and are checked on their parts.
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
OFFICE_OPEN_XML_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
OPEN_DOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
# Formats that are never text, to recognise a binary file that was renamed to .txt or .csv.
BINARY_SIGNATURES = (b"MZ", b"\x7fELF", b"%PDF-", *ZIP_SIGNATURES, b"\x89PNG", b"\xff\xd8\xff")
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<?xml")
HEAD_LENGTH = 2048
# An office file or zip is a compressed archive. Real documents unpack to a few times their size;
# a "zip bomb" unpacks to gigabytes and would fill the disk or memory of whatever opens it.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_UNPACK_RATIO = 100
MAX_ARCHIVE_MEMBERS = 10_000
UNPACK_CHUNK = 1024 * 1024

KIND_NAMES = {
    "pdf": "PDF-bestand",
    "docx": "Word-document",
    "xlsx": "Excel-werkmap",
    "pptx": "PowerPoint-presentatie",
    "odt": "OpenDocument-tekst",
    "ods": "OpenDocument-rekenblad",
    "rtf": "RTF-document",
    "zip": "zip-bestand",
    "txt": "tekstbestand",
    "csv": "CSV-bestand",
}


class ContentMismatch(ValueError):
    """The content is not what the extension says; the message is for the editor."""


def extension_of(name):
    return PurePath(name or "").suffix.lower().lstrip(".")


def check_document_content(uploaded_file):
    """Raise ContentMismatch with a Dutch message when the file's content does not match its
    extension. Leaves the file's read position at the start."""
    extension = extension_of(uploaded_file.name)
    uploaded_file.seek(0)
    head = uploaded_file.read(HEAD_LENGTH)
    uploaded_file.seek(0)
    if not head:
        raise ContentMismatch(
            "Het bestand is leeg. Kies het bestand opnieuw of kies een ander bestand."
        )
    checker = CHECKS.get(extension)
    if checker is None:
        return  # Wagtail's own check already refused extensions that are not allowed.
    if head.startswith(ZIP_SIGNATURES):
        check_archive_size(uploaded_file)
    if not checker(head, uploaded_file):
        kind = KIND_NAMES.get(extension, f".{extension}-bestand")
        raise ContentMismatch(
            f"Dit bestand heet .{extension}, maar de inhoud is geen {kind}. "
            f"Sla het bestand opnieuw op als .{extension} in het programma waarmee je het maakte, "
            "of kies een ander bestand."
        )


def check_archive_size(uploaded_file):
    """Raise ContentMismatch for an archive that unpacks to far more than a document does.

    The sizes in a zip's directory can lie, so the members are really unpacked (and thrown
    away) until the limit is reached: the work is bounded by MAX_UNPACKED_BYTES."""
    compressed = max(uploaded_file.size or 0, 1)
    limit = min(MAX_UNPACKED_BYTES, compressed * MAX_UNPACK_RATIO)
    unpacked = 0
    try:
        archive = zipfile.ZipFile(uploaded_file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        uploaded_file.seek(0)
        return  # Not readable as a zip: the check of the file's kind says so in its own words.
    try:
        members = archive.infolist()
        declared = sum(member.file_size for member in members)
        if len(members) > MAX_ARCHIVE_MEMBERS or declared > limit:
            raise ContentMismatch(_too_large_message())
        for member in members:
            with archive.open(member) as content:
                while chunk := content.read(UNPACK_CHUNK):
                    unpacked += len(chunk)
                    if unpacked > limit:
                        raise ContentMismatch(_too_large_message())
    except ContentMismatch:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        # A part that does not unpack to what the directory says (a wrong checksum or size).
        raise ContentMismatch(
            "Dit bestand is beschadigd: een deel ervan kan niet worden uitgepakt. Sla het "
            "document opnieuw op of kies een ander bestand."
        ) from error
    finally:
        archive.close()
        uploaded_file.seek(0)


def _too_large_message():
    return (
        "Dit bestand is ingepakt en wordt uitgepakt veel groter dan een document kan zijn. "
        "Zo'n bestand kan computers laten vastlopen. Sla het document opnieuw op of kies een "
        "ander bestand."
    )


def _is_pdf(head, _file):
    # The PDF specification allows a little junk before the header; nothing else.
    return b"%PDF-" in head[:1024]


def _zip_names(uploaded_file):
    """The names in a zip container, or None when it is not a readable zip file."""
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        uploaded_file.seek(0)


def _is_zip(head, uploaded_file):
    return head.startswith(ZIP_SIGNATURES) and _zip_names(uploaded_file) is not None


def _office_open_xml(extension):
    def check(head, uploaded_file):
        if not head.startswith(ZIP_SIGNATURES):
            return False
        names = _zip_names(uploaded_file) or set()
        return "[Content_Types].xml" in names and OFFICE_OPEN_XML_PARTS[extension] in names

    return check


def _open_document(extension):
    def check(head, uploaded_file):
        if not head.startswith(ZIP_SIGNATURES):
            return False
        try:
            with zipfile.ZipFile(uploaded_file) as archive:
                return archive.read("mimetype").strip() == OPEN_DOCUMENT_TYPES[extension]
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            return False
        finally:
            uploaded_file.seek(0)

    return check


def _is_rtf(head, _file):
    return head.lstrip().startswith(b"{\\rtf")


def _is_text(head, _file):
    if head.startswith(BINARY_SIGNATURES) or b"\x00" in head:
        return False
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(HTML_STARTS):
        return False  # A web page or markup, not plain text.
    for encoding in ("utf-8", "cp1252"):
        try:
            # The head may end in the middle of a character.
            head.decode(encoding)
            return True
        except UnicodeDecodeError as error:
            if error.start >= len(head) - 3:
                return True
    return False


CHECKS = {
    "pdf": _is_pdf,
    "zip": _is_zip,
    "docx": _office_open_xml("docx"),
    "xlsx": _office_open_xml("xlsx"),
    "pptx": _office_open_xml("pptx"),
    "odt": _open_document("odt"),
    "ods": _open_document("ods"),
    "rtf": _is_rtf,
    "txt": _is_text,
    "csv": _is_text,
}
