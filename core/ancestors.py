"""The trail of sections above a page, shown as breadcrumbs and given to search engines.

Read once per generation and page; both users share it.
"""

from pagecache.fragments import Fragment

TRAILS = Fragment("ancestors")


def trail_above(page, request):
    def compute():
        site = getattr(request, "_wagtail_site", None)
        home = site.root_page if site is not None else None
        if home is None or home.depth != 2 or not page.path.startswith(home.path):
            return list(page.get_ancestors().filter(depth__gte=2).specific(defer=True))
        # The home page is the site's root, already on the request: a section at the top of the
        # site (a theme, the listing) needs no query, a deeper page only for the steps between.
        if page.depth <= 3:
            return [home]
        return [home, *page.get_ancestors().filter(depth__gt=2).specific(defer=True)]

    if request is None:
        return compute()
    return TRAILS.get(request, compute, page.pk)
