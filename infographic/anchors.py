"""Anchors for the URL fragment of a step (#stap-<anchor>): derived from the title, unique on the page.

An anchor is stored with the step the first time the page is saved, so that links to a step keep
working when an editor later rewrites its title.
"""

from django.utils.text import slugify

FRAGMENT_PREFIX = "stap-"
MAX_LENGTH = 50


def unique_anchors(candidates):
    """Turn each candidate (a stored anchor or a title) into a slug that is unique in the list.

    The first occurrence keeps its slug; later duplicates get -2, -3, ... so existing links to the
    first one stay valid.
    """
    used = set()
    anchors = []
    for candidate in candidates:
        base = slugify(candidate or "")[:MAX_LENGTH].strip("-") or "stap"
        anchor, number = base, 2
        while anchor in used:
            anchor = f"{base}-{number}"
            number += 1
        used.add(anchor)
        anchors.append(anchor)
    return anchors


def assign_step_anchors(phases):
    """Fill in or repair the anchor of every step of a phases StreamValue, in place."""
    steps = [step for phase in phases for step in phase.value["steps"]]
    anchors = unique_anchors([step.get("anchor") or step.get("title") for step in steps])
    for step, anchor in zip(steps, anchors, strict=True):
        step["anchor"] = anchor
