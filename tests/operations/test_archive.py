"""Web archiving: a harvest of a small site, read back from the WARC files.

Here the site answers in process (Django's test client, every middleware included); CI harvests
the production stack over HTTP with `manage.py archive_site` (.ci/run).
"""

import pytest
from django.test import Client
from warcio.archiveiterator import ArchiveIterator

from operations.archive import harvest, should_harvest
from tests.core.factories import DocumentFactory
from tests.sample_site import build_sample_site

HOST = "www.veiligepubliekedienstverlening.nl"
BASE = f"https://{HOST}"
PDF = b"%PDF-1.4\n% checklist nazorg\n%%EOF\n"


def read_back(paths):
    records = {}
    for path in paths:
        with path.open("rb") as stream:
            assert stream.read(8) == b"WARC/1.0"  # uncompressed, as the guideline asks
            stream.seek(0)
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    records[uri] = (
                        record.http_headers.get_statuscode(),
                        record.content_stream().read(),
                    )
    return records


@pytest.fixture
def site(db, settings):
    settings.CANONICAL_BASE_URL = BASE
    # Static files as production serves them (WhiteNoise), here straight from the source folders.
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    pages = build_sample_site()
    DocumentFactory(title="Checklist nazorg", file__data=PDF, file__filename="checklist.pdf")
    return pages


def fetch_in_process():
    client = Client(HTTP_HOST=HOST)

    def fetch(path):
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return response.status_code, response.reason_phrase, list(response.items()), body

    return fetch


def test_the_whole_site_is_harvested_and_reads_back(site, tmp_path):
    paths, count, _size = harvest(BASE, fetch_in_process(), tmp_path)
    records = read_back(paths)
    assert len(records) == count and len(paths) == 1
    status, home = records[f"{BASE}/"]
    assert status == "200" and b"<html" in home
    for page in (site.prevention, site.library, site.example):
        assert records[BASE + page.url][0] == "200", page.url
    documents = {uri: body for uri, (status, body) in records.items() if "/documents/" in uri}
    assert PDF in documents.values()
    assert any(uri.endswith(".css") for uri in records)  # what the pages need to look right
    # The script modules that main.js loads (by import(), not by a link in the page).
    assert {uri.rsplit("/", 1)[-1] for uri in records if uri.endswith(".js")} >= {
        "main.js",
        "filters.js",
        "video.js",
    }
    assert not [uri for uri in records if "/admin/" in uri or "/zoeken/" in uri]


def test_warc_files_keep_to_their_size(site, tmp_path):
    paths, count, _ = harvest(BASE, fetch_in_process(), tmp_path, max_bytes=60_000)
    assert len(paths) > 1
    for path in paths:
        records_in_file = sum(1 for _ in ArchiveIterator(path.open("rb")))
        # Over the limit only when one answer alone is larger than a file may be.
        assert path.stat().st_size <= 60_000 or records_in_file == 2, path
    assert len(read_back(paths)) == count


def test_filter_combinations_are_left_out_but_listing_pages_kept():
    assert should_harvest("/ervaringen-uit-de-praktijk/?pagina=2")
    assert not should_harvest("/ervaringen-uit-de-praktijk/?provincie=utrecht")
    assert not should_harvest("/zoeken/?q=agressie")
    assert not should_harvest("/admin/")
