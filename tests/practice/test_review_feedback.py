"""The reviewer's comment reaches the municipal editor, and workflow mail reaches people
(issue 11, item 5). Through the real admin views, with Django's mail outbox."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import TaskState

from practice.models import PracticeExamplePage
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS
from tests.practice.conftest import example_form_data

pytestmark = pytest.mark.django_db

COMMENT = "Noem ook de naam van de wethouder & het aantal incidenten <per jaar>."


def member(username, group_name):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "x", first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def municipal():
    return member("gemeentemail", MUNICIPAL_EDITORS)


@pytest.fixture
def bzk():
    return member("bzkmail", BZK_EDITORS)


def submit_example(client, index_page, slug):
    url = reverse("wagtailadmin_pages:add", args=("practice", "practiceexamplepage", index_page.pk))
    form = example_form_data(title=f"Proef {slug}", slug=slug, **{"action-submit": "1"})
    assert client.post(url, form).status_code == 302
    return PracticeExamplePage.objects.get(slug=slug)


def review(client, page, action, comment=""):
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    response = client.post(url, {"comment": comment})
    assert response.status_code in (200, 302)


def mail_to(outbox, user):
    return [message for message in outbox if user.email in message.to]


def test_changes_requested_comment_shows_in_the_editor_on_the_dashboard_and_by_mail(
    municipal, bzk, index_page, mailoutbox
):
    municipal_user, municipal_client = municipal
    bzk_user, bzk_client = bzk
    page = submit_example(municipal_client, index_page, "proef-wijzigingsverzoek")

    # Submitted: the BZK editors hear of it.
    assert mail_to(mailoutbox, bzk_user), [m.to for m in mailoutbox]
    mailoutbox.clear()

    review(bzk_client, page, "reject", COMMENT)
    # Changes requested: the municipal editor gets the comment by mail.
    messages = mail_to(mailoutbox, municipal_user)
    assert messages, [m.to for m in mailoutbox]
    assert any("het aantal incidenten" in message.body for message in messages)

    # At the top of the editor, escaped.
    editor = municipal_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    html = editor.content.decode()
    messages_area = html.split('class="messages"')[1].split("</ul>")[0]
    assert "Wijzigingsverzoek van Bzkmail" in messages_area
    assert "het aantal incidenten &lt;per jaar&gt;." in messages_area
    assert "&amp; het aantal" in messages_area

    # On their dashboard, with a link to the editor.
    dashboard = municipal_client.get(reverse("wagtailadmin_home")).content.decode()
    panel = dashboard.split('id="vp-review-comments-heading"')[1]
    assert "het aantal incidenten &lt;per jaar&gt;." in panel
    assert reverse("wagtailadmin_pages:edit", args=(page.pk,)) in panel


def test_approval_mails_the_submitter_and_the_comment_is_gone(
    municipal, bzk, index_page, mailoutbox
):
    municipal_user, municipal_client = municipal
    _, bzk_client = bzk
    page = submit_example(municipal_client, index_page, "proef-goedkeuring")
    mailoutbox.clear()

    review(bzk_client, page, "approve", "Mooi voorbeeld.")
    page.refresh_from_db()
    assert page.live
    assert mail_to(mailoutbox, municipal_user), [m.to for m in mailoutbox]
    # The workflow is over: no comment at the top of the editor or on the dashboard any more.
    dashboard = municipal_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "vp-review-comments-heading" not in dashboard


def test_password_reset_mail_is_sent(municipal, mailoutbox):
    municipal_user, _ = municipal
    response = Client().post(
        reverse("wagtailadmin_password_reset"), {"email": municipal_user.email}
    )
    assert response.status_code == 302
    [message] = mail_to(mailoutbox, municipal_user)
    assert "/admin/password_reset/confirm/" in message.body
