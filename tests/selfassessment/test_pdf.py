"""The PDF of a result: date, scores, the whole plan with its links, and strengths."""

import datetime
import io

from pypdf import PdfReader

from selfassessment.pdf import build_result_pdf, latin1
from selfassessment.questionnaire import Link, Option, Part, Question, Questionnaire
from selfassessment.scoring import FIRST_STEPS, assess, read_answers

from .factories import plain_questionnaire, query


def pdf_text(questionnaire, **answers):
    result = assess(read_answers(questionnaire, query(**answers, v=questionnaire.version)))
    content = build_result_pdf(
        result,
        title="Hoe veilig werkt uw organisatie?",
        date=datetime.date(2026, 3, 5),
        base_url="https://example.nl",
        site_name="Veilige publieke dienstverlening",
    )
    reader = PdfReader(io.BytesIO(content))
    return reader, " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def outline_titles(outline):
    for item in outline:
        if isinstance(item, list):
            yield from outline_titles(item)
        else:
            yield item.title


def test_pdf_has_the_plan_in_order_later_steps_and_strengths():
    keys = [f"v{number}" for number in range(FIRST_STEPS + 1)]
    questionnaire = plain_questionnaire(
        ("Alles", [(key, 2) for key in keys]), ("Goed", [("sterk", 1)])
    )
    reader, text = pdf_text(questionnaire, sterk="ja", **dict.fromkeys(keys, "nee"))
    assert "Uitslag van 5 maart 2026" in text
    assert text.index("Stap 1: V0") < text.index("Stap 2: V1")
    assert "Daarna" in text and f"Stap {FIRST_STEPS + 1}: V{FIRST_STEPS}" in text
    assert "Wat al goed gaat - Sterk" in text
    assert reader.metadata.title == "Hoe veilig werkt uw organisatie?"
    assert "Uw actieplan: begin hiermee" in outline_titles(reader.outline)  # sections are bookmarks


def test_pdf_links_are_absolute_and_clickable():
    link = Link("Stel een norm", "/preventie/stel-een-norm/", "page")
    nee = Option("nee", "Nee", 0, advice="Stel een norm op.", who="Het bestuur", links=(link,))
    question = Question("norm", "Is er een norm?", "Norm", "Een grens helpt.", 3, (nee,))
    questionnaire = Questionnaire((Part(1, "Norm", "", (question,)),))
    reader, text = pdf_text(questionnaire, norm="nee")
    assert "Stel een norm: https://example.nl/preventie/stel-een-norm/" in text
    annotations = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert any(
        a["/A"]["/URI"] == "https://example.nl/preventie/stel-een-norm/" for a in annotations
    )


def test_pdf_without_steps_says_so():
    questionnaire = plain_questionnaire(("Norm", [("norm", 1)]))
    _, text = pdf_text(questionnaire, norm="ja")
    assert "Er zijn geen stappen nodig" in text


def test_text_outside_the_pdf_fonts_is_written_in_its_nearest_form():
    assert latin1("‘Weet ik niet’ – zo’n “stap”… ☃") == "'Weet ik niet' - zo'n \"stap\"... ?"
