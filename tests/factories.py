"""Factories for tests. Pages are created below a parent: ThemePageFactory(parent=home_page)."""

import json

import factory
import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.models import HomePage, StandardPage
from themes.models import ThemePage, TopicPage


def body(*blocks):
    """StreamField JSON for a body: body(("text", "<p>Hallo</p>"), ...)."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = get_document_model()


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Veilige publieke dienstverlening"
    intro = "Informatie over agressie tegen medewerkers met een publieke taak."
    entries = "[]"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Servicepagina {n}")
    intro = "Een korte inleiding."
    body = body(("text", "<p>Tekst van de servicepagina.</p>"))

    class Meta:
        model = StandardPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = "Wat u moet weten over dit thema."

    class Meta:
        model = ThemePage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    intro = "De eerste alinea van het onderwerp."
    body = body(
        ("heading", {"text": "Wat kunt u doen?", "level": "h2"}), ("text", "<p>Uitleg.</p>")
    )

    class Meta:
        model = TopicPage


# News (news app).
import datetime  # noqa: E402

from news.models import NewsIndexPage, NewsPage  # noqa: E402


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actueel"
    intro = "Het laatste nieuws."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    )
    intro = "Een korte inleiding op het nieuws."
    body = body(("text", "<p>De tekst van het bericht.</p>"))

    class Meta:
        model = NewsPage
