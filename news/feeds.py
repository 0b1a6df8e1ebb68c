"""RSS and Atom feeds of the news overview, at /actueel/feed/ and /actueel/feed/atom/."""

from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from search.seo import canonical_url

FEED_SIZE = 20
FEED_CLASSES = {
    "rss": (Rss201rev2Feed, "application/rss+xml; charset=utf-8"),
    "atom": (Atom1Feed, "application/atom+xml; charset=utf-8"),
}


def news_feed_response(index_page, request, kind):
    feed_class, content_type = FEED_CLASSES[kind]
    index_url = canonical_url(index_page, request)
    feed = feed_class(
        title=f"{index_page.title} – Veilige publieke dienstverlening",
        link=index_url,
        description=index_page.intro or "Nieuws over het voorkomen en aanpakken van agressie.",
        language="nl",
        feed_url=index_url + ("feed/atom/" if kind == "atom" else "feed/"),
    )
    for item in index_page.news_items()[:FEED_SIZE]:
        link = canonical_url(item, request)
        feed.add_item(
            title=item.title,
            link=link,
            description=item.intro,
            unique_id=link,
            pubdate=item.published_datetime,
            updateddate=item.last_published_at,
        )
    response = HttpResponse(content_type=content_type)
    feed.write(response, "utf-8")
    return response
