import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from democontent.by_app import infographic as demo
from democontent.loader import ContentLoader
from democontent.report import Report
from infographic.models import InfographicPage
from tests.themes.factories import TopicPageFactory


def phases_and_steps(page):
    return [
        (
            phase.title,
            [(step.title, step.page.url_path if step.page else None) for step in phase.steps],
        )
        for phase in page.diagram_phases()
    ]


@pytest.mark.django_db
def test_demo_infographic_is_filled_from_the_theme_and_topic_pages(infographic):
    assert infographic.url == "/infographic/"
    assert infographic.live
    phases = phases_and_steps(infographic)
    assert [title for title, _ in phases] == ["Voorkomen", "Handelen bij een incident", "Nazorg"]
    for (_, steps), theme_slug in zip(
        phases, ["preventie", "handelen-bij-een-incident", "nazorg"], strict=True
    ):
        theme = Page.objects.get(slug=theme_slug, depth=3)
        topics = list(theme.get_children().live().values_list("url_path", flat=True))
        assert [url_path for _, url_path in steps] == topics  # every topic, in the theme's order
    for phase in infographic.diagram_phases():
        for step in phase.steps:
            assert 0 < len(step.title) <= 60
            assert 0 < len(step.text) <= 300 and step.text.endswith(".")
    colours = [phase.colour for phase in infographic.diagram_phases()]
    assert colours == ["blauw", "oranje", "groen"]  # the colours of the themes


@pytest.mark.django_db
def test_second_run_changes_nothing(infographic):
    revisions = Revision.objects.filter(object_id=str(infographic.pk)).count()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert InfographicPage.objects.count() == 1
    assert Revision.objects.filter(object_id=str(infographic.pk)).count() == revisions
    assert "Niets nieuws" in output.getvalue()


@pytest.mark.django_db
def test_loader_keeps_editor_changes(infographic):
    infographic.intro = "Aangepast door de redactie."
    infographic.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    assert InfographicPage.objects.get().intro == "Aangepast door de redactie."


@pytest.mark.django_db
def test_loader_writes_a_step_for_a_topic_it_has_no_text_for(infographic, home_page):
    infographic.delete()
    nazorg = Page.objects.get(slug="nazorg").specific
    TopicPageFactory(
        parent=nazorg, title="Evalueer samen", intro="Kijk na een maand terug. Wat ging goed?"
    )
    report = Report()
    demo.load({"home": home_page, "themes": {"nazorg": nazorg}}, ContentLoader(report))
    page = InfographicPage.objects.get()
    assert report.counts == {"infographic": 1}
    [(title, steps)] = phases_and_steps(page)
    assert title == "Nazorg"
    assert steps[-1] == ("Evalueer samen", "/home/nazorg/evalueer-samen/")
    assert page.diagram_phases()[0].steps[-1].text == "Kijk na een maand terug."


@pytest.mark.django_db
def test_loader_makes_no_empty_infographic_without_themes(infographic, home_page):
    infographic.delete()
    demo.load({"home": home_page, "themes": {}}, ContentLoader(Report()))
    assert not InfographicPage.objects.exists()


def test_demo_steps_point_to_practice_examples_of_their_theme(infographic, anonymous_client):
    from practice.models import PracticeExamplePage

    related = [
        (phase.value["title"], pk)
        for phase in infographic.phases
        for step in phase.value["steps"]
        for pk in [getattr(page, "pk", page) for page in step["related_pages"]]
    ]
    assert related, "the demo links practice examples to steps"
    examples = PracticeExamplePage.objects.in_bulk([pk for _, pk in related])
    assert len(examples) == len({pk for _, pk in related})  # all exist
    html = anonymous_client.get(infographic.url).content.decode()
    for example in examples.values():
        assert example.url in html
