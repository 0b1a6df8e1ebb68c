"""RSS feed of the newest practice examples, at /ervaringen-uit-de-praktijk/feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed


class PracticeExampleFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "nl"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} – Veilige publieke dienstverlening"

    def link(self):
        return self.index_page.get_url(self.request)

    def feed_url(self):
        return self.index_page.feed_url(self.request)

    def description(self):
        return self.index_page.intro

    def items(self):
        return (
            self.index_page.examples()
            .select_related("organisation_type")
            .order_by("-publication_date", "-first_published_at")[: self.index_page.feed_size]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{item.organisation_name}. {item.lead}"

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # The editor's publication date, at the start of that day in Dutch time.
        start_of_day = datetime.datetime.combine(item.publication_date, datetime.time.min)
        return timezone.make_aware(start_of_day)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.organisation_type.name] if item.organisation_type else []
