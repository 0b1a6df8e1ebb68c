"""Filling in the tool's forms the way a browser does: read the form, change fields, post it."""

from tests.html import parse


def form_fields(form):
    """The fields a browser would send for this form (without the pressed button)."""
    data = {}
    for element in form.find_all(["input", "textarea"]):
        name = element.get("name")
        if not name:
            continue
        kind = element.get("type", "text") if element.name == "input" else "textarea"
        if kind in ("radio", "checkbox"):
            if element.has_attr("checked"):
                value = element.get("value", "on")
                data.setdefault(name, []).append(value)
        elif kind == "textarea":
            data[name] = [element.get_text()]
        else:
            data[name] = [element.get("value", "")]
    return data


def step_form(response):
    """The form of a step (or of the summary's answers)."""
    return parse(response).select_one("form.vp-pt-form")


def submit(client, response, changes=None, action="volgende", form=None):
    """Post the form in response, as shown, with changes ({name: value or [values]; None drops it})."""
    form = form or step_form(response)
    data = form_fields(form)
    for name, value in (changes or {}).items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    if action:
        data["actie"] = [action]
    return client.post(form["action"], data)


def heading(response):
    return parse(response).h1.get_text(strip=True)


FIRST_STEP = {"name": "Gemeente Peelbeek", "kind": "gemeente"}
ADDRESS = {"address": "Raadhuisplein 3, 5555 AA Peelbeek"}


def walk_to_summary(client, page, first=None, changes_per_step=None):
    """From the first step to the summary, accepting the proposed answers; returns the responses."""
    changes_per_step = changes_per_step or {}
    response = client.get(page.url)
    responses = [response]
    changes = {**FIRST_STEP, **(first or {})}
    for number in range(8):
        step_changes = changes if number == 0 else changes_per_step.get(number + 1, {})
        if number == 5:
            step_changes = {**ADDRESS, **step_changes}
        response = submit(client, response, step_changes)
        responses.append(response)
    return responses
