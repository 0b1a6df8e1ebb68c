"""What the templates show: the phases and steps of an infographic, with their linked pages resolved.

Built from the raw StreamField data with one query for all linked pages, however many phases, steps
and related pages there are, and of whatever page types. The pages are specific (with their own
fields deferred) so that a page type with its own URL logic still gets the right link.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

from themes.models import ThemeColour, ThemeIcon

from .anchors import FRAGMENT_PREFIX, unique_anchors


@dataclass
class Step:
    number: int
    title: str
    text: str
    anchor: str
    page: Page | None = None
    related_pages: list[Page] = field(default_factory=list)

    @property
    def fragment(self):
        return f"{FRAGMENT_PREFIX}{self.anchor}"


@dataclass
class Phase:
    number: int
    title: str
    text: str
    colour: str
    icon: str
    steps: list[Step]


def build_phases(phases_stream):
    raw_phases = [item["value"] for item in phases_stream.raw_data if item["type"] == "phase"]
    raw_steps = [[_list_item(step) for step in phase.get("steps") or []] for phase in raw_phases]
    pages = _live_pages(raw_steps)
    anchors = iter(
        unique_anchors(
            [step.get("anchor") or step.get("title") for steps in raw_steps for step in steps]
        )
    )
    phases = []
    for number, (raw, steps) in enumerate(zip(raw_phases, raw_steps, strict=True), start=1):
        phases.append(
            Phase(
                number=number,
                title=raw.get("title", ""),
                text=raw.get("text", ""),
                colour=_choice(raw.get("colour"), ThemeColour),
                icon=_choice(raw.get("icon"), ThemeIcon),
                steps=[
                    Step(
                        number=step_number,
                        title=step.get("title", ""),
                        text=step.get("text", ""),
                        anchor=next(anchors),
                        page=pages.get(step.get("page")),
                        related_pages=[pages[pk] for pk in _related_ids(step) if pk in pages],
                    )
                    for step_number, step in enumerate(steps, start=1)
                ],
            )
        )
    return phases


def _live_pages(raw_steps):
    ids = set()
    for steps in raw_steps:
        for step in steps:
            ids.update(pk for pk in [step.get("page"), *_related_ids(step)] if pk)
    if not ids:
        return {}
    return {
        page.pk: page
        for page in Page.objects.live().public().filter(pk__in=ids).specific(defer=True)
    }


def _related_ids(step):
    return [_list_item(pk) for pk in step.get("related_pages") or []]


def _list_item(item):
    # A ListBlock stores its items either as {"type": "item", "value": ..., "id": ...} or, in older
    # data, as bare values.
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


def _choice(value, choices):
    # Only known values become CSS classes; anything else falls back to the first choice.
    return value if value in choices.values else choices.values[0]
