"""The draft and its annexes in one zip: each annex is a document of its own, in the same
format as the draft, so an adviser can send a model letter without the whole protocol."""

import io
import zipfile

from django.utils.text import slugify

BUNDLE_CONTENT_TYPE = "application/zip"


def annex_filename(number, annex, document_format):
    """ "bijlage-2-voorbeeldbrief-gele-kaart.odt": numbered, so the files sort like the list."""
    name = slugify(annex.title)[:60].strip("-") or "bijlage"
    return f"bijlage-{number}-{name}.{document_format.extension}"


def bundle_filename(draft, document_format):
    stem = document_format.filename(draft).rsplit(".", 1)[0]
    return f"{stem}-met-bijlagen-{document_format.extension}.zip"


def render_bundle(document_format, draft, annexes):
    """The bytes of a zip with the draft and every annex, each written by the same writer."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(document_format.filename(draft), document_format.render(draft))
        for number, annex in enumerate(annexes, start=1):
            bundle.writestr(
                annex_filename(number, annex, document_format), document_format.render(annex)
            )
    return output.getvalue()
