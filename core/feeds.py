"""One way to write the site's RSS and Atom feeds (news, practice examples)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_FORMATS = {
    "rss": (Rss201rev2Feed, "application/rss+xml; charset=utf-8"),
    "atom": (Atom1Feed, "application/atom+xml; charset=utf-8"),
}


@dataclass
class FeedItem:
    title: str
    link: str
    description: str
    pubdate: object
    updateddate: object = None
    categories: list = field(default_factory=list)


def feed_title(section_title):
    """'Actueel – Veilige publieke dienstverlening': the section, then the site's name."""
    return f"{section_title} – {settings.WAGTAIL_SITE_NAME}"


def feed_response(kind, *, title, link, description, feed_url, items):
    """An HTTP response with the feed of items in the format kind ("rss" or "atom")."""
    feed_class, content_type = FEED_FORMATS[kind]
    feed = feed_class(
        title=feed_title(title),
        link=link,
        description=description,
        language="nl",
        feed_url=feed_url,
    )
    for item in items:
        feed.add_item(
            title=item.title,
            link=item.link,
            description=item.description,
            unique_id=item.link,
            pubdate=item.pubdate,
            updateddate=item.updateddate,
            categories=item.categories or None,
        )
    response = HttpResponse(content_type=content_type)
    feed.write(response, "utf-8")
    return response
