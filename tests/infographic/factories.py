"""The infographic page and the raw data of its phases and steps."""

import json

import factory
import wagtail_factories

from infographic.models import InfographicPage
from tests.home.factories import site_home_page


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
    parent = factory.LazyFunction(site_home_page)
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
