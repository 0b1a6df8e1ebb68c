"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): every upload, also in the multiple
uploader and the chooser, is checked on its content, not only on its name.

In core, next to assets.file_types: the assets app (the image and document models) sits on the
same layer as core and does not import it."""

from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

from assets.file_types import ContentMismatch, check_document_content


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # Only a new upload; an unchanged file on the edit form was checked when it came in.
        if uploaded and "file" in self.changed_data:
            try:
                check_document_content(uploaded)
            except ContentMismatch as mismatch:
                raise ValidationError(str(mismatch), code="content_mismatch") from mismatch
        return uploaded
