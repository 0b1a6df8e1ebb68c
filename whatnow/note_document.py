"""The incident note as plain data, written once and shown three ways: on screen to print, as a
tagged PDF and as ODT (whatnow/note_formats.py). Every text is plain text, as typed; each
writer escapes it for its own format.
"""

import datetime
from dataclasses import dataclass

from .calendar import dutch_date

TITLE = "Verslag van een incident"
NOT_FILLED_IN = "Niet ingevuld."


@dataclass(frozen=True)
class NoteSection:
    heading: str
    text: str = ""  # may hold line breaks: the writers keep them
    items: tuple[str, ...] = ()  # a checklist: each item gets a box to tick on paper

    @property
    def lines(self):
        """The text's lines, each a paragraph in every format; blank lines are left out."""
        return [line for line in self.text.split("\n") if line.strip()]


@dataclass(frozen=True)
class NoteDocument:
    title: str
    incident_date: datetime.date
    created: datetime.date
    sections: tuple[NoteSection, ...]

    @property
    def created_line(self):
        return f"Opgeschreven op {dutch_date(self.created)}"


# The note's parts in their order: (heading, the form fields it shows).
WRITTEN_PARTS = (
    ("Wat er gebeurde", "gebeurd"),
    ("Wat er werd gezegd", "gezegd"),
    ("Hoe de persoon eruitzag", "persoon"),
    ("Getuigen", "getuigen"),
    ("Letsel en schade", "letsel"),
    ("Wat ik deed", "gedaan"),
    ("Bewijs: screenshots, foto's en berichten", "bewijs"),
)


def when_and_where(cleaned):
    lines = [f"Datum: {dutch_date(cleaned['datum'])}"]
    if cleaned["tijd"]:
        lines.append(f"Tijd: {cleaned['tijd']}")
    lines.append(f"Plaats: {cleaned['plaats'] or 'niet ingevuld'}")
    return "\n".join(lines)


def build_note(cleaned, checklists, *, today):
    """The note from the form's cleaned data and the page's checklists ((title, items) pairs)."""
    sections = [NoteSection("Wanneer en waar", when_and_where(cleaned))]
    sections += [
        NoteSection(heading, cleaned[name] or NOT_FILLED_IN) for heading, name in WRITTEN_PARTS
    ]
    sections += [NoteSection(title, items=tuple(items)) for title, items in checklists]
    return NoteDocument(TITLE, cleaned["datum"], today, tuple(sections))


def note_filename(note, extension):
    return f"verslag-incident-{note.incident_date:%Y-%m-%d}.{extension}"
