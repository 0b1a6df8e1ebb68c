"""How old addresses are normalised, so that the many ways people write one address match once.

A stored old path and a requested path go through the same `normalise_path`, which makes the
match forgiving the way visitors are: upper or lower case, with or without a trailing slash, with
an `index.html`-style file name, percent-encoded or not, with or without a query string.
"""

import re
from urllib.parse import unquote, urlsplit

from django.conf import settings

# Old content management systems served folders as /folder/index.html, /folder/default.aspx, ...
INDEX_FILE = re.compile(r"^(index|default|home|start)\.(html?|shtml|php\d?|aspx?|jsp|cfm)$")
# ... and pages as /folder/page.html or /folder/page.php.
PAGE_EXTENSION = re.compile(r"\.(html?|shtml|php\d?|aspx?|jsp|cfm)$")
# The Redirect.old_path column holds at most 255 characters.
MAX_PATH_LENGTH = 255


def normalise_path(raw):
    """Return the lower-case, percent-decoded path of raw without suffixes or trailing slash.

    raw may be a path ("/Bij-Incident/Index.html?x=1") or a full address; only its path counts.
    The result always starts with "/" and ends without one, except the root "/" itself.
    """
    raw = raw.strip()
    # A path is cut at its query or fragment; "//a/b" is still a path here, not a host "a".
    path = split_suffix(raw)[0] if raw.startswith("/") else urlsplit(raw).path
    # Decoding twice also undoes the double encoding some old links contain (%2520).
    path = unquote(unquote(path, errors="replace"), errors="replace")
    segments = []
    for segment in path.replace("\\", "/").split("/"):
        segment = segment.strip().lower()
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        segments.append(segment)
    if segments and INDEX_FILE.match(segments[-1]):
        segments.pop()
    if segments:
        segments[-1] = PAGE_EXTENSION.sub("", segments[-1]) or segments[-1]
    # Null characters crash PostgreSQL queries and are never part of a real address.
    return ("/" + "/".join(segments)).replace("\0", "")


def ancestor_paths(path):
    """The path itself and every parent, nearest first: "/a/b" gives ["/a/b", "/a", "/"]."""
    candidates = [path]
    while path != "/":
        path = path.rsplit("/", 1)[0] or "/"
        candidates.append(path)
    return candidates


def canonical_host():
    return (urlsplit(settings.CANONICAL_BASE_URL).hostname or "").lower()


def legacy_hosts():
    """The host names of the old site, without the canonical host (which must never redirect)."""
    canonical = canonical_host()
    return {host.lower() for host in settings.LEGACY_HOSTS if host.lower() != canonical}


def local_part(link):
    """The path (with query and fragment) of link if it points at this site, else None.

    "/preventie/" and "https://<canonical or legacy host>/preventie/" are local; an address on
    another host, or a protocol-relative "//host/..." address, is not.
    """
    parts = urlsplit(link.strip())
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https", ""):
            return None
        host = (parts.hostname or "").lower()
        if not parts.netloc or host not in {canonical_host(), *legacy_hosts()}:
            return None
    elif not parts.path.startswith("/"):
        return None
    local = parts.path or "/"
    if parts.query:
        local += "?" + parts.query
    if parts.fragment:
        local += "#" + parts.fragment
    return local


def split_suffix(local):
    """Split "/documenten/?categorie=x#boven" into ("/documenten/", "?categorie=x#boven")."""
    cut = min((local.find(mark) for mark in "?#" if mark in local), default=len(local))
    return local[:cut], local[cut:]
