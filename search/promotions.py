"""Editors' promoted results (Instellingen > Uitgelichte zoekresultaten) and the record of what
visitors search for (Rapporten > Zoektermen)."""

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.seo import page_description
from pagecache.fragments import Fragment, text_part

from .results import Result, kind_of_model

# The editors' picks for a search, as shown, per host: a change to a pick bumps the generation.
PROMOTED_RESULTS = Fragment("promoted-results")


def find_query(text, record):
    """The stored query for text. Recording creates it and counts one search for today."""
    if record:
        query = Query.get(text)
        count_hit(query)
        return query
    return Query.objects.filter(query_string=normalise_query_string(text)).first()


def kept_promoted_results(text, request):
    """promoted_results() for the stored query of text, kept per query and generation."""
    stored_as = normalise_query_string(text)
    return PROMOTED_RESULTS.get(
        request,
        lambda: promoted_results(find_query(text, record=False), request),
        text_part(stored_as),
        request.get_host(),
    )


def count_hit(query):
    """Query.add_hit() in one query instead of two on every search after the first of the day."""
    today = timezone.now().date()
    hits = QueryDailyHits.objects.filter(query=query, date=today)
    if not hits.update(hits=F("hits") + 1):
        _, created = QueryDailyHits.objects.get_or_create(
            query=query, date=today, defaults={"hits": 1}
        )
        if not created:  # another search counted the first hit in the meantime
            hits.update(hits=F("hits") + 1)


def promoted_results(query, request):
    """The editors' picks for a query, in their order, skipping pages that are not public."""
    if query is None:
        return []
    picks = list(query.editors_picks.all())
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    pages = {
        page.pk: page for page in Page.objects.live().public().filter(pk__in=page_ids).specific()
    }
    results = []
    for pick in picks:
        if pick.page_id:
            page = pages.get(pick.page_id)
            if page is not None:
                results.append(
                    Result(
                        title=page.title,
                        url=page.get_url(request),
                        kind_label=kind_of_model(type(page))[1],
                        excerpt=pick.description or page_description(page),
                    )
                )
        elif pick.external_link_url:
            results.append(
                Result(
                    title=pick.external_link_text or pick.external_link_url,
                    url=pick.external_link_url,
                    kind_label="Andere website",
                    excerpt=pick.description,
                )
            )
    return results
