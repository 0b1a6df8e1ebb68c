"""One mail to the owner when a page falls due; the record remembers the date it mailed for, so
a second run (or a second scheduler) on the same day sends nothing, and a new date mails again."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from .models import PageReview

SUBJECT = "Controleer je pagina '{title}'"
BODY = """Hallo{name},

De pagina '{title}' is sinds {date} aan de beurt om te controleren.
Kijk of de tekst nog klopt: {edit_url}

Is er niets veranderd? Klik dan op het dashboard of onder Rapporten > Beoordelingsdatum op
'Gecontroleerd, niets gewijzigd'. De volgende datum schuift dan vanzelf op.

Je krijgt deze e-mail één keer voor deze datum.

Redactie Veilig Publiek
"""


def reviews_to_remind(today=None):
    today = today or timezone.localdate()
    return (
        PageReview.objects.filter(next_review__lte=today, page__live=True)
        .exclude(reminded_for=F("next_review"))
        .select_related("page", "owner")
        .order_by("pk")
    )


def remind(review):
    page = review.page
    edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )
    first_name = review.owner.first_name if review.owner and not review.team_email else ""
    send_mail(
        SUBJECT.format(title=page.title),
        BODY.format(
            name=f" {first_name}" if first_name else "",
            title=page.title,
            date=review.next_review.strftime("%-d-%-m-%Y"),
            edit_url=edit_url,
        ),
        None,  # DEFAULT_FROM_EMAIL
        [review.reminder_address],
    )


def send_due_reminders(today=None):
    """Mails every owner whose page fell due and was not yet mailed for; returns (sent, skipped).

    A page without an address is skipped and not remembered: once someone sets an owner, the
    next run mails.
    """
    sent = skipped = 0
    for review in reviews_to_remind(today):
        if not review.reminder_address:
            skipped += 1
            continue
        with transaction.atomic():
            # Claim first: of two runs at once, one updates the row and mails; the other skips.
            claimed = (
                PageReview.objects.filter(pk=review.pk)
                .exclude(reminded_for=review.next_review)
                .update(reminded_for=review.next_review)
            )
            if claimed:
                remind(review)
                sent += 1
    return sent, skipped
