"""RSS feed of the newest practice examples, at /ervaringen-uit-de-praktijk/feed/."""

from core.dates import start_of_day
from core.feeds import FeedItem, feed_response
from core.seo import canonical_url


def practice_feed_response(index_page, request):
    examples = (
        index_page.examples()
        .select_related("organisation_type")
        .order_by("-publication_date", "-first_published_at")[: index_page.feed_size]
    )
    items = [
        FeedItem(
            title=example.title,
            link=canonical_url(example, request),
            description=f"{example.organisation_name}. {example.lead}",
            # The editor's publication date, at the start of that day in Dutch time.
            pubdate=start_of_day(example.publication_date),
            updateddate=example.last_published_at,
            categories=[example.organisation_type.name] if example.organisation_type else [],
        )
        for example in examples
    ]
    return feed_response(
        "rss",
        title=index_page.title,
        link=canonical_url(index_page, request),
        description=index_page.intro,
        feed_url=canonical_url(index_page, request)
        + index_page.reverse_subpage("feed").lstrip("/"),
        items=items,
    )
