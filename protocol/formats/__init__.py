"""The draft protocol as a file to download: ODT, DOCX and PDF, written from one `Draft`.

ODT comes first: ODF is on the Dutch government's list of open standards ("pas toe of leg
uit"), so it is the format we offer before the others. No writer needs an office suite.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.text import slugify

from ..draft import Draft
from . import docx, odt, pdf


@dataclass(frozen=True)
class DocumentFormat:
    key: str
    extension: str
    content_type: str
    label: str
    render: Callable[[Draft], bytes]

    @property
    def bundle_label(self):
        """The button of the zip with the draft and its annexes in this format."""
        return f"Concept en bijlagen in {self.extension.upper()} (.zip)"

    def filename(self, draft):
        """The download's name, e.g. "agressieprotocol-gemeente-voorbeeldstad.odt"."""
        name = slugify(f"{draft.title} {draft.organisation}")[:80].strip("-") or "protocol"
        return f"{name}.{self.extension}"


FORMATS = {
    document_format.key: document_format
    for document_format in (
        DocumentFormat("odt", "odt", odt.CONTENT_TYPE, "OpenDocument-tekst (.odt)", odt.render_odt),
        DocumentFormat("docx", "docx", docx.CONTENT_TYPE, "Word (.docx)", docx.render_docx),
        DocumentFormat("pdf", "pdf", pdf.CONTENT_TYPE, "PDF", pdf.render_pdf),
    )
}
