"""A slow database: the web processes cancel a statement after DATABASE_STATEMENT_TIMEOUT_MS, and a
cancelled statement is handled as an outage (a cached copy, else 503 with Retry-After)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.db.utils import ConnectionHandler

from pagecache.outage import is_database_outage

ROOT = Path(__file__).resolve().parents[2]


def test_the_timeout_reaches_postgresql_only_when_set():
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default'].get('OPTIONS', {})))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "veiligpubliek.settings.dev",
        "DATABASE_URL": "postgres://u@127.0.0.1:1/db",
    }
    env.pop("DATABASE_STATEMENT_TIMEOUT_MS", None)
    without = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert without.returncode == 0, without.stderr
    assert "statement_timeout" not in without.stdout  # commands: no limit
    env["DATABASE_STATEMENT_TIMEOUT_MS"] = "5000"
    limited = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert '"options": "-c statement_timeout=5000"' in limited.stdout


def test_gunicorn_sets_the_timeout_for_the_web_processes(monkeypatch):
    import importlib.util

    monkeypatch.delenv("DATABASE_STATEMENT_TIMEOUT_MS", raising=False)
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "docker/gunicorn.conf.py")
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
    assert os.environ["DATABASE_STATEMENT_TIMEOUT_MS"] == "5000"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="statement_timeout is PostgreSQL's")
@pytest.mark.django_db
def test_a_statement_over_the_limit_is_cancelled_and_counts_as_an_outage():
    settings_dict = {
        **connection.settings_dict,
        "OPTIONS": {"options": "-c statement_timeout=100"},
    }
    handler = ConnectionHandler({"default": settings_dict})
    slow = handler["default"]
    try:
        with pytest.raises(OperationalError) as cancelled, slow.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(1)")
        assert "statement timeout" in str(cancelled.value)
        assert is_database_outage(cancelled.value)
    finally:
        slow.close()
