"""Answers the adviser keeps: signed without an end date, so the work can go on days later.

The hidden field of the steps (state.py) expires after 4 hours so that a page left open does not
come back to life. What the adviser downloads (the ODT and DOCX drafts, or the small answers
file) carries the same answers signed for another purpose, without an end date: it is the
adviser's own file, nothing is kept on our server.

The questions can change after a file was made (a measure that is no longer offered, a question
that was removed). Reading a file keeps every answer that still fits and names the others, with
the question and answer as the adviser saw them: the file holds those texts too.
"""

import json
from dataclasses import dataclass

from django import forms
from django.core import signing
from django.utils import timezone

from .answers import STEP_BY_KEY
from .choices import ROLES

SALT = "protocol.saved-answers"
VERSION = 1
# A real answer set signs to a few kilobytes; anything far larger was not made by us.
MAX_TOKEN_LENGTH = 100_000

FILE_TITLE = "Antwoorden voor de tool Stel uw agressieprotocol op"
FILE_HELP = (
    "Kies dit bestand bij stap 1 van de tool om verder te gaan waar u was. "
    "Verander niets aan de regel 'ondertekend': dan kunnen wij het bestand niet meer lezen."
)

TAMPERED = (
    "De antwoorden in dit bestand zijn veranderd of beschadigd, daarom kunnen wij ze niet "
    "gebruiken. Kies het bestand zoals u het bij ons downloadde. De tekst van een concept "
    "bewerken in Word of LibreOffice mag wel."
)


class SavedProblem(Exception):
    """The file or value cannot be read: the message says why, in Dutch."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Resumed:
    raw_steps: dict  # the answers that still fit, as the steps' hidden field holds them
    dropped: tuple[str, ...]  # the answers that no longer fit, named for the adviser


def dump(raw_steps):
    """The signed value that a download carries: the answers and how they read."""
    payload = {"versie": VERSION, "antwoorden": raw_steps, "teksten": texts_of(raw_steps)}
    return signing.dumps(payload, salt=SALT, compress=True)


def load(token):
    """The answers in a signed value, fitted to today's questions. Raises SavedProblem."""
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        raise SavedProblem(TAMPERED)
    try:
        payload = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError):
        raise SavedProblem(TAMPERED) from None
    if not isinstance(payload, dict) or not isinstance(payload.get("antwoorden"), dict):
        raise SavedProblem(TAMPERED)
    texts = payload.get("teksten") if isinstance(payload.get("teksten"), dict) else {}
    return fit(payload["antwoorden"], texts)


def answers_file(raw_steps, organisation):
    """The small answers file (JSON) for who wants only that: readable, but only the signed
    line counts."""
    content = {
        "bestand": FILE_TITLE,
        "uitleg": FILE_HELP,
        "organisatie": organisation,
        "gedownload": timezone.localdate().isoformat(),
        "ondertekend": dump(raw_steps),
    }
    return json.dumps(content, ensure_ascii=False, indent=2).encode()


def token_in_answers_file(content):
    """The signed value in an answers file, or None when the bytes are not one."""
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("ondertekend"), str):
        return None
    return data["ondertekend"]


# The texts of the answers -------------------------------------------------------------------


def every_role():
    """Earlier answers in which every role exists, so that a role choice is a known choice."""
    return {"rollen": {role.key: role.label for role in ROLES}}


def texts_of(raw_steps):
    """{step: {"titel": .., "vragen": {name: question}, "keuzes": {name: {value: label}}}}."""
    texts = {}
    for step_key, answers in raw_steps.items():
        step = STEP_BY_KEY.get(step_key)
        if step is None:
            continue
        form = step(earlier={"rollen": raw_steps.get("rollen", {})})
        questions, choices = {}, {}
        for name in answers:
            field = form.fields.get(name)
            if field is None:
                continue
            questions[name] = str(field.label)
            if isinstance(field, forms.ChoiceField):
                choices[name] = {str(key): str(label) for key, label in field.choices}
        texts[step_key] = {"titel": step.title, "vragen": questions, "keuzes": choices}
    return texts


def fit(raw_answers, texts):
    """Keeps what today's questions still ask, in the shape the hidden field holds; names the rest."""
    kept, dropped = {}, []
    for step_key, answers in raw_answers.items():
        step_texts = texts.get(step_key) if isinstance(texts.get(step_key), dict) else {}
        namer = AnswerNamer(step_key, step_texts)
        step = STEP_BY_KEY.get(step_key) if isinstance(step_key, str) else None
        if step is None or not isinstance(answers, dict):
            if isinstance(answers, dict):
                dropped.extend(namer.whole(name, value) for name, value in answers.items())
            continue
        form = step(earlier=every_role())
        kept_answers = {}
        for name, value in answers.items():
            field = form.fields.get(name)
            if field is None or not is_answer(value):
                dropped.append(namer.whole(name, value))
                continue
            if isinstance(field, forms.ChoiceField):
                known = {str(key) for key, _label in field.choices}
                values = value if isinstance(value, list) else [value]
                unknown = [item for item in values if item not in known]
                dropped.extend(namer.choice(name, item) for item in unknown)
                value = [item for item in values if item in known]
                if not isinstance(field, forms.MultipleChoiceField):
                    value = value[0] if value else None
                if not value:
                    continue
            elif isinstance(value, list):
                dropped.append(namer.whole(name, value))
                continue
            kept_answers[name] = value
        kept[step_key] = kept_answers
    return Resumed(kept, tuple(dropped))


def is_answer(value):
    if isinstance(value, list):
        return all(isinstance(item, str) for item in value)
    return isinstance(value, str)


class AnswerNamer:
    """How a dropped answer is named: the question and answer as the file wrote them."""

    def __init__(self, step_key, step_texts):
        self.title = step_texts.get("titel") or str(step_key)
        self.questions = step_texts.get("vragen") or {}
        self.choices = step_texts.get("keuzes") or {}

    def question(self, name):
        return str(self.questions.get(name) or name)

    def whole(self, name, value):
        if isinstance(value, list):
            labels = ", ".join(self.label(name, item) for item in value)
            return f"{self.title}: ‘{self.question(name)}’: {labels}"
        return f"{self.title}: ‘{self.question(name)}’"

    def choice(self, name, value):
        return f"{self.title}: ‘{self.question(name)}’: {self.label(name, value)}"

    def label(self, name, value):
        labels = self.choices.get(name) if isinstance(self.choices.get(name), dict) else {}
        return str(labels.get(value) or value)
