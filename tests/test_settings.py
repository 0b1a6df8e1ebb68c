"""Settings: production refuses to start without its secrets; the embedded default works."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {
    "DJANGO_SECRET_KEY": "x" * 50,
    "DATABASE_URL": "postgres://user@127.0.0.1:5432/db",
    "ALLOWED_HOSTS": "example.nl",
}


def import_production_settings(env):
    clean_env = {k: v for k, v in os.environ.items() if k not in REQUIRED}
    clean_env.update(env)
    clean_env["DJANGO_SETTINGS_MODULE"] = "veiligpubliek.settings.production"
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean_env, capture_output=True, text=True
    )


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {name: value for name, value in REQUIRED.items() if name != missing}
    result = import_production_settings(env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_starts_with_its_variables_and_debug_off():
    result = import_production_settings(REQUIRED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_embedded_sqlite_default_migrates_and_loads_the_demo(tmp_path):
    """What `make run` does on a fresh machine, on a fresh SQLite file."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="veiligpubliek.settings.dev", VEILIGPUBLIEK_VAR_DIR=str(tmp_path)
    )
    env["MEDIA_ROOT"] = str(tmp_path / "media")
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput"], ["load_demo_content"], ["load_demo_content"]):
        result = subprocess.run(manage + command, cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "db.sqlite3").exists()
    assert "Niets nieuws" in result.stdout  # the second run added nothing
    assert "gebruikersnaam: admin" in result.stdout


def test_dutch_language_and_time_zone(settings):
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert settings.WAGTAILIMAGES_IMAGE_MODEL == "assets.CustomImage"
    assert settings.WAGTAILDOCS_DOCUMENT_MODEL == "assets.CustomDocument"
