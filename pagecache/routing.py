"""Finding the page for an address in one query, kept per generation (for the site's root page)."""

from wagtail.models import Page

from .fragments import MISSING, Fragment

# The page at a page's own address, by the root page and the address.
ROUTES = Fragment("route")


class SlugRoutingMixin:
    """For the root page of a site: routes every address below it with one query.

    Wagtail walks down the tree with two queries per level. The deepest live page whose address
    starts the requested one is found in one query instead; it routes the rest (a sub-address of
    a routable page, or a 404) as Wagtail would.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        deepest = self._deepest_live_page(request, path_components)
        if deepest is None:
            return super().route(request, path_components)
        return deepest.route(request, path_components[deepest.depth - self.depth :])

    def _deepest_live_page(self, request, path_components):
        """The specific page; for the address of a page itself it is kept per generation (every
        filter or page number of a listing routes to it again). Other addresses are not kept:
        made-up ones would fill the cache."""
        address = self.url_path + "/".join(path_components) + "/"
        parts = (self.pk, address)
        found = ROUTES.lookup(request, *parts)
        if found is not MISSING:
            return found
        prefixes = [
            self.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        deepest = (
            # url_path has no index; every candidate's slug is one of the components, and the
            # slug has one: the database looks at a few rows, not at every page of the site.
            Page.objects.filter(
                slug__in=path_components,
                url_path__in=prefixes,
                live=True,
                path__startswith=self.path,
            )
            .order_by("-depth")
            .first()
        )
        if deepest is None:
            return None
        deepest = deepest.specific
        if deepest.url_path == address:
            ROUTES.store(request, deepest, *parts)
        return deepest
