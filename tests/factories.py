"""Factories for tests. Pages are created below a parent: ThemePageFactory(parent=home_page)."""

import json

import factory
import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.models import HomePage, StandardPage
from infographic.models import InfographicPage
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


# Infographic ---------------------------------------------------------------------------------


def infographic_step(title, page=None, text="Eén of twee zinnen uitleg.", related=(), anchor=""):
    """One step of an infographic phase, as raw block data. page and related are pages or ids."""
    return {
        "title": title,
        "text": text,
        "page": getattr(page, "pk", page),
        "related_pages": [getattr(item, "pk", item) for item in related],
        "anchor": anchor,
    }


def infographic_phase(title, steps, colour="blauw", icon="schild", text="Wat u in deze fase doet."):
    return {"title": title, "text": text, "colour": colour, "icon": icon, "steps": list(steps)}


def infographic_phases(*phases):
    """StreamField JSON for InfographicPage.phases: infographic_phases(infographic_phase(...), ...)."""
    return json.dumps([{"type": "phase", "value": phase} for phase in phases])


class InfographicPageFactory(wagtail_factories.PageFactory):
    title = "Infographic"
    slug = "infographic"
    intro = "Alle stappen in één oogopslag."
    phases = factory.LazyFunction(
        lambda: infographic_phases(
            infographic_phase("Voorkomen", [infographic_step("Stel een norm")])
        )
    )

    class Meta:
        model = InfographicPage


# Legacy redirects (the legacy app).


class RedirectFactory(factory.django.DjangoModelFactory):
    """A Wagtail redirect, by default permanent, for all sites and without a target."""

    old_path = factory.Sequence(lambda n: f"/oud/pagina-{n}")
    is_permanent = True

    class Meta:
        model = "wagtailredirects.Redirect"


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
