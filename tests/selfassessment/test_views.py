"""The URL contract of /zelfinspectie/: form, result, errors, PDF, headers and queries."""

import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from .factories import SelfAssessmentPageFactory, part_value, question_value, stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def assessment(home_page):
    return SelfAssessmentPageFactory(parent=home_page)


def version_of(page):
    return page.questionnaire().version


def complete(page, **overrides):
    answers = {question.key: "nee" for question in page.questionnaire().questions}
    answers["v"] = version_of(page)
    answers.update(overrides)
    return answers


def test_form_has_a_fieldset_per_part_and_question_and_sets_no_cookie(client, assessment):
    response = client.get(assessment.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert html.count('class="vp-sa-part"') == 2
    assert html.count("<legend") == 2 + 3
    assert 'method="get"' in html and f'action="{assessment.url}resultaat/"' in html
    assert "De vragenlijst heeft 3 vragen in 2 delen." in html


def test_form_fills_in_answers_from_the_url_and_shows_progress(client, assessment):
    response = client.get(assessment.url, {"norm": "deels"})
    html = response.content.decode()
    assert re.search(r'value="deels" id="a-norm-deels" checked', html)
    assert "U hebt 1 van de 3 vragen beantwoord." in html
    assert response["Cache-Control"] == "private, no-store"


def test_result_shows_scores_plan_and_links_that_keep_the_answers(client, assessment):
    response = client.get(f"{assessment.url}resultaat/", complete(assessment, norm="ja"))
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert "Uw organisatie scoort <strong>50 van de 100</strong>" in html  # 3 x 100 of 6 weights
    assert "<caption>Score per deel (0 tot 100)</caption>" in html
    assert "Regel gesprek." in html  # weight 2 beats zichtbaar's weight 1
    assert html.index("Regel gesprek.") < html.index("Regel zichtbaar.")
    assert (
        f'href="{assessment.url}resultaat/pdf/?norm=ja&amp;zichtbaar=nee&amp;gesprek=nee&amp;v='
        in html
    )
    assert response["X-Robots-Tag"] == "noindex"


def test_missing_answers_show_the_form_with_an_error_summary_and_kept_answers(client, assessment):
    response = client.get(
        f"{assessment.url}resultaat/", {"norm": "ja", "v": version_of(assessment)}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nog niet alle vragen zijn beantwoord" in html
    assert '<a href="#a-zichtbaar-ja">' in html and '<a href="#a-gesprek-ja">' in html
    assert 'id="a-zichtbaar-ja"' in html  # the links lead somewhere
    assert re.search(r'value="ja" id="a-norm-ja" checked', html)
    assert html.count('class="vp-sa-question__error"') == 2
    assert "<title>Fout: " in html


@pytest.mark.parametrize(
    "params",
    [
        {"norm": "<script>alert(1)</script>", "v": "x" * 500},
        {"norm": ["ja", "nee"], "zichtbaar": "", "gesprek": "%00"},
        {"v": "' OR 1=1 --"},
        {"onbekend": "ja"},
    ],
)
def test_tampered_parameters_never_break_the_page(client, assessment, params):
    response = client.get(f"{assessment.url}resultaat/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    pdf = client.get(f"{assessment.url}resultaat/pdf/", params)
    assert pdf.status_code in (200, 302)


def test_an_answer_that_is_not_an_option_gets_its_own_message(client, assessment):
    response = client.get(f"{assessment.url}resultaat/", complete(assessment, norm="misschien"))
    assert "Dit antwoord hoort niet (meer) bij deze vraag." in response.content.decode()


def test_a_link_made_before_the_questionnaire_changed_still_gives_a_result(client, assessment):
    old_link = complete(assessment, norm="ja")
    assessment.parts = stream(
        part_value("Norm", question_value("norm", 3)),
        part_value("Nieuw", question_value("nieuwe-vraag", 2)),
    )
    assessment.save_revision().publish()
    response = client.get(f"{assessment.url}resultaat/", old_link)
    html = response.content.decode()
    assert response.status_code == 200
    assert "De vragenlijst is veranderd" in html
    assert "Uw organisatie scoort <strong>100 van de 100</strong>" in html
    assert "1 vraag telt niet mee." in html


def test_pdf_carries_the_date_and_the_first_step_of_the_plan(client, assessment):
    response = client.get(f"{assessment.url}resultaat/pdf/", complete(assessment))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="zelfinspectie-')
    assert not response.cookies
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Stap 1: Norm" in text and "Regel norm." in text  # weight 3, nothing done yet
    assert re.search(r"Uitslag van \d{1,2} \w+ 20\d\d", text)
    assert reader.metadata.title == assessment.title


def test_pdf_of_incomplete_answers_sends_the_visitor_to_the_error_summary(client, assessment):
    response = client.get(f"{assessment.url}resultaat/pdf/", {"norm": "ja"})
    assert response.status_code == 302
    assert response["Location"].startswith(f"{assessment.url}resultaat/?norm=ja")


def result_queries(client, page):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{page.url}resultaat/", complete(page))
    assert response.status_code == 200
    return len(queries)


def test_result_queries_do_not_grow_with_the_number_of_questions(client, home_page):
    from tests.core.factories import DocumentFactory

    document = DocumentFactory(title="Hulpdocument")
    links = [{"type": "page", "value": home_page.pk}, {"type": "document", "value": document.pk}]

    def with_links(key):
        value = question_value(key)
        for option in value["options"][1:]:
            option["links"] = links
        return value

    small = SelfAssessmentPageFactory(
        parent=home_page, slug="klein", parts=stream(part_value("Een", with_links("a")))
    )
    large = SelfAssessmentPageFactory(
        parent=home_page,
        slug="groot",
        parts=stream(
            *(
                part_value(f"Deel {n}", *(with_links(f"v{n}-{m}") for m in range(6)))
                for n in range(5)
            )
        ),
    )
    for page in (small, large):
        result_queries(client, page)  # the first request of a page fills caches once
    assert result_queries(client, large) == result_queries(client, small)


def test_links_to_unpublished_pages_are_left_out(client, assessment):
    from tests.home.factories import StandardPageFactory

    hidden = StandardPageFactory(parent=assessment.get_parent(), title="Nog niet af", live=False)
    value = question_value("norm", 3)
    for option in value["options"]:
        option["links"] = [{"type": "page", "value": hidden.pk}]
    assessment.parts = stream(part_value("Norm", value))
    assessment.save_revision().publish()
    response = client.get(f"{assessment.url}resultaat/", complete(assessment))
    assert "Regel norm." in response.content.decode()
    assert "Nog niet af" not in response.content.decode()


def test_pointer_shows_only_on_the_chosen_pages_of_a_live_self_assessment(client, assessment):
    from django.template import Context, Template

    template = Template("{% load visitortools_tags %}{% visitor_tool_teasers page %}")
    from tests.themes.factories import ThemePageFactory

    nazorg = ThemePageFactory(parent=assessment.get_parent(), slug="nazorg", title="Nazorg")
    assert "Start de zelfinspectie" not in template.render(Context({"page": nazorg}))
    assessment.promoted_on.add(nazorg)
    assessment.save_revision().publish()
    assert "Start de zelfinspectie" in template.render(Context({"page": nazorg}))
    assert template.render(Context({"page": None})).strip() == ""
