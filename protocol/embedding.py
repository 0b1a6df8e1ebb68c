"""The signed answers inside the downloaded ODT and DOCX, and read back from an uploaded file.

They go into the document's own custom properties (ODT: meta.xml, <meta:user-defined>; DOCX:
docProps/custom.xml), which LibreOffice and Word keep when the adviser edits and saves the
draft, and show under File > Properties. Word keeps at most 255 characters of such a text, so
the signed value is split over numbered properties ("VP-antwoorden-01", "-02", ...).

The writers in formats/ stay unaware of this: the finished file is opened as the ZIP package it
is and the properties are added to it.
"""

import io
import re
import zipfile

from defusedxml import ElementTree

from . import saved

PROPERTY_PREFIX = "VP-antwoorden-"
PART_LENGTH = 250
# The parts we read are a few kilobytes; a larger one (a ZIP bomb, say) is not opened.
MAX_PART_SIZE = 2_000_000

NOT_OURS = (
    "In dit bestand vinden wij geen antwoorden van deze tool. Kies het concept (.odt of .docx) "
    "of het antwoordenbestand (.json) dat u met deze tool downloadde."
)
PDF = (
    "Een PDF bevat uw antwoorden niet. Kies het concept als OpenDocument-tekst (.odt) of Word "
    "(.docx), of het antwoordenbestand (.json)."
)

ODF_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VARIANT_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PROPERTIES_RELATIONSHIP = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
# The format id Office gives every user-defined property.
USER_DEFINED_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
# What a signed value is made of (URL-safe base64, ":" and "."): nothing to escape in XML.
TOKEN_CHARACTERS = re.compile(r"^[A-Za-z0-9_\-:.]+$")


def parts_of(token):
    """(property name, part) for every piece of the signed value, in order."""
    if not TOKEN_CHARACTERS.match(token):
        raise ValueError("not a signed value")
    pieces = [token[start : start + PART_LENGTH] for start in range(0, len(token), PART_LENGTH)]
    return [(f"{PROPERTY_PREFIX}{number:02d}", piece) for number, piece in enumerate(pieces, 1)]


def joined(properties):
    """The signed value from {property name: text}, or None when there are no parts of it."""
    numbered = sorted(
        (int(name[len(PROPERTY_PREFIX) :]), value or "")
        for name, value in properties.items()
        if name.startswith(PROPERTY_PREFIX) and name[len(PROPERTY_PREFIX) :].isdigit()
    )
    return "".join(value.strip() for _number, value in numbered) or None


# Writing ------------------------------------------------------------------------------------


def into_odt(content, token):
    properties = "".join(
        f'<meta:user-defined meta:name="{name}" meta:value-type="string">{piece}</meta:user-defined>'
        for name, piece in parts_of(token)
    )

    def add(meta_xml):
        text = meta_xml.decode()
        if "</office:meta>" in text:
            return text.replace("</office:meta>", properties + "</office:meta>", 1).encode()
        return text.replace(
            "<office:meta/>", f"<office:meta>{properties}</office:meta>", 1
        ).encode()

    return rewritten(content, {"meta.xml": add})


def into_docx(content, token):
    properties = "".join(
        f'<property fmtid="{USER_DEFINED_FMTID}" pid="{pid}" name="{name}">'
        f"<vt:lpwstr>{piece}</vt:lpwstr></property>"
        for pid, (name, piece) in enumerate(parts_of(token), start=2)
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{CUSTOM_PROPERTIES}" xmlns:vt="{VARIANT_TYPES}">{properties}</Properties>'
    ).encode()
    content_type = (
        f'<Override PartName="/docProps/custom.xml" ContentType="{CUSTOM_PROPERTIES_TYPE}"/>'
    )
    relationship = (
        f'<Relationship Id="rIdVpAnswers" Type="{CUSTOM_PROPERTIES_RELATIONSHIP}" '
        'Target="docProps/custom.xml"/>'
    )
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        if "docProps/custom.xml" in package.namelist():
            raise ValueError("the document has custom properties already")
    return rewritten(
        content,
        {
            "[Content_Types].xml": lambda xml: xml.replace(
                b"</Types>", content_type.encode() + b"</Types>", 1
            ),
            "_rels/.rels": lambda xml: xml.replace(
                b"</Relationships>", relationship.encode() + b"</Relationships>", 1
            ),
        },
        added={"docProps/custom.xml": custom},
    )


def rewritten(content, changes, added=None):
    """The ZIP package with some parts changed ({name: function of the bytes}) and some added.
    Order and compression stay as they were: an ODT's "mimetype" must stay first and stored."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename in changes:
                data = changes[info.filename](data)
            target.writestr(info, data, compress_type=info.compress_type)
        for name, data in (added or {}).items():
            target.writestr(name, data)
    return output.getvalue()


# Reading ------------------------------------------------------------------------------------


def token_in(content):
    """The signed answers in an uploaded file (ODT, DOCX or answers file). Raises
    saved.SavedProblem with the reason when there are none."""
    if content.startswith(b"%PDF"):
        raise saved.SavedProblem(PDF)
    if zipfile.is_zipfile(io.BytesIO(content)):
        token = token_in_package(content)
    else:
        token = saved.token_in_answers_file(content)
    if not token:
        raise saved.SavedProblem(NOT_OURS)
    return token


def token_in_package(content):
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            names = set(package.namelist())
            if "meta.xml" in names:
                return joined(odt_properties(read_part(package, "meta.xml")))
            if "docProps/custom.xml" in names:
                return joined(docx_properties(read_part(package, "docProps/custom.xml")))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError):
        raise saved.SavedProblem(NOT_OURS) from None
    return None


def read_part(package, name):
    if package.getinfo(name).file_size > MAX_PART_SIZE:
        raise saved.SavedProblem(NOT_OURS)
    return package.read(name)


def parsed(xml):
    try:
        return ElementTree.fromstring(xml)
    except Exception:  # noqa: BLE001 - defusedxml refuses in several ways; each means "not ours"
        raise saved.SavedProblem(NOT_OURS) from None


def odt_properties(xml):
    return {
        element.get(f"{{{ODF_META}}}name", ""): element.text
        for element in parsed(xml).iter(f"{{{ODF_META}}}user-defined")
    }


def docx_properties(xml):
    properties = {}
    for element in parsed(xml).iter(f"{{{CUSTOM_PROPERTIES}}}property"):
        value = next(iter(element), None)
        properties[element.get("name", "")] = value.text if value is not None else ""
    return properties
