"""Local development: `make run` with the embedded SQLite database."""

import os

from .base import *  # noqa: F403
from .base import LEGACY_HOSTS, VAR_DIR, env_bool, env_list

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - only ever used on a developer's machine
# The legacy hosts too, to try their redirects: curl -H "Host: agressievrijwerk.nl" ...
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *LEGACY_HOSTS, *env_list("ALLOWED_HOSTS")]
# Mail is shown in the terminal of `make run`; EMAIL_BACKEND=file keeps each message as a file
# in var/mail/ instead.
EMAIL_BACKEND = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
}.get(os.environ.get("EMAIL_BACKEND", "console"), os.environ.get("EMAIL_BACKEND", ""))
EMAIL_FILE_PATH = VAR_DIR / "mail"
VAR_DIR.mkdir(parents=True, exist_ok=True)

# Development serves the hashed files from the source folders without a collectstatic step.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# The local demo logs in with a password only; `ADMIN_REQUIRE_2FA=1 make run` asks for the second
# step as production does.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", False)
