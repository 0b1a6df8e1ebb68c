"""The news items of Actueel, the newest first (as on /actueel/ and in its feeds)."""

import datetime

from ninja import Query
from pydantic import Field

from news.models import NewsIndexPage

from ..pagination import PageParams, collection, page_info, page_of
from ..params import reject_unknown
from ..schemas import ApiModel, Collection
from ..site import page_url, published
from . import resource_router

router = resource_router("Nieuws")


class NewsItem(ApiModel):
    slug: str
    title: str
    intro: str = Field(description="Twee of drie zinnen: wat is het nieuws?")
    publication_date: datetime.date
    url: str = Field(description="Het bericht op de website.")


class NewsCollection(Collection):
    items: list[NewsItem]


@router.get("/news", response=NewsCollection, summary="Nieuws")
def list_news(request, params: Query[PageParams]):
    """De nieuwsberichten, de nieuwste eerst."""
    reject_unknown(request, PageParams)
    index = published(NewsIndexPage, request).first()
    if index is None:
        return collection(request, page_info(params, 0), [])
    info, items = page_of(params, index.news_items())
    return collection(
        request,
        info,
        [
            NewsItem(
                slug=item.slug,
                title=item.title,
                intro=item.intro,
                publication_date=item.publication_date,
                url=page_url(item, request),
            )
            for item in items
        ],
    )
