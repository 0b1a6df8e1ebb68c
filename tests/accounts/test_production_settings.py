"""Under the production settings: a clean deploy check, and the security defaults."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def production_env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ADMIN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="veiligpubliek.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        ALLOWED_HOSTS="www.veiligepubliekedienstverlening.nl,agressievrijwerk.nl,www.agressievrijwerk.nl",
        VEILIGPUBLIEK_VAR_DIR=str(tmp_path),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    env.update(extra)
    return env


def run(args, env):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_reports_nothing(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env(tmp_path)
    )
    assert result.returncode == 0, result.stderr + result.stdout
    # Silenced: X_FRAME_OPTIONS SAMEORIGIN (admin previews) and passkeys' origin list (from the host).
    assert "System check identified no issues (2 silenced)." in result.stdout


SHOW_SETTINGS = """
import django, json
django.setup()
from django.conf import settings as s
print(json.dumps({
    "2fa": s.ADMIN_REQUIRE_2FA,
    "session_secure": s.SESSION_COOKIE_SECURE,
    "csrf_secure": s.CSRF_COOKIE_SECURE,
    "session_httponly": s.SESSION_COOKIE_HTTPONLY,
    "csrf_httponly": s.CSRF_COOKIE_HTTPONLY,
    "samesite": [s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_SAMESITE],
    "idle_seconds": s.SESSION_COOKIE_AGE,
    "failure_limit": s.AXES_FAILURE_LIMIT,
    "cooloff_seconds": s.AXES_COOLOFF_TIME.total_seconds(),
    "axes_enabled": s.AXES_ENABLED,
    "hsts_preload": s.SECURE_HSTS_PRELOAD,
    "document_bytes": s.WAGTAILDOCS_MAX_UPLOAD_SIZE,
    "image_bytes": s.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
    "image_pixels": s.WAGTAILIMAGES_MAX_IMAGE_PIXELS,
    "image_types": s.WAGTAILIMAGES_EXTENSIONS,
    "networks": s.ADMIN_ALLOWED_NETWORKS,
}))
"""


def settings_under(env):
    result = run(["-c", SHOW_SETTINGS], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_defaults(tmp_path):
    values = settings_under(production_env(tmp_path))
    assert values["2fa"] is True
    assert values["session_secure"] and values["csrf_secure"]
    assert values["session_httponly"] and values["csrf_httponly"]
    assert values["samesite"] == ["Lax", "Lax"]
    assert values["idle_seconds"] == 8 * 3600
    assert values["failure_limit"] == 5
    assert values["cooloff_seconds"] == 15 * 60
    assert values["axes_enabled"] is True
    assert values["hsts_preload"] is True
    assert values["document_bytes"] == 20 * 1024 * 1024
    assert values["image_bytes"] == 10 * 1024 * 1024
    assert values["image_pixels"] == 128_000_000
    assert "svg" not in values["image_types"]
    assert values["networks"] == []


def test_production_settings_come_from_the_environment(tmp_path):
    values = settings_under(
        production_env(
            tmp_path,
            ADMIN_REQUIRE_2FA="0",
            ADMIN_SESSION_IDLE_HOURS="2",
            LOGIN_COOLOFF_MINUTES="30",
            DOCUMENT_MAX_UPLOAD_MB="5",
            ADMIN_ALLOWED_NETWORKS="192.0.2.0/24, 2001:db8::/32",
        )
    )
    assert values["2fa"] is False
    assert values["idle_seconds"] == 2 * 3600
    assert values["cooloff_seconds"] == 30 * 60
    assert values["document_bytes"] == 5 * 1024 * 1024
    assert values["networks"] == ["192.0.2.0/24", "2001:db8::/32"]


def test_the_local_demo_asks_only_a_password_unless_told(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ADMIN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="veiligpubliek.settings.dev", VEILIGPUBLIEK_VAR_DIR=str(tmp_path)
    )
    assert settings_under(env)["2fa"] is False
    assert settings_under({**env, "ADMIN_REQUIRE_2FA": "1"})["2fa"] is True
