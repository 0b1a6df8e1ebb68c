import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage
from infographic.anchors import unique_anchors
from infographic.blocks import PhaseBlock, StepBlock
from infographic.models import InfographicPage
from tests.infographic.factories import infographic_phase, infographic_step
from tests.themes.factories import ThemePageFactory, TopicPageFactory

from .conftest import publish_phases, step_anchors


def test_unique_anchors_derive_slugs_and_number_duplicates():
    assert unique_anchors(["Meld het!", "Meld het", "Één stap", "", "meld-het"]) == [
        "meld-het",
        "meld-het-2",
        "een-stap",
        "stap",
        "meld-het-3",
    ]


@pytest.mark.django_db
def test_saving_gives_every_step_a_unique_anchor_from_its_title(infographic):
    publish_phases(
        infographic,
        infographic_phase("Voorkomen", [infographic_step("Meld het"), infographic_step("Train")]),
        infographic_phase(
            "Nazorg", [infographic_step("Meld het"), infographic_step("Één gesprek")]
        ),
    )
    assert step_anchors(infographic) == ["meld-het", "train", "meld-het-2", "een-gesprek"]


@pytest.mark.django_db
def test_anchor_stays_when_the_title_changes(infographic):
    publish_phases(infographic, infographic_phase("Voorkomen", [infographic_step("Stel een norm")]))
    anchor = step_anchors(infographic)[0]
    step = infographic.phases[0].value["steps"][0]
    step["title"] = "Maak een norm"
    infographic.save_revision().publish()
    infographic.refresh_from_db()
    assert infographic.phases[0].value["steps"][0]["title"] == "Maak een norm"
    assert step_anchors(infographic) == [anchor] == ["stel-een-norm"]


@pytest.mark.django_db
def test_anchor_typed_by_an_editor_becomes_a_slug_and_an_empty_one_is_filled_in(infographic):
    publish_phases(
        infographic,
        infographic_phase(
            "Voorkomen",
            [infographic_step("Eerste", anchor="Mijn Anker"), infographic_step("Tweede")],
        ),
    )
    assert step_anchors(infographic) == ["mijn-anker", "tweede"]


@pytest.mark.django_db
def test_one_infographic_per_site_below_the_home_page(infographic, home_page):
    assert infographic.get_parent().specific == home_page
    assert InfographicPage.parent_page_types == ["home.HomePage"]
    assert InfographicPage.subpage_types == []
    assert "infographic.InfographicPage" in HomePage.subpage_types
    assert not InfographicPage.can_create_at(home_page)  # max_count = 1, and there is one
    infographic.delete()
    assert InfographicPage.can_create_at(home_page)


def test_editor_must_add_at_least_one_phase_with_at_least_one_step():
    stream_block = InfographicPage._meta.get_field("phases").stream_block
    with pytest.raises(ValidationError):
        stream_block.clean(stream_block.to_python([]))
    phase_without_steps = [{"type": "phase", "value": infographic_phase("Leeg", [])}]
    with pytest.raises(ValidationError):
        stream_block.clean(stream_block.to_python(phase_without_steps))


@pytest.mark.django_db
def test_diagram_leaves_out_unpublished_pages_but_keeps_the_step(infographic, home_page):
    theme = ThemePageFactory(parent=home_page, slug="nazorg")
    draft = TopicPageFactory(parent=theme, title="Concept")
    draft.unpublish()
    live = TopicPageFactory(parent=theme, slug="praat-erover")
    publish_phases(
        infographic,
        infographic_phase(
            "Nazorg",
            [infographic_step("Ga in gesprek", page=draft, related=[live, draft])],
            colour="onbekend",
        ),
    )
    phases = infographic.diagram_phases()
    step = phases[0].steps[0]
    assert (step.title, step.page, step.fragment) == ("Ga in gesprek", None, "stap-ga-in-gesprek")
    assert [page.pk for page in step.related_pages] == [live.pk]
    assert phases[0].colour == "blauw"  # an unknown colour never becomes a CSS class


@pytest.mark.django_db
def test_editor_can_open_the_infographic_in_the_admin(admin_client, infographic):
    response = admin_client.get(f"/admin/pages/{infographic.pk}/edit/")
    assert response.status_code == 200
    # The phases editor is built from a JSON definition, so its labels are in the page's text.
    html = response.content.decode()
    for label in ("Fasen", "Korte titel", "Pagina met meer uitleg", "Anker voor de link"):
        assert label in html


@pytest.mark.django_db
def test_editor_can_add_an_infographic_when_there_is_none(admin_client, infographic, home_page):
    add_url = f"/admin/pages/add/infographic/infographicpage/{home_page.pk}/"
    assert admin_client.get(add_url).status_code != 200  # one per site
    infographic.delete()
    response = admin_client.get(add_url)
    assert response.status_code == 200
    label = BeautifulSoup(response.content, "html.parser").select_one('label[for="id_intro"]')
    assert label.get_text(" ", strip=True).startswith("Introductie")


@pytest.mark.parametrize("block_class", [PhaseBlock, StepBlock])
def test_blocks_have_a_template_icon_description_and_a_preview_that_renders(block_class):
    block = block_class()
    for attribute in ("template", "icon", "description", "preview_value"):
        assert getattr(block.meta, attribute)
    html = BeautifulSoup(block.render(block.to_python(block.meta.preview_value)), "html.parser")
    assert "Registreer het incident" in [
        heading.get_text(" ", strip=True) for heading in html.select("h3 [data-step-name]")
    ]


@pytest.mark.django_db
def test_publishing_from_the_admin_gives_the_steps_unique_anchors(
    admin_client, infographic, home_page
):
    infographic.delete()
    topic = TopicPageFactory(slug="stel-een-norm")

    def step(title):
        return {
            "title": title,
            "text": "Eén zin uitleg.",
            "page": topic.pk,
            "related_pages": streamfield([]),
            "anchor": "",
        }

    data = nested_form_data(
        {
            "title": "Infographic",
            "slug": "infographic",
            "intro": "Alles in één oogopslag.",
            "phases": streamfield(
                [
                    (
                        "phase",
                        {
                            "title": "Voorkomen",
                            "text": "Korte tekst.",
                            "colour": "groen",
                            "icon": "hart",
                            "steps": streamfield(
                                [("item", step("Meld het")), ("item", step("Meld het"))]
                            ),
                        },
                    )
                ]
            ),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(
        f"/admin/pages/add/infographic/infographicpage/{home_page.pk}/", data
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = InfographicPage.objects.get()
    assert page.live
    assert step_anchors(page) == ["meld-het", "meld-het-2"]
