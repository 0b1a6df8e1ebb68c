"""Test data for the self-assessment: questionnaires as plain objects and as pages.

plain_questionnaire() builds the objects scoring works on (no database); stream() builds the
StreamField content an editor would save, for SelfAssessmentPageFactory.
"""

import wagtail_factories
from django.http import QueryDict

from democontent.streamfield import stream_json
from selfassessment.models import SelfAssessmentPage
from selfassessment.questionnaire import Option, Part, Question, Questionnaire


def answer_values(question_key):
    """The four usual answers; every answer below 100 carries advice naming its question."""
    return [
        {"label": "Ja", "score": 100, "dont_know": False, "advice": "", "who": "", "links": []},
        {
            "label": "Deels",
            "score": 50,
            "dont_know": False,
            "advice": f"Maak {question_key} af.",
            "who": "De agressiecoördinator",
            "links": [],
        },
        {
            "label": "Nee",
            "score": 0,
            "dont_know": False,
            "advice": f"Regel {question_key}.",
            "who": "Het management",
            "links": [],
        },
        {
            "label": "Weet ik niet",
            "score": 0,
            "dont_know": True,
            "advice": f"Zoek uit hoe het zit met {question_key}.",
            "who": "U zelf",
            "links": [],
        },
    ]


def question_value(key, weight=2, options=None):
    return {
        "key": key,
        "question": f"Is {key} geregeld?",
        "short": key.replace("-", " ").capitalize(),
        "explanation": f"Uitleg bij {key}.",
        "weight": weight,
        "options": options if options is not None else answer_values(key),
    }


def part_value(title, *questions):
    return {"title": title, "intro": "", "questions": list(questions)}


def stream(*parts):
    return stream_json([("part", part) for part in parts])


def plain_option(label, score, dont_know=False, advice="Doe iets.", who="Iemand"):
    from django.utils.text import slugify

    return Option(slugify(label), label, score, dont_know, "" if score == 100 else advice, who)


def plain_question(key, weight=2):
    options = (
        plain_option("Ja", 100),
        plain_option("Deels", 50, advice=f"Maak {key} af."),
        plain_option("Nee", 0, advice=f"Regel {key}."),
        plain_option("Weet ik niet", 0, dont_know=True, advice=f"Zoek {key} uit."),
    )
    return Question(
        key, f"Is {key} geregeld?", key.capitalize(), f"Uitleg bij {key}.", weight, options
    )


def plain_questionnaire(*parts):
    """plain_questionnaire(("Norm", [("norm", 3), ("zichtbaar", 1)]), ("Nazorg", [...]))."""
    return Questionnaire(
        tuple(
            Part(number, title, "", tuple(plain_question(key, weight) for key, weight in questions))
            for number, (title, questions) in enumerate(parts, start=1)
        )
    )


def query(**answers):
    """A QueryDict like the form sends: query(norm="ja", v="abc")."""
    data = QueryDict(mutable=True)
    for key, value in answers.items():
        data.setlist(key.replace("_", "-"), value if isinstance(value, list) else [value])
    return data


class SelfAssessmentPageFactory(wagtail_factories.PageFactory):
    title = "Test: hoe veilig werkt uw organisatie?"
    slug = "test-zelfinspectie"
    intro = "Een vragenlijst voor tests."
    privacy_note = "Wij bewaren niets."
    parts = stream(
        part_value("Norm", question_value("norm", 3), question_value("zichtbaar", 1)),
        part_value("Nazorg", question_value("gesprek", 2)),
    )

    class Meta:
        model = SelfAssessmentPage
