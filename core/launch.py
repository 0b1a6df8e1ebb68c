"""What must be true before the site goes live: no demo addresses or accounts, a real security
contact, the production safeguards on. `manage.py launch_check` prints these; CI runs it on the
demo (where it must find the demo's example addresses) and docs/operators/production.md asks it
before launch."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import Error, Tags, register
from django.db import DatabaseError
from wagtail.models import Page, Revision, Site

from .models import SiteSettings

# Addresses that are reserved for examples (RFC 2606 and the Dutch example.nl).
EXAMPLE_ADDRESS = re.compile(r"@?\b(example|voorbeeld)\.(nl|com|org|net)\b|\.example\b", re.I)


def problems():
    """Every reason the site is not ready to launch, in Dutch, for the operator."""
    yield from _settings_problems()
    yield from address_problems()


def address_problems():
    """Example addresses and a missing security contact: what `check --deploy` refuses too."""
    if EXAMPLE_ADDRESS.search(settings.SECURITY_CONTACT):
        yield f"SECURITY_CONTACT is een voorbeeldadres: {settings.SECURITY_CONTACT}"
    yield from _site_settings_problems()
    yield from _account_problems()
    yield from _content_problems()


@register(Tags.security, deploy=True)
def check_launch_addresses(app_configs, **kwargs):
    """`manage.py check --deploy` fails while an example address would be published (the
    database is read when it is there; before the first migration there is nothing to publish)."""
    try:
        found = list(address_problems())
    except DatabaseError:
        return []
    return [
        Error(
            problem,
            hint="manage.py launch_check lists everything before launch.",
            id=f"core.E{n:03d}",
        )
        for n, problem in enumerate(found, start=1)
    ]


def _settings_problems():
    if settings.DEBUG:
        yield "DEBUG staat aan."
    if not settings.ADMIN_REQUIRE_2FA:
        yield "Tweestapsverificatie voor de beheeromgeving staat uit (ADMIN_REQUIRE_2FA)."
    base = urlsplit(settings.CANONICAL_BASE_URL)
    if base.scheme != "https" or base.hostname in {"localhost", "127.0.0.1", None}:
        yield f"CANONICAL_BASE_URL is geen https-adres van de site: {settings.CANONICAL_BASE_URL}"


def _site_settings_problems():
    for site in Site.objects.all():
        site_settings = SiteSettings.for_site(site)
        for field in ("contact_email", "contact_phone", "security_contact"):
            value = getattr(site_settings, field)
            if EXAMPLE_ADDRESS.search(value):
                label = SiteSettings._meta.get_field(field).verbose_name
                yield f"Site {site.hostname}: '{label}' is een voorbeeldadres: {value}"
        if not (site_settings.security_contact.strip() or settings.SECURITY_CONTACT.strip()):
            yield (
                f"Site {site.hostname}: geen adres voor beveiligingsmeldingen (site-instellingen "
                "of SECURITY_CONTACT); /.well-known/security.txt bestaat dan niet."
            )


def _account_problems():
    demo_like = get_user_model().objects.filter(is_active=True, email__iregex=r"@[^@]*example\.")
    for username in demo_like.values_list("username", flat=True).order_by("username"):
        yield f"Account '{username}' heeft een voorbeeld-e-mailadres (een demo-account?)."


def _content_problems():
    latest = Page.objects.live().values("latest_revision_id")
    revisions = Revision.objects.filter(id__in=latest, content__icontains="@example.")
    titles = Page.objects.filter(latest_revision__in=revisions).values_list("title", flat=True)
    for title in sorted(titles):
        yield f"Pagina '{title}' noemt een voorbeeld-e-mailadres."
