"""Editorial roles and the review workflow, through the real admin views."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from practice.models import OrganisationType, PracticeExamplePage, Province
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS, REVIEW_WORKFLOW
from tests.home.factories import StandardPageFactory
from tests.html import parse
from tests.practice.conftest import LISTING_URL, example_form_data, text
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


def add_url(index_page):
    return reverse(
        "wagtailadmin_pages:add", args=("practice", "practiceexamplepage", index_page.pk)
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def listed_titles(client):
    return [text(link) for link in parse(client.get(LISTING_URL)).select(".vp-card__link")]


def is_denied(response):
    """Wagtail answers a forbidden admin page with a 403 or a redirect to the dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and "/login/" not in response.headers["Location"]


def submit_new_example(client, index_page, theme, **overrides):
    response = client.post(add_url(index_page), {**example_form_data(theme), **overrides})
    assert response.status_code == 302, response.content.decode()[:3000]
    return PracticeExamplePage.objects.get(slug="proefdorp-spreekt-af-wie-de-dader-belt")


def test_groups_come_from_the_migration():
    bzk = Group.objects.get(name=BZK_EDITORS)
    municipal = Group.objects.get(name=MUNICIPAL_EDITORS)
    assert bzk.permissions.filter(codename="access_admin").exists()
    assert municipal.permissions.filter(codename="access_admin").exists()
    assert bzk.permissions.filter(codename="add_redirect").exists()
    assert not municipal.permissions.filter(codename__endswith="redirect").exists()
    assert set(bzk.page_permissions.values_list("permission__codename", flat=True)) >= {
        "add_page",
        "change_page",
        "publish_page",
    }


def test_practice_section_is_reviewed_by_the_bzk_editors(index_page):
    assert index_page.get_workflow().name == REVIEW_WORKFLOW
    task = index_page.get_workflow().tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [BZK_EDITORS]
    municipal = Group.objects.get(name=MUNICIPAL_EDITORS)
    assert list(municipal.page_permissions.values_list("page_id", "permission__codename")) == [
        (index_page.pk, "add_page")
    ]


def test_municipal_editor_sees_the_add_form(municipal_client, index_page):
    response = municipal_client.get(add_url(index_page))
    assert response.status_code == 200
    form = parse(response)
    text = form.get_text(" ").lower()
    for label in ("Naam organisatie", "De situatie", "Geleerde lessen", "Contactpersoon"):
        assert label.lower() in text
    # Plain choices: a snippet chooser would need permissions this group does not have.
    organisation_types = form.select('input[type="radio"][name="organisation_type"]')
    assert len(organisation_types) == OrganisationType.objects.count()
    provinces = form.select('input[type="checkbox"][name="provinces"]')
    assert len(provinces) == Province.objects.count()
    assert municipal_client.get("/admin/documents/chooser/").status_code == 200


def test_municipal_editor_creates_an_example_and_submits_it_for_review(
    municipal_client, municipal_editor, index_page, nazorg
):
    page = submit_new_example(
        municipal_client, index_page, nazorg, **{"action-submit": "Ter beoordeling"}
    )
    assert not page.live
    assert page.owner == municipal_editor
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == REVIEW_WORKFLOW
    # The draft keeps its relations (they live in the revision, not only in the database).
    draft = page.get_latest_revision_as_object()
    assert [t.slug for t in draft.themes.all()] == ["nazorg"]
    assert [p.slug for p in draft.provinces.all()] == ["utrecht"]
    # Visitors do not see it yet.
    assert listed_titles(municipal_client) == []


def test_municipal_editor_cannot_publish(municipal_client, index_page, nazorg):
    page = submit_new_example(
        municipal_client, index_page, nazorg, **{"action-publish": "Publiceren"}
    )
    page.refresh_from_db()
    assert not page.live
    assert page.has_unpublished_changes
    assert Page.objects.live().filter(pk=page.pk).count() == 0


def test_municipal_editor_can_edit_own_draft_but_not_other_examples(
    municipal_client, index_page, nazorg
):
    someone_elses = PracticeExamplePageFactory(parent=index_page, themes=[nazorg])
    page = submit_new_example(municipal_client, index_page, nazorg)
    assert municipal_client.get(edit_url(page)).status_code == 200
    assert is_denied(municipal_client.get(edit_url(someone_elses)))


