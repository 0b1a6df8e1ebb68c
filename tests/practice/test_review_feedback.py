"""The reviewer's comment reaches the municipal editor, and workflow mail reaches people
(issue 11, item 5). Through the real admin views, with Django's mail outbox."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import TaskState

from practice.models import PracticeExamplePage
from tests.html import parse, texts
from tests.practice.conftest import example_form_data

pytestmark = pytest.mark.django_db

COMMENT = "Noem ook de naam van de wethouder & het aantal incidenten <per jaar>."


@pytest.fixture
def bzk_editor(bzk_editor):
    """The reviewer with a full name, as the comment shows it."""
    bzk_editor.first_name, bzk_editor.last_name = "Bea", "Beoordelaar"
    bzk_editor.save()
    return bzk_editor


def submit_example(client, index_page, theme, slug):
    url = reverse("wagtailadmin_pages:add", args=("practice", "practiceexamplepage", index_page.pk))
    form = example_form_data(theme, title=f"Proef {slug}", slug=slug, **{"action-submit": "1"})
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
    municipal_editor, municipal_client, bzk_editor, bzk_client, index_page, nazorg, mailoutbox
):
    page = submit_example(municipal_client, index_page, nazorg, "proef-wijzigingsverzoek")

    # Submitted: the BZK editors hear of it.
    assert mail_to(mailoutbox, bzk_editor), [m.to for m in mailoutbox]
    mailoutbox.clear()

    review(bzk_client, page, "reject", COMMENT)
    # Changes requested: the municipal editor gets the comment by mail.
    messages = mail_to(mailoutbox, municipal_editor)
    assert messages, [m.to for m in mailoutbox]
    assert any("het aantal incidenten" in message.body for message in messages)

    # At the top of the editor, escaped: the comment's "<per jaar>" is text, not an element.
    editor = parse(municipal_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))))
    [message] = editor.select(".messages .vp-review-comment")
    [message_text] = texts([message])
    assert message_text.startswith("Wijzigingsverzoek van Bea Beoordelaar (")
    assert message_text.endswith(f"“{COMMENT}”")
    assert not message.find("per")

    # On their dashboard, with a link to the editor.
    dashboard = parse(municipal_client.get(reverse("wagtailadmin_home")))
    panel = dashboard.find(id="vp-review-comments-heading").find_parent("section")
    assert texts(panel.select(".vp-review-comments__text")) == [COMMENT]
    assert not panel.find("per")
    assert [link["href"] for link in panel.select(".vp-review-comments a")] == [
        reverse("wagtailadmin_pages:edit", args=(page.pk,))
    ]


def test_approval_mails_the_submitter_and_the_comment_is_gone(
    municipal_editor, municipal_client, bzk_client, index_page, nazorg, mailoutbox
):
    page = submit_example(municipal_client, index_page, nazorg, "proef-goedkeuring")
    mailoutbox.clear()

    review(bzk_client, page, "approve", "Mooi voorbeeld.")
    page.refresh_from_db()
    assert page.live
    assert mail_to(mailoutbox, municipal_editor), [m.to for m in mailoutbox]
    # The workflow is over: no comment at the top of the editor or on the dashboard any more.
    editor = parse(municipal_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))))
    assert not editor.select(".vp-review-comment")
    dashboard = parse(municipal_client.get(reverse("wagtailadmin_home")))
    assert dashboard.find(id="vp-review-comments-heading") is None


def test_password_reset_mail_is_sent(municipal_editor, mailoutbox):
    response = Client().post(
        reverse("wagtailadmin_password_reset"), {"email": municipal_editor.email}
    )
    assert response.status_code == 302
    [message] = mail_to(mailoutbox, municipal_editor)
    assert "/admin/password_reset/confirm/" in message.body
