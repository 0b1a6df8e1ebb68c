"""Demo content of the infographic app (infographic/content/infographic.yaml).

App-specific glue: the steps of each phase are made from the topics of the phase's theme, in the
theme's order, with the short text the file gives per topic slug. A topic without one gets its
own title and the first sentence of its introduction.
"""

from democontent.files import read_file
from democontent.loader import ContentFolder
from democontent.pages import child_by_slug
from infographic.models import InfographicPage
from practice.models import PracticeExamplePage

CONTENT = ContentFolder("infographic/content", InfographicPage)
SOURCE = f"{CONTENT.path}/infographic.yaml"


# Loaded after these apps' content: it builds on their pages, and the home page's sections
# appear in the main navigation in this order.
LOAD_AFTER = ("practice",)


def load(state, loader):
    home = state["home"]
    source = read_file(SOURCE)
    existing = child_by_slug(home, source.slug)
    if existing is None:
        data = page_data(source, state.get("themes", {}))
        if not data["phases"]:
            return  # Without theme pages there is nothing to show.
        existing = loader.add_page(home, InfographicPage, source.with_data(data), CONTENT)
    state["infographic"] = existing


def page_data(source, themes):
    """The page's fields: the file's, with the phases made from the themes' topics."""
    data = dict(source.data)
    step_texts = data.pop("steps", {})
    phases = [phase_value(phase, themes, step_texts) for phase in data.pop("phases", [])]
    data["phases"] = [
        {"type": "phase", "value": phase} for phase in phases if phase and phase["steps"]
    ]
    return data


def phase_value(data, themes, step_texts):
    theme = themes.get(data["theme"].strip("/"))
    if theme is None:
        return None
    steps = [step_value(topic, step_texts) for topic in theme.topics()]
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


def step_value(topic, step_texts):
    text = step_texts.get(topic.slug) or {
        "title": topic.title[:60],
        "text": first_sentence(topic),
    }
    return {
        "title": text["title"],
        "text": text["text"],
        "page": topic.pk,
        "related_pages": [],
        "anchor": "",
    }


def first_sentence(topic):
    return topic.intro.split(". ")[0].rstrip(".") + "."
