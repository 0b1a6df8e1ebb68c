"""Demo content of the infographic app: the infographic page, filled from the theme and topic pages."""

import json

from home.demo import add_child, child_by_slug
from infographic import demo_content
from infographic.models import InfographicPage
from practice.models import PracticeExamplePage


def load(state, report):
    home = state["home"]
    existing = child_by_slug(home, demo_content.PAGE["slug"])
    if existing is None:
        phases = [phase_value(data, state.get("themes", {})) for data in demo_content.PHASES]
        phases = [phase for phase in phases if phase and phase["steps"]]
        if not phases:
            return  # Without theme pages there is nothing to show.
        existing = add_child(
            home,
            InfographicPage(
                title=demo_content.PAGE["title"],
                slug=demo_content.PAGE["slug"],
                intro=demo_content.PAGE["intro"],
                phases=json.dumps([{"type": "phase", "value": phase} for phase in phases]),
            ),
            report,
        )
    state["infographic"] = existing


def phase_value(data, themes):
    theme = themes.get(data["theme"])
    if theme is None:
        return None
    steps = [step_value(topic) for topic in theme.topics()]
    # Give the first steps of each phase one practice example of that theme each, when the
    # practice demo content is there.
    for step, example in zip(steps, PracticeExamplePage.objects.about_theme(theme), strict=False):
        step["related_pages"] = [example.pk]
    return {
        "title": data["title"],
        "text": data["text"],
        "colour": theme.colour,
        "icon": theme.icon,
        "steps": steps,
    }


def step_value(topic):
    title, text = demo_content.STEPS.get(topic.slug, (topic.title[:60], first_sentence(topic)))
    return {"title": title, "text": text, "page": topic.pk, "related_pages": [], "anchor": ""}


def first_sentence(topic):
    return topic.intro.split(". ")[0].rstrip(".") + "."
