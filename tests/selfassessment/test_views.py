"""The URL contract of /zelfinspectie/: form, result, errors, PDF, headers and queries."""

import io
import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format
from pypdf import PdfReader

from tests.html import parse, texts

from .factories import SelfAssessmentPageFactory, part_value, question_value, stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def assessment(home_page):
    return SelfAssessmentPageFactory(parent=home_page)


def version_of(page):
    return page.questionnaire().version


ANSWERED_ON = "2025-11-20"


def complete(page, **overrides):
    """Every question answered 'nee', on the day the result's address says."""
    answers = {question.key: "nee" for question in page.questionnaire().questions}
    answers["v"] = version_of(page)
    answers["datum"] = ANSWERED_ON
    answers.update(overrides)
    return answers


def test_form_has_a_fieldset_per_part_and_question_and_sets_no_cookie(client, assessment):
    response = client.get(assessment.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert html.count('class="vp-sa-part"') == 1 + 2  # about the organisation, then the parts
    assert html.count("<legend") == 1 + 1 + 2 + 3  # its kind is a fieldset of its own
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
        f'href="{assessment.url}resultaat/pdf/?norm=ja&amp;zichtbaar=nee&amp;gesprek=nee'
        f"&amp;datum={ANSWERED_ON}&amp;v=" in html
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
    assert "Antwoorden gegeven op 20 november 2025" in text
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


def test_complete_answers_without_a_date_are_sent_on_with_the_day_they_were_given(
    client, assessment
):
    answers = complete(assessment, norm="ja")
    del answers["datum"]
    response = client.get(f"{assessment.url}resultaat/", answers)
    today = timezone.localdate()
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    location = urlparse(response["Location"])
    assert location.path == f"{assessment.url}resultaat/"
    assert parse_qs(location.query) == {
        **{key: [value] for key, value in answers.items()},
        "datum": [today.isoformat()],
    }
    html = client.get(response["Location"]).content.decode()
    assert f"Antwoorden gegeven op {date_format(today, 'j F Y')}." in html


def test_the_result_carries_the_day_of_the_answers_not_today(client, assessment):
    html = client.get(f"{assessment.url}resultaat/", complete(assessment)).content.decode()
    assert "Antwoorden gegeven op 20 november 2025." in html
    assert date_format(timezone.localdate(), "j F Y") not in html
    assert f"datum={ANSWERED_ON}" in parse(html).select_one("#deel-link")["value"]


def test_an_old_link_without_a_date_keeps_its_version_when_the_date_is_added(client, assessment):
    old = {"norm": "ja", "v": "00000000"}
    response = client.get(f"{assessment.url}resultaat/", old)
    assert response.status_code == 302
    assert parse_qs(urlparse(response["Location"]).query)["v"] == ["00000000"]
    assert "De vragenlijst is veranderd" in client.get(response["Location"]).content.decode()


def test_the_result_lists_every_answer_with_a_link_to_change_it(client, assessment):
    response = client.get(f"{assessment.url}resultaat/", complete(assessment, norm="ja"))
    soup = parse(response)
    changes = soup.select(".vp-sa-answers__change")
    assert [urlparse(link["href"]).fragment for link in changes] == [
        "vraag-norm",
        "vraag-zichtbaar",
        "vraag-gesprek",
    ]
    first = urlparse(changes[0]["href"])
    assert first.path == assessment.url
    assert parse_qs(first.query)["norm"] == ["ja"] and parse_qs(first.query)["gesprek"] == ["nee"]
    # The link leads to that question on the form, with the answers filled in.
    form = parse(client.get(changes[1]["href"]))
    assert form.select_one("#vraag-zichtbaar")
    assert form.select_one("#a-norm-ja").has_attr("checked")
    items = texts(soup.select(".vp-sa-answers__item"))
    assert "Uw antwoord: Ja (100 punten, gewicht 3)" in items[0]


def test_the_score_is_explained_with_the_visitors_own_numbers(client, assessment):
    answers = complete(assessment, norm="ja", zichtbaar="weet-ik-niet", gesprek="deels")
    response = client.get(f"{assessment.url}resultaat/", answers)
    explained = " ".join(parse(response).select_one("[data-sa-explained]").get_text().split())
    # norm 3 x 100 + gesprek 2 x 50 of (3 + 2) x 100; zichtbaar is not a zero but a gap.
    assert "Uw score is dus 400 van de 500, omgerekend 80 van de 100." in explained
    assert "Van uw 3 antwoorden tellen er 2 mee: 1 keer ‘weet ik niet’ telt niet mee." in explained
    find_out = parse(response).select_one("[data-sa-find-out]")
    assert "Zoek uit hoe het zit met zichtbaar." in find_out.get_text()


def test_the_organisation_and_its_kind_weigh_and_head_the_result(client, assessment):
    value = question_value("gesprek", 1)
    value["kind_weights"] = [{"kind": "waterschap", "weight": 3}]
    assessment.parts = stream(part_value("Norm", question_value("norm", 1)), part_value("N", value))
    assessment.save_revision().publish()
    answers = {"norm": "ja", "gesprek": "nee", "v": version_of(assessment), "datum": ANSWERED_ON}
    plain = client.get(f"{assessment.url}resultaat/", answers).content.decode()
    assert "<strong>50 van de 100</strong>" in plain
    name = "Waterschap <De Dommel>"
    tailored = client.get(
        f"{assessment.url}resultaat/", {**answers, "soort": "waterschap", "organisatie": name}
    ).content.decode()
    assert "<strong>25 van de 100</strong>" in tailored  # 1 x 100 of 1 + 3
    assert "Voor Waterschap &lt;De Dommel&gt; (waterschap)." in tailored
    assert "De gewichten passen bij een waterschap" in tailored


def test_the_plan_links_to_the_protocol_tool_with_the_kind_chosen(client, assessment):
    from tests.protocol.factories import ProtocolToolPageFactory

    answers = complete(assessment, soort="provincie")
    html = client.get(f"{assessment.url}resultaat/", answers).content.decode()
    assert "data-sa-protocol-link" not in html  # no protocol tool on this site
    tool = ProtocolToolPageFactory(parent=assessment.get_parent())
    link = parse(client.get(f"{assessment.url}resultaat/", answers)).select_one(
        "[data-sa-protocol-link]"
    )
    assert link["href"] == f"{tool.url}?soort=provincie"
    first_step = parse(client.get(link["href"]))
    assert first_step.select_one("#id_kind_provincie, input[value=provincie]").has_attr("checked")
    assert first_step.find("form", action=tool.url)["method"] == "post"  # answers are posted
    untouched = parse(client.get(tool.url))
    assert not untouched.select("input[name=kind][checked]")
    assert not parse(client.get(f"{tool.url}?soort=<x>")).select("input[name=kind][checked]")


def test_the_pdf_carries_the_day_of_the_answers_the_organisation_and_the_link_back(
    client, assessment
):
    answers = complete(assessment, organisatie="Gemeente Peelbeek", soort="gemeente")
    response = client.get(f"{assessment.url}resultaat/pdf/", answers)
    assert response["Content-Disposition"] == (
        f'attachment; filename="zelfinspectie-{ANSWERED_ON}.pdf"'
    )
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Gemeente Peelbeek (gemeente)" in text
    assert "Antwoorden gegeven op 20 november 2025" in text
    links = [
        a.get_object()["/A"]["/URI"]
        for page in reader.pages
        for a in page.get("/Annots", [])
        if "/A" in a.get_object()
    ]
    back = next(link for link in links if "/resultaat/?" in link)
    assert back.startswith(f"http://testserver{assessment.url}resultaat/?")
    assert parse_qs(urlparse(back).query) == {
        key: [value] for key, value in answers.items() if key != "v"
    } | {"v": [version_of(assessment)]}
