"""Themes (Voorkomen, Handelen bij een incident, ...) and their topics, in the site's order."""

import datetime
from urllib.parse import quote

from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber, Substr
from ninja import Path, Query
from pydantic import Field
from wagtail.models import Page

from themes.models import ThemePage, TopicPage

from ..pagination import PageParams, collection, page_of
from ..params import Params, reject_unknown
from ..problems import InvalidParam, Problem, invalid, shown_value
from ..schemas import ApiModel, Collection, Link, SelfLinks
from ..site import api_link, is_slug, page_url, published
from . import resource_router

themes_router = resource_router("Thema's")
topics_router = resource_router("Onderwerpen")


class ThemeLinks(ApiModel):
    self_: Link = Field(alias="self", description="Dit thema in de API, met zijn onderwerpen.")
    topics: Link = Field(description="De onderwerpen van dit thema als lijst.")


class Theme(ApiModel):
    links: ThemeLinks = Field(alias="_links")
    slug: str = Field(description="De code van het thema, zoals in ?thema= en in het webadres.")
    title: str
    intro: str = Field(description="Twee of drie zinnen over het thema.")
    url: str = Field(description="De pagina van het thema op de website.")
    numbered_steps: bool = Field(
        description="Waar: de volgorde van de onderwerpen telt, ze zijn genummerde stappen."
    )


class ThemeCollection(Collection):
    items: list[Theme]


class TopicSummary(ApiModel):
    slug: str
    title: str
    intro: str = Field(description="De eerste alinea van het onderwerp.")
    url: str = Field(description="De pagina van het onderwerp op de website.")
    step_number: int | None = Field(
        None, description="Het nummer van de stap, bij een thema met genummerde stappen."
    )
    summary: list[str] = Field(description="De kernpunten uit het kader 'In het kort'.")
    last_reviewed: datetime.date | None = Field(
        None, description="Wanneer de redactie de inhoud voor het laatst nakeek."
    )


class ThemeDetail(Theme):
    topics: list[TopicSummary] = Field(description="Alle onderwerpen van het thema, op volgorde.")


class ThemeReference(ApiModel):
    links: SelfLinks = Field(alias="_links")
    slug: str
    title: str


class Topic(TopicSummary):
    theme: ThemeReference | None = Field(None, description="Het thema van het onderwerp.")


class TopicCollection(Collection):
    items: list[Topic]


class TopicFilters(Params):
    thema: list[str] = Field(
        default_factory=list,
        description="Alleen de onderwerpen van dit thema (de slug); herhaal voor meer thema's.",
    )


class TopicListParams(TopicFilters, PageParams):
    pass


def theme_links(theme):
    return {
        "self": api_link(f"themes/{theme.slug}"),
        "topics": api_link(f"topics?thema={quote(theme.slug)}"),
    }


def theme_fields(theme, request):
    return {
        "links": theme_links(theme),
        "slug": theme.slug,
        "title": theme.title,
        "intro": theme.intro,
        "url": page_url(theme, request),
        "numbered_steps": theme.numbered_steps,
    }


def topic_fields(topic, request, step_number):
    return {
        "slug": topic.slug,
        "title": topic.title,
        "intro": topic.intro,
        "url": page_url(topic, request),
        "step_number": step_number,
        "summary": [str(point.value) for point in topic.summary],
        "last_reviewed": topic.last_reviewed,
    }


def ordered_themes(request):
    return published(ThemePage, request).order_by("path")


@themes_router.get("/themes", response=ThemeCollection, summary="Alle thema's")
def list_themes(request, params: Query[PageParams]):
    """De thema's van de website, in de volgorde van het menu."""
    reject_unknown(request, PageParams)
    info, themes = page_of(params, ordered_themes(request))
    return collection(request, info, [Theme(**theme_fields(theme, request)) for theme in themes])


@themes_router.get("/themes/{slug}", response=ThemeDetail, summary="Eén thema")
def get_theme(request, slug: str = Path(..., description="De slug van het thema.")):
    """Een thema met al zijn onderwerpen, op volgorde."""
    reject_unknown(request)
    theme = ordered_themes(request).filter(slug=slug).first() if is_slug(slug) else None
    if theme is None:
        raise Problem(404, "Dit thema bestaat niet. Zie /api/v1/themes voor de thema's.")
    topics = theme.topics()
    return ThemeDetail(
        **theme_fields(theme, request),
        topics=[
            TopicSummary(**topic_fields(topic, request, number if theme.numbered_steps else None))
            for number, topic in enumerate(topics, start=1)
        ],
    )


def chosen_themes(request, slugs):
    """The themes named by ?thema=, or a 400 that names the unknown ones."""
    themes = {theme.slug: theme for theme in ordered_themes(request)}
    unknown = [slug for slug in dict.fromkeys(slugs) if slug not in themes]
    if unknown:
        raise invalid(
            InvalidParam(
                name="thema",
                code="unknownValue",
                reason=(
                    f"Onbekend thema: {', '.join(shown_value(slug) for slug in unknown[:3])}. "
                    "Zie /api/v1/themes voor de thema's."
                ),
            )
        )
    return list(themes.values()), [themes[slug] for slug in slugs]


@topics_router.get("/topics", response=TopicCollection, summary="Alle onderwerpen")
def list_topics(request, params: Query[TopicListParams]):
    """De onderwerpen van alle thema's (of van de gekozen thema's), thema na thema op volgorde."""
    reject_unknown(request, TopicListParams)
    themes, chosen = chosen_themes(request, params.thema)
    topics = published(TopicPage, request)
    if chosen:
        below_chosen = Q()
        for theme in chosen:
            below_chosen |= Q(path__startswith=theme.path, depth=theme.depth + 1)
        topics = topics.filter(below_chosen)
    # The place of each topic among the published topics of its theme: its step number.
    topics = topics.annotate(
        position=Window(
            RowNumber(),
            partition_by=[Substr("path", 1, (F("depth") - 1) * Page.steplen)],
            order_by="path",
        )
    ).order_by("path")
    info, page = page_of(params, topics)
    theme_by_path = {theme.path: theme for theme in themes}
    items = []
    for topic in page:
        theme = theme_by_path.get(topic.path[: -Page.steplen])
        numbered = theme is not None and theme.numbered_steps
        reference = None
        if theme is not None:
            reference = ThemeReference(
                links={"self": api_link(f"themes/{theme.slug}")}, slug=theme.slug, title=theme.title
            )
        items.append(
            Topic(
                **topic_fields(topic, request, topic.position if numbered else None),
                theme=reference,
            )
        )
    return collection(request, info, items)
