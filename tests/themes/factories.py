"""Theme pages and their topics; a topic without a parent gets a new theme below the home page."""

import factory
import wagtail_factories

from tests.core.factories import stream_json
from tests.home.factories import site_home_page
from themes.models import DocumentLibraryPage, ThemePage, TopicPage


class ThemePageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home_page)
    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = "Wat u moet weten over dit thema."

    class Meta:
        model = ThemePage


class TopicPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(ThemePageFactory)
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    intro = "De eerste alinea van het onderwerp."
    body = stream_json(
        ("heading", {"text": "Wat kunt u doen?", "level": "h2"}), ("text", "<p>Uitleg.</p>")
    )

    class Meta:
        model = TopicPage


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home_page)
    title = "Documenten"
    slug = "documenten"
    intro = "Alle documenten om te downloaden."

    class Meta:
        model = DocumentLibraryPage
