"""Reads back the WARC files of `manage.py archive_site` (CI harvests the smoke-test site): every
page of the sitemap is in them with a 200, and so are images, documents, style sheets and scripts.

Usage: python .ci/checks/warc_readback.py FOLDER BASE_URL
"""

import re
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator


def responses(folder):
    found = {}
    for path in sorted(Path(folder).glob("*.warc")):
        with path.open("rb") as stream:
            if stream.read(8) != b"WARC/1.0":
                sys.exit(f"{path.name}: not an uncompressed WARC file")
            stream.seek(0)
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    found[uri] = (
                        record.http_headers.get_statuscode(),
                        record.content_stream().read(),
                    )
    return found


def main(folder, base_url):
    found = responses(folder)
    sitemap = found.get(f"{base_url}/sitemap.xml", ("", b""))[1].decode()
    pages = re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", sitemap)
    missing = [page for page in pages if found.get(page, ("",))[0] != "200"]
    kinds = {
        "images": [
            uri for uri in found if "/media/images/" in uri or "/media/original_images/" in uri
        ],
        "documents": [uri for uri in found if "/documents/" in uri],
        "style sheets": [uri for uri in found if uri.endswith(".css")],
        "scripts": [uri for uri in found if uri.endswith(".js")],
    }
    print(f"{len(found)} answers in the WARC files; {len(pages)} sitemap pages; "
          + ", ".join(f"{len(uris)} {kind}" for kind, uris in kinds.items()))  # fmt: skip
    problems = [f"sitemap page not archived with 200: {page}" for page in missing]
    problems += [f"no {kind} archived" for kind, uris in kinds.items() if not uris]
    if len(kinds["scripts"]) < 5:
        problems.append("not every script module archived (main.js and the four it loads)")
    if not pages:
        problems.append("no sitemap in the archive")
    if problems:
        sys.exit("Web archive check failed:\n- " + "\n- ".join(problems[:20]))
    print("Web archive check passed.")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2].rstrip("/"))
