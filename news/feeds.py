"""RSS and Atom feeds of the news overview, at /actueel/feed/ and /actueel/feed/atom/."""

from core.feeds import FeedItem, feed_response
from core.seo import canonical_url

FEED_SIZE = 20


def news_feed_response(index_page, request, kind):
    index_url = canonical_url(index_page, request)
    items = [
        FeedItem(
            title=item.title,
            link=canonical_url(item, request),
            description=item.intro,
            pubdate=item.published_datetime,
            updateddate=item.last_published_at,
        )
        for item in index_page.news_items()[:FEED_SIZE]
    ]
    return feed_response(
        kind,
        title=index_page.title,
        link=index_url,
        description=index_page.intro or "Nieuws over het voorkomen en aanpakken van agressie.",
        feed_url=index_url + ("feed/atom/" if kind == "atom" else "feed/"),
        items=items,
    )
