"""One forgiving paginator for every listing on the site."""

from django.core.paginator import Paginator


def paginate(request, items, per_page, param="pagina", count=None):
    """Return the requested page of items.

    A missing, malformed or out-of-range page number never raises: it falls back to the first or
    last page, so a mangled link still shows results. `count`, when the caller knows it already
    (kept in a cache), saves the paginator its counting query.
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached_property: this is its value
    raw = request.GET.get(param, "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    number = min(max(number, 1), paginator.num_pages)
    page = paginator.page(number)
    page.page_numbers = list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1))
    query = request.GET.copy()
    query.pop(param, None)
    page.querystring = query.urlencode()
    page.param = param
    return page
