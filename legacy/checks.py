"""Configuration checks for the legacy redirects, shown by `manage.py check` and at start-up."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register
from django.http.request import validate_host

from legacy.paths import canonical_host


@register()
def check_legacy_settings(app_configs, **kwargs):
    messages = []
    base = urlsplit(settings.CANONICAL_BASE_URL)
    if base.scheme not in ("http", "https") or not base.hostname:
        messages.append(
            Warning(
                f"CANONICAL_BASE_URL '{settings.CANONICAL_BASE_URL}' is not a full http(s) address.",
                hint="Set it to e.g. https://www.veiligepubliekedienstverlening.nl",
                id="legacy.W001",
            )
        )
    for host in settings.LEGACY_HOSTS:
        if host.lower() == canonical_host():
            messages.append(
                Warning(
                    f"LEGACY_HOSTS contains the canonical host {host}; it is ignored there.",
                    id="legacy.W002",
                )
            )
        elif not validate_host(host, settings.ALLOWED_HOSTS):
            messages.append(
                Warning(
                    f"The legacy host {host} is not in ALLOWED_HOSTS, so its old addresses "
                    "get an error instead of a redirect.",
                    hint="Add the LEGACY_HOSTS to ALLOWED_HOSTS.",
                    id="legacy.W003",
                )
            )
    return messages
