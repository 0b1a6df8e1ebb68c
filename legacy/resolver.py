"""Find the final address for an old path: follow the redirect map to the end, in one step.

The map is Wagtail's Redirect table. A redirect points at a page (which keeps working when the
page moves), at a path on this site, or at another site. A path target that is itself a
redirected old path is followed, so a visitor gets one redirect, never a chain; a loop or a dead
end counts as broken, and the caller then falls back to a shorter (ancestor) path or the home page.

The same code serves the middleware (a few queries per request, whatever the size of the map)
and `check_legacy_redirects` (the whole map in memory). Every redirect applies whatever its
Wagtail site: the project serves one site.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models.functions import Lower
from django.utils.encoding import iri_to_uri
from wagtail.contrib.redirects.models import Redirect

from legacy.pages import all_live_page_paths, live_page_paths, public_path, site_root_path
from legacy.paths import (
    MAX_PATH_LENGTH,
    ancestor_paths,
    local_part,
    normalise_path,
    split_suffix,
)

# More steps than this in one chain means something is wrong with the map.
MAX_STEPS = 10


@dataclass(frozen=True)
class Target:
    """Where a visitor ends up: a path on this site, or a full address on another site."""

    path: str = ""
    url: str = ""
    permanent: bool = True

    def location(self, base_url=None):
        """The Location header: the full address, with CANONICAL_BASE_URL unless base_url is given."""
        base = settings.CANONICAL_BASE_URL if base_url is None else base_url
        return self.url or base + iri_to_uri(self.path)


@dataclass(frozen=True)
class Broken:
    """Why a redirect leads nowhere; the text is shown to editors."""

    reason: str


HOME = Target(path="/")


class DatabaseSource:
    """Looks up just the paths it is asked for: one query for redirects, one for pages."""

    def __init__(self):
        self.root_path = site_root_path()

    def redirects(self, paths):
        found = {}
        # Ordered by id so that the newest redirect for a path wins (an automatic redirect made
        # after a page moved away from an old path is newer than the imported one).
        queryset = (
            Redirect.objects.annotate(match_path=Lower("old_path"))
            .filter(match_path__in=set(paths))
            .select_related("redirect_page")
            .order_by("id")
        )
        for redirect in queryset:
            found[redirect.match_path] = redirect
        return found

    def live_pages(self, paths):
        return live_page_paths(paths, self.root_path)


class SnapshotSource:
    """The whole map and every live page, loaded once (two queries) for checking everything."""

    def __init__(self):
        self.root_path = site_root_path()
        redirects = list(Redirect.objects.select_related("redirect_page").order_by("id"))
        # The newest redirect for a path wins, as in DatabaseSource.
        self.by_path = {redirect.old_path.lower(): redirect for redirect in redirects}
        self.all_redirects = sorted(redirects, key=lambda redirect: redirect.old_path)
        self.pages = all_live_page_paths(self.root_path)

    def redirects(self, paths):
        return {path: self.by_path[path] for path in paths if path in self.by_path}

    def live_pages(self, paths):
        return {path: self.pages[path] for path in paths if path in self.pages}


def link_path(redirect):
    """The normalised local path a redirect_link points at, or None."""
    if redirect.redirect_page_id or not redirect.redirect_link:
        return None
    local = local_part(redirect.redirect_link)
    return normalise_path(local) if local else None


def follow(redirect, source, pages=None):
    """Follow redirect to its final Target, or return Broken with the reason.

    pages may hold live page paths already looked up, to save a query.
    """
    pages = dict(pages or {})
    permanent = redirect.is_permanent
    seen = [normalise_path(redirect.old_path)]
    while True:
        if redirect.redirect_page_id:
            return _page_target(redirect, source, permanent)
        if not redirect.redirect_link:
            return Broken("de doorverwijzing heeft geen doel")
        local = local_part(redirect.redirect_link)
        if local is None:
            return Target(url=redirect.redirect_link, permanent=permanent)
        path_part, suffix = split_suffix(local)
        path = normalise_path(path_part)
        if path not in pages:
            pages.update(source.live_pages([path]))
        if path in pages:
            return Target(path=pages[path] + suffix, permanent=permanent)
        if path in seen:
            return Broken("kringverwijzing: " + " → ".join([*seen, path]))
        if len(seen) > MAX_STEPS:
            return Broken(f"meer dan {MAX_STEPS} tussenstappen: " + " → ".join(seen))
        next_redirect = source.redirects([path]).get(path)
        if next_redirect is None:
            return Broken(f"op {path_part} staat geen gepubliceerde pagina")
        seen.append(path)
        permanent = permanent and next_redirect.is_permanent
        redirect = next_redirect


def _page_target(redirect, source, permanent):
    page = redirect.redirect_page
    if not page.live:
        return Broken(f"de pagina '{page.title}' is niet gepubliceerd")
    path = public_path(page.url_path, source.root_path or "/")
    if path is None:
        return Broken(f"de pagina '{page.title}' hoort niet bij deze site")
    if redirect.redirect_page_route_path:
        path = path.rstrip("/") + redirect.redirect_page_route_path
    return Target(path=path, permanent=permanent)


def resolve(requested_path, source, *, legacy_host):
    """The Target for a requested path, or None when nothing should redirect.

    On a legacy host every path goes somewhere: the exact match, else the nearest ancestor that
    is mapped or is a page of the new site, else the home page.

    On the site's own host this only runs for paths no page answers (404s). Then the exact path
    may match in a forgiving way (case, suffixes), and an ancestor only if it is an old path that
    an editor mapped on purpose: never the root, never an automatic redirect, never just a page.
    That keeps a mistyped /preventie/iets a normal 404 instead of a silent jump elsewhere.
    """
    path = normalise_path(requested_path)
    # Longer paths cannot be stored as an old path; this also bounds the size of the queries.
    candidates = [c for c in ancestor_paths(path) if len(c) <= MAX_PATH_LENGTH]
    redirects = source.redirects(candidates)
    link_paths = [p for p in (link_path(r) for r in redirects.values()) if p]
    pages = source.live_pages(candidates + link_paths)

    for depth, candidate in enumerate(candidates):
        exact = depth == 0
        redirect = redirects.get(candidate)
        if redirect and (legacy_host or exact or _is_legacy_prefix(redirect, candidate)):
            target = follow(redirect, source, pages)
            if isinstance(target, Target):
                return target
        if candidate in pages and (legacy_host or exact):
            return Target(path=pages[candidate])
    return HOME if legacy_host else None


def _is_legacy_prefix(redirect, path):
    return path != "/" and not redirect.automatically_created
