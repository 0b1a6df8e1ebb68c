"""Which live pages of the new site answer which paths, in one query for many paths."""

from urllib.parse import urlsplit

from wagtail.models import Page, Site

from legacy.paths import canonical_host


def site_root_path():
    """The url_path of the home page of the site that CANONICAL_BASE_URL serves, e.g. "/home/".

    Wagtail caches the site root paths, so this normally costs no query.
    """
    root_paths = Site.get_site_root_paths()
    if not root_paths:
        return None
    if len(root_paths) == 1:
        return root_paths[0].root_path
    host = canonical_host()
    for root in root_paths:
        if urlsplit(root.root_url).hostname == host:
            return root.root_path
    default = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return default.root_page.url_path if default else root_paths[0].root_path


def url_path_for(path, root_path):
    """The Page.url_path that serves the normalised path: "/preventie" -> "/home/preventie/"."""
    return root_path if path == "/" else root_path + path.strip("/") + "/"


def public_path(url_path, root_path):
    """The public path of a page with url_path, or None if it lies outside the site."""
    if not url_path.startswith(root_path):
        return None
    return "/" + url_path[len(root_path) :]


def live_page_paths(paths, root_path=None):
    """Map each normalised path in paths that a live page answers to that page's public path."""
    root_path = root_path or site_root_path()
    if root_path is None or not paths:
        return {}
    by_url_path = {url_path_for(path, root_path): path for path in paths}
    found = Page.objects.live().filter(url_path__in=by_url_path).values_list("url_path", flat=True)
    return {by_url_path[url_path]: public_path(url_path, root_path) for url_path in found}


def live_pages(paths, root_path):
    """{normalised path: Page} for the live pages among paths, in one query."""
    if root_path is None or not paths:
        return {}
    url_paths = {url_path_for(path, root_path): path for path in paths}
    pages = Page.objects.live().filter(url_path__in=url_paths)
    return {url_paths[page.url_path]: page for page in pages}


def all_live_page_paths(root_path=None):
    """Every live page of the site, as {normalised path: public path}, in one query."""
    root_path = root_path or site_root_path()
    if root_path is None:
        return {}
    url_paths = (
        Page.objects.live()
        .filter(url_path__startswith=root_path)
        .values_list("url_path", flat=True)
    )
    result = {}
    for url_path in url_paths:
        public = public_path(url_path, root_path)
        result[public.rstrip("/").lower() or "/"] = public
    return result
