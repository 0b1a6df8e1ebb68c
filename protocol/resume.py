"""Going on where the adviser left off: the answers read from an uploaded draft or answers file.

The upload is held in memory only, up to MAX_UPLOAD_BYTES, and forgotten after the answer: no
temporary file, nothing kept. A bigger file is read no further than the limit.
"""

import contextlib
import io

from django.core.exceptions import RequestDataTooBig, TooManyFilesSent
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http.multipartparser import MultiPartParserError

from . import embedding, saved

FIELD_NAME = "bestand"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ACCEPTED = ".odt,.docx,.json"

NO_FILE = (
    "Kies eerst het bestand met uw antwoorden: het concept (.odt of .docx) of het "
    "antwoordenbestand (.json) dat u met deze tool downloadde."
)
TOO_BIG = (
    "Dit bestand is groter dan 5 MB. Een concept van deze tool is veel kleiner: kies het concept "
    "(.odt of .docx) of het antwoordenbestand (.json) dat u met deze tool downloadde."
)


class LimitedMemoryUploadHandler(FileUploadHandler):
    """Keeps uploaded files in memory while together they stay under the limit."""

    def __init__(self, request=None, limit=MAX_UPLOAD_BYTES):
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.too_big = False
        self.buffer = None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.buffer = io.BytesIO()

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.too_big = True
            self.buffer = None
        if self.buffer is not None:
            self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        if self.buffer is None:
            return None
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            self.buffer,
            self.field_name,
            self.file_name,
            self.content_type,
            file_size,
            self.charset,
            self.content_type_extra,
        )


def read_upload(request):
    """(saved.Resumed, the file's name) from the request's file. Raises saved.SavedProblem."""
    handler = LimitedMemoryUploadHandler(request)
    # An AttributeError: the body was read already; the size is still checked below.
    with contextlib.suppress(AttributeError):
        request.upload_handlers = [handler]
    try:
        upload = request.FILES.get(FIELD_NAME)
    except (RequestDataTooBig, TooManyFilesSent):
        raise saved.SavedProblem(TOO_BIG) from None
    except MultiPartParserError:
        raise saved.SavedProblem(NO_FILE) from None
    if handler.too_big or (upload is not None and upload.size > MAX_UPLOAD_BYTES):
        raise saved.SavedProblem(TOO_BIG)
    if upload is None or not upload.size:
        raise saved.SavedProblem(NO_FILE)
    content = upload.read(MAX_UPLOAD_BYTES + 1)
    return saved.load(embedding.token_in(content)), upload.name