def test_municipal_editor_cannot_touch_other_pages(municipal_client, home_page, index_page):
    theme = ThemePageFactory(title="Preventie", slug="preventie")
    assert is_denied(municipal_client.get(edit_url(theme)))
    form = example_form_data(theme, title="Aangepast thema")
    assert is_denied(municipal_client.post(edit_url(theme), form))
    theme.refresh_from_db()
    assert theme.title == "Preventie"
    add_standard_page = reverse(
        "wagtailadmin_pages:add", args=("home", "standardpage", home_page.pk)
    )
    assert is_denied(municipal_client.get(add_standard_page))


@pytest.mark.parametrize(
    "url",
    [
        "/admin/settings/core/sitesettings/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/redirects/",
        "/admin/workflows/list/",
        "/admin/snippets/practice/province/",
    ],
)
def test_municipal_editor_cannot_reach_settings_users_or_redirects(municipal_client, url):
    assert is_denied(municipal_client.get(url))


@pytest.mark.parametrize(
    "url",
    [
        "/admin/redirects/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/snippets/practice/province/",
        "/admin/snippets/practice/organisationtype/add/",
    ],
)
def test_bzk_editor_manages_media_snippets_and_redirects(bzk_client, url):
    assert bzk_client.get(url).status_code == 200


def test_bzk_editor_can_edit_and_publish_any_page_but_not_manage_users(
    bzk_client, bzk_editor, index_page
):
    pages = [ThemePageFactory(), StandardPageFactory(), index_page, PracticeExamplePageFactory()]
    for page in pages:
        assert bzk_client.get(edit_url(page)).status_code == 200
        assert page.permissions_for_user(bzk_editor).can_publish()
    assert is_denied(bzk_client.get("/admin/users/"))


def test_bzk_editor_approves_and_the_example_goes_live(
    municipal_client, bzk_client, index_page, nazorg
):
    page = submit_new_example(
        municipal_client, index_page, nazorg, **{"action-submit": "Ter beoordeling"}
    )
    state = WorkflowState.objects.get(object_id=str(page.pk), base_content_type__model="page")
    task_state = state.current_task_state

    # The municipal editor is not a reviewer.
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    assert is_denied(municipal_client.post(approve, {"comment": ""}))
    page.refresh_from_db()
    assert not page.live

    response = bzk_client.post(approve, {"comment": "Mooi voorbeeld, gepubliceerd."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert listed_titles(bzk_client) == ["Proefdorp spreekt af wie de dader belt"]


def test_bzk_editor_asks_for_changes_with_a_comment(
    municipal_client, bzk_client, index_page, nazorg
):
    page = submit_new_example(
        municipal_client, index_page, nazorg, **{"action-submit": "Ter beoordeling"}
    )
    state = WorkflowState.objects.get(object_id=str(page.pk), base_content_type__model="page")
    task_state = state.current_task_state
    reject = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk))
    response = bzk_client.post(reject, {"comment": "Voeg de resultaten toe, graag."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state.refresh_from_db()
    assert task_state.comment == "Voeg de resultaten toe, graag."
    # The municipal editor can improve the draft and submit it again.
    assert municipal_client.get(edit_url(page)).status_code == 200


def test_municipal_editor_previews_a_new_example_before_submitting(
    municipal_client, index_page, nazorg
):
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("practice", "practiceexamplepage", index_page.pk),
    )
    data = example_form_data(
        nazorg, contact_name="Piet Proef", contact_email="piet@example.nl", contact_consent="on"
    )
    response = municipal_client.post(preview_url, data)
    assert response.json()["is_valid"]
    response = municipal_client.get(preview_url)
    assert response.status_code == 200
    page = parse(response)
    assert page.h1.get_text(strip=True) == "Proefdorp spreekt af wie de dader belt"
    theme_links = page.select(f'a[href="{LISTING_URL}?thema=nazorg"]')
    assert [text(link) for link in theme_links] == ["Nazorg (meer voorbeelden)"]  # unsaved choices
    assert page.select_one('a[href="mailto:piet@example.nl"]')
    assert not PracticeExamplePage.objects.filter(slug=data["slug"]).exists()
