"""Editors manage the self-assessment in Wagtail's admin; there is one per site."""

import pytest

from selfassessment.models import SelfAssessmentPage

pytestmark = pytest.mark.django_db


def test_editors_open_the_questionnaire_in_the_admin(admin_client):
    page = SelfAssessmentPage.objects.get(slug="zelfinspectie")
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "De delen van de vragenlijst met hun vragen." in html
    assert "Aanbevolen op" in html or "aanbevolen op" in html


def test_one_self_assessment_per_site(home_page):
    assert not SelfAssessmentPage.can_create_at(home_page)  # the demo content placed one
    assert SelfAssessmentPage.objects.count() == 1


def test_the_page_is_found_by_the_words_of_its_questions(client):
    response = client.get("/zoeken/", {"q": "vervolggesprekken"})
    assert 'href="/zelfinspectie/"' in response.content.decode()


def test_the_demo_questionnaire_is_complete_and_promoted(client):
    page = SelfAssessmentPage.objects.get(slug="zelfinspectie")
    assert page.url == "/zelfinspectie/"
    questionnaire = page.questionnaire()
    assert len(questionnaire.questions) >= 20
    assert len(questionnaire.parts) >= 8
    promoted = {p.url_path for p in page.promoted_on.all()}
    assert {"/home/", "/home/beleid-maken/", "/home/infographic/"} <= promoted
    for path in ("/", "/beleid-maken/", "/infographic/"):
        assert 'href="/zelfinspectie/"' in client.get(path).content.decode(), path
    assert 'href="/zelfinspectie/"' not in client.get("/nazorg/").content.decode()
