"""CI's restore check: the smoke-test site (A) was backed up with `manage.py backup_site` and
restored with `restore_site` into a fresh database and media folder, served by a second gunicorn
(B). Every page in A's sitemap, every document and every image those pages link must answer the
same on B, byte for byte.

Usage: python .ci/checks/backup_restore.py http://127.0.0.1:8765 http://127.0.0.1:8766
Exits non-zero on the first difference.
"""

import re
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

LINKED_FILES = re.compile(r'(?:href|src|srcset)="(/(?:documents|media)/[^" ]+)')
# A visitor tool's signed answers carry the moment they were signed (value:timestamp:signature):
# the only part of a page that may differ between two requests.
SIGNED_VALUE = re.compile(rb'(<input type="hidden" name="[^"]+" value=")[^":]*:[^"]*(")')


def comparable(answer):
    status, body = answer
    return status, SIGNED_VALUE.sub(rb"\1(signed)\2", body)


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_for(base):
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if fetch(f"{base}/readyz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    sys.exit(f"FAILED: {base} did not come up")


def main(original, restored):
    wait_for(restored)
    status, sitemap = fetch(f"{original}/sitemap.xml")
    assert status == 200, status
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.decode())]
    if len(paths) < 20:
        sys.exit(f"FAILED: only {len(paths)} pages in the sitemap")
    files = set()
    for path in paths:
        before, after = fetch(original + path), fetch(restored + path)
        if comparable(before) != comparable(after):
            sys.exit(f"FAILED: {path} differs after the restore ({before[0]} -> {after[0]})")
        files.update(LINKED_FILES.findall(before[1].decode()))
    documents = [name for name in files if name.startswith("/documents/")]
    images = [name for name in files if name.startswith("/media/")]
    if not documents or not images:
        sys.exit(f"FAILED: expected documents and images, found {len(documents)} and {len(images)}")
    for name in sorted(files):
        before, after = fetch(original + name), fetch(restored + name)
        if before[0] != 200 or before != after:
            sys.exit(f"FAILED: {name} differs after the restore ({before[0]} -> {after[0]})")
    print(
        f"Restore check passed: {len(paths)} pages, {len(documents)} documents and "
        f"{len(images)} image files the same after backup and restore."
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
