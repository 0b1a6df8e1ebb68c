"""The steps of the tool: which screen a POST leads to, with the answers kept in the form.

Every step posts its own fields, the signed answers so far and which button was pressed:
  volgende       check this step; on to the next one (or back to the summary when editing)
  vorige         keep this step as it is, unchecked, and go one step back
  wijzig-<stap>  from the summary: open that step with its answers
Every step is checked again before the summary is shown; the first one that is not right
opens with its problems.
"""

from dataclasses import dataclass

from . import state
from .answers import (
    STEP_BY_KEY,
    STEP_KEYS,
    STEPS,
    bind,
    default_raw,
    kind_of,
    raw_from_post,
    validate_all,
)
from .choices import KIND_BY_KEY

SUMMARY = "controleren"
KIND_PARAM = "soort"  # GET on the first step: the kind to preselect
STEP_PARAM = "stap"
ACTION_PARAM = "actie"
RETURN_PARAM = "terug"
EDIT_PREFIX = "wijzig-"
KEPT = "Wat u net invulde, staat weer klaar als u bij die stap komt."


@dataclass
class Screen:
    """What to show: a step (with its form) or the summary, and the answers to carry on."""

    step_key: str  # a step key, or SUMMARY
    raw_steps: dict
    form: object = None
    show_errors: bool = False
    notice: str = ""
    back_to_summary: bool = False
    validated: object = None  # for the summary

    @property
    def signed_answers(self):
        return state.dump(self.raw_steps)

    @property
    def number(self):
        if self.step_key == SUMMARY:
            return len(STEPS) + 1
        return STEP_KEYS.index(self.step_key) + 1


TOTAL = len(STEPS) + 1  # the steps and the summary


def earlier_cleaned(raw_steps, step):
    """The cleaned answers of the steps before this one (as far as they are valid)."""
    validated = validate_all(
        {key: raw_steps[key] for key in STEP_KEYS[: STEPS.index(step)] if key in raw_steps}
    )
    return validated.cleaned


def step_screen(step, raw_steps, *, notice="", back_to_summary=False):
    """A step with its stored answers, or the defaults for the organisation's kind."""
    earlier = earlier_cleaned(raw_steps, step)
    stored = raw_steps.get(step.key)
    initial = stored if stored is not None else default_raw(step, kind_of(raw_steps))
    form = step(initial=initial, earlier=earlier)
    return Screen(step.key, raw_steps, form, notice=notice, back_to_summary=back_to_summary)


def first_screen(notice="", raw_steps=None, kind=""):
    """The first step. `kind` only preselects a kind of organisation (from the self-assessment's
    link, ?soort=waterschap); nothing is answered until the reader posts the step."""
    screen = step_screen(STEPS[0], raw_steps or {}, notice=notice)
    if kind in KIND_BY_KEY and STEPS[0].key not in (raw_steps or {}):
        screen.form.initial = {**screen.form.initial, "kind": kind}
    return screen


def summary_screen(raw_steps):
    validated = validate_all(raw_steps)
    if not validated.complete:
        step = STEP_BY_KEY[validated.first_problem]
        if step.key not in raw_steps:
            return step_screen(step, raw_steps)
        form = bind(step, raw_steps, validated.cleaned)
        form.is_valid()
        return Screen(step.key, raw_steps, form, show_errors=True)
    return Screen(SUMMARY, raw_steps, validated=validated)


def read_answers(post):
    """(raw answers, None) or ({}, the message why the signed answers could not be read)."""
    try:
        return state.load(post.get(state.FIELD_NAME, "")), None
    except state.StateProblem as problem:
        return {}, problem.message


def handle_post(post):
    raw_steps, problem = read_answers(post)
    step_key = post.get(STEP_PARAM, "")
    if problem:
        # Later steps build on the earlier answers (the roles, for one), so without them the
        # tool starts again at the first step. What this step sent is kept for when the reader
        # gets there again; the rest is gone, as nothing is stored.
        sent = raw_from_post(STEP_BY_KEY[step_key], post) if step_key in STEP_BY_KEY else {}
        if not sent:
            return first_screen(notice=problem)
        return first_screen(notice=f"{problem} {KEPT}", raw_steps={step_key: sent})
    action = post.get(ACTION_PARAM, "volgende")
    if action.startswith(EDIT_PREFIX) and action[len(EDIT_PREFIX) :] in STEP_BY_KEY:
        return step_screen(STEP_BY_KEY[action[len(EDIT_PREFIX) :]], raw_steps, back_to_summary=True)
    if step_key == SUMMARY or step_key not in STEP_BY_KEY:
        return summary_screen(raw_steps) if raw_steps else first_screen()
    step = STEP_BY_KEY[step_key]
    missing = [key for key in STEP_KEYS[: STEPS.index(step)] if key not in raw_steps]
    if missing:
        # Only a page we did not make skips a step; go to the first one without answers.
        return step_screen(STEP_BY_KEY[missing[0]], raw_steps)
    back_to_summary = post.get(RETURN_PARAM) == SUMMARY
    posted = raw_from_post(step, post)
    if action == "vorige":
        raw_steps = {**raw_steps, step.key: posted}
        index = STEPS.index(step)
        return step_screen(STEPS[max(index - 1, 0)], raw_steps)
    form = step(data=post, earlier=earlier_cleaned(raw_steps, step))
    if not form.is_valid():
        return Screen(step.key, raw_steps, form, show_errors=True, back_to_summary=back_to_summary)
    raw_steps = {**raw_steps, step.key: posted}
    index = STEPS.index(step)
    if back_to_summary or index + 1 == len(STEPS):
        return summary_screen(raw_steps)
    return step_screen(STEPS[index + 1], raw_steps)
