"""/.well-known/security.txt (RFC 9116): where to report a vulnerability in this website."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.models import SiteSettings

# Expires is always this far ahead of the moment the file is served, so it never lies in the
# past; RFC 9116 advises less than a year.
EXPIRES_AFTER = datetime.timedelta(days=180)


def security_contact(request):
    """The site's own contact (site settings), else the server's (SECURITY_CONTACT); None when
    neither is set: then there is no security.txt rather than one with a made-up address."""
    for contact in (SiteSettings.for_request(request).security_contact, settings.SECURITY_CONTACT):
        contact = contact.strip()
        if contact.startswith(("mailto:", "https://", "tel:")):
            return contact
        if "@" in contact:
            return f"mailto:{contact}"  # typed as a bare e-mail address
    return None


def canonical_security_txt_url():
    base = settings.CANONICAL_BASE_URL
    if base.startswith("http://"):
        base = "https://" + base.removeprefix("http://")  # RFC 9116: Canonical must use https.
    return f"{base}/.well-known/security.txt"


@require_safe
@cache_control(max_age=3600, public=True)
def security_txt(request):
    expires = (timezone.now() + EXPIRES_AFTER).astimezone(datetime.UTC).replace(microsecond=0)
    contact = security_contact(request)
    if contact is None:
        raise Http404("No security contact configured (manage.py launch_check says so too)")
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"Canonical: {canonical_security_txt_url()}",
        "Preferred-Languages: nl, en",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
