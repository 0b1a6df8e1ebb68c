"""The site search at /zoeken/."""

from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.utils.text import Truncator
from django.views.decorators.http import require_safe
from wagtail.models import Site

from core.pagination import paginate
from core.query import MAX_QUERY_LENGTH, clean_query
from pagecache.fragments import KeptSlices, text_part
from themes.models import ThemePage

from .excerpts import highlight_pattern
from .promotions import find_query, kept_promoted_results
from .results import SEARCH_KINDS, SEARCH_RESULT_PAGES, SiteSearch, hit_of

PER_PAGE = 10
QUERY_PARAM = "q"
KIND_PARAM = "soort"
PAGE_PARAM = "pagina"


@require_safe
def search(request):
    query = clean_query(request.GET.get(QUERY_PARAM, ""))
    context = {
        "search_query": query.text,
        "query": query,
        "max_query_length": MAX_QUERY_LENGTH,
        "meta_title": "Zoeken",
    }
    if query.has_words:
        context.update(search_results(request, query))
    if query.is_empty or not context.get("total"):
        context["suggested_pages"] = suggested_pages()
    response = TemplateResponse(request, "search/search.html", context)
    # Results pages are never indexed; the template says so as well.
    response["X-Robots-Tag"] = "noindex"
    return response


def search_results(request, query):
    site = Site.find_for_request(request)
    site_search = SiteSearch(query, site)
    # The counts per kind are the same on every page of results and for every visitor: counted
    # once per search and generation (two full-text queries fewer on the next page or visit).
    kinds = SEARCH_KINDS.get(request, site_search.kinds, site.pk if site else 0, terms_key(query))
    requested_kind = request.GET.get(KIND_PARAM, "")
    chosen = requested_kind if requested_kind in {kind.value for kind in kinds} else ""
    # A page of results, as shown (with its excerpts), is kept per search and generation: the
    # next visitor runs no ranking query and reads no page texts.
    pattern = highlight_pattern(query.terms)
    results = KeptSlices(
        SEARCH_RESULT_PAGES,
        request,
        lambda: site_search.results(kinds, chosen),
        sum(kind.count for kind in kinds if kind.value == chosen or not chosen),
        site.pk if site else 0,
        request.get_host(),
        terms_key(query),
        chosen,
        keep=lambda items: site_search.present([hit_of(item) for item in items], request, pattern),
    )
    results_page = paginate(request, results, PER_PAGE, PAGE_PARAM)
    # Links keep the cleaned query, never the raw input.
    results_page.querystring = querystring(query.text, chosen)
    is_first_view = results_page.number == 1 and not chosen

    # Only a visitor's first view of a search counts for the search-terms report.
    if is_first_view and not request.GET.get(PAGE_PARAM):
        find_query(query.text, record=True)
    promoted = kept_promoted_results(query.text, request) if is_first_view else []

    total = sum(kind.count for kind in kinds)
    title = f"Zoekresultaten voor ‘{Truncator(query.text).chars(60)}’"
    if results_page.number > 1:
        title += f" (pagina {results_page.number})"
    return {
        "meta_title": title,
        "total": total,
        "kinds": kinds,
        "chosen_kind": chosen,
        "kind_links": [
            {"kind": kind, "href": "?" + querystring(query.text, kind.value)} for kind in kinds
        ],
        "all_href": "?" + querystring(query.text, ""),
        "results_page": results_page,
        "results": results_page.object_list,
        "promoted": promoted,
        "first_number": results_page.start_index() if total else 0,
    }


def terms_key(query):
    """The search's words as a short, cache-safe part of a key (they can be any Unicode)."""
    return text_part(" ".join(query.terms))


def querystring(text, kind):
    params = {QUERY_PARAM: text}
    if kind:
        params[KIND_PARAM] = kind
    return urlencode(params)


def suggested_pages():
    return list(ThemePage.objects.live().public().order_by("path"))
