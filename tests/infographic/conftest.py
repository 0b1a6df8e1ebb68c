import pytest

from infographic.models import InfographicPage
from tests.infographic.factories import (
    InfographicPageFactory,
    infographic_phase,
    infographic_phases,
    infographic_step,
)
from tests.themes.factories import ThemePageFactory, TopicPageFactory

# The phases of a three-phase infographic: (theme slug, colour, topic slugs), one step a topic.
THREE_PHASES = [
    ("Voorkomen", "preventie", "blauw", ["stel-een-norm", "train-de-balie"]),
    (
        "Handelen bij een incident",
        "handelen-bij-een-incident",
        "oranje",
        ["blijf-rustig", "registreer-het-incident", "reageer", "doe-aangifte", "verhaal-de-schade"],
    ),
    ("Nazorg", "nazorg", "groen", ["praat-erover", "houd-overzicht"]),
]


@pytest.fixture
def infographic(home_page):
    """The site's infographic at /infographic/: the demo's in the demo tests, otherwise a new one
    with one phase of one step."""
    return InfographicPage.objects.first() or InfographicPageFactory(parent=home_page)


def build_three_phase_infographic(home):
    """Three themes with their topics and an infographic with a step for every topic, in order."""
    phases = []
    for title, theme_slug, colour, topic_slugs in THREE_PHASES:
        theme = ThemePageFactory(parent=home, slug=theme_slug, title=title)
        steps = []
        for slug in topic_slugs:
            topic = TopicPageFactory(
                parent=theme, slug=slug, title=slug.replace("-", " ").capitalize()
            )
            steps.append(infographic_step(topic.title, page=topic))
        phases.append(infographic_phase(title, steps, colour=colour))
    page = InfographicPageFactory(parent=home, phases=infographic_phases(*phases))
    page.save_revision().publish()  # publishing gives every step its anchor
    page.refresh_from_db()
    return page


def publish_phases(page, *phases):
    page.phases = infographic_phases(*phases)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def step_anchors(page):
    return [step["anchor"] for phase in page.phases.raw_data for step in _steps(phase)]


def _steps(phase):
    return [item["value"] for item in phase["value"]["steps"]]
