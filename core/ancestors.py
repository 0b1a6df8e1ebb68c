"""The trail of sections above a page, shown as breadcrumbs and given to search engines.

Read once per generation and page; both users share it.
"""

from .cache import fragments


def trail_above(page, request):
    def compute():
        return list(page.get_ancestors().filter(depth__gte=2).specific(defer=True))

    if request is None:
        return compute()
    return fragments.for_request(request, "ancestors", compute, page.pk)
