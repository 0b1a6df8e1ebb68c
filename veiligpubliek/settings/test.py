"""The test suite: SQLite in memory by default, PostgreSQL when DATABASE_URL is set (CI)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
if not os.environ.get("DATABASE_URL"):
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
else:
    # Close each connection after its request, so that the browser tests' server threads leave
    # none open when the test database is dropped.
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# One cache per test process, emptied before each test (tests/conftest.py).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="veiligpubliek-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CANONICAL_BASE_URL = "https://www.veiligepubliekedienstverlening.nl"
WAGTAILADMIN_BASE_URL = CANONICAL_BASE_URL
# Each test process its own (the heavy-answer slots are lock files in it; pytest-xdist runs two).
VAR_DIR = Path(tempfile.mkdtemp(prefix="veiligpubliek-test-var-"))
DEMO_LOGINS_FILE = VAR_DIR / "demo-logins.json"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="veiligpubliek-test-static-"))
WHITENOISE_AUTOREFRESH = True

# Most tests log in with force_login and a password only; tests of the login itself switch these on
# with override_settings (tests/accounts/).
ADMIN_REQUIRE_2FA = False
AXES_ENABLED = False
# The scheduler's external link check only collects addresses here, never fetches them; the tests
# of the checker ask a server of their own on 127.0.0.1 (tests/links/).
LINK_CHECK_LIMIT = 0
