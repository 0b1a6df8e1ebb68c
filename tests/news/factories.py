"""The news index and news items; an item without a parent goes below the site's news index."""

import datetime

import factory
import wagtail_factories

from news.models import NewsIndexPage, NewsPage
from tests.core.factories import stream_json
from tests.home.factories import site_home_page


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home_page)
    title = "Actueel"
    slug = "actueel"
    intro = "Het laatste nieuws."

    class Meta:
        model = NewsIndexPage


def site_news_index(**fields):
    """The site's one news index, created below the home page when there is none yet."""
    return NewsIndexPage.objects.first() or NewsIndexPageFactory(**fields)


class NewsPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_news_index)
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    )
    intro = "Een korte inleiding op het nieuws."
    body = stream_json(("text", "<p>De tekst van het bericht.</p>"))

    class Meta:
        model = NewsPage
