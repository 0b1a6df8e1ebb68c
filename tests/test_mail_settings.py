"""Where mail goes (issue 11, item 5): SMTP from the environment in production, the terminal or
files in development. Each settings module is imported in a fresh interpreter."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOW_MAIL_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, "
    "s.DEFAULT_FROM_EMAIL, s.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL, sep='|')"
)


def mail_settings(module, tmp_path, **env):
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("EMAIL_")}
    clean_env.update(env, DJANGO_SETTINGS_MODULE=module, VEILIGPUBLIEK_VAR_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SHOW_MAIL_SETTINGS],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split("|")


def test_production_sends_by_smtp_with_the_variables(tmp_path):
    backend, host, port, user, tls, sender, notifications = mail_settings(
        "veiligpubliek.settings.production",
        tmp_path,
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://user@127.0.0.1:5432/db",
        ALLOWED_HOSTS="example.nl",
        EMAIL_HOST="smtp.example.nl",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="veiligpubliek",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="redactie@example.nl",
    )
    assert backend == "operations.mail.ResilientSMTPBackend"
    assert (host, port, user, tls) == ("smtp.example.nl", "587", "veiligpubliek", "True")
    assert sender == notifications == "redactie@example.nl"


def test_development_prints_mail_or_keeps_it_in_files(tmp_path):
    assert mail_settings("veiligpubliek.settings.dev", tmp_path)[0] == (
        "django.core.mail.backends.console.EmailBackend"
    )
    assert mail_settings("veiligpubliek.settings.dev", tmp_path, EMAIL_BACKEND="file")[0] == (
        "django.core.mail.backends.filebased.EmailBackend"
    )
