"""The site settings moved from the home app to core; a database made before the move keeps them.

Runs the real migrations in a child process on a throwaway SQLite file, so the test database of
the suite is not touched.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import django
    from django.core.management import call_command

    django.setup()
    from django.db import connection

    call_command("migrate", "home", "0003", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO home_sitesettings (organisation_name, team_name, contact_email,"
            " contact_phone, postal_address, footer_links, security_contact, site_id)"
            " VALUES ('Gemeente Zuiderhaven', '', 'info@zuiderhaven.example', '', '', '[]',"
            " 'mailto:security@zuiderhaven.example', 1)"
        )
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    old_type, _ = ContentType.objects.get_or_create(app_label="home", model="sitesettings")
    permission, _ = Permission.objects.get_or_create(
        content_type=old_type, codename="change_sitesettings", defaults={"name": "Can change"}
    )
    Group.objects.create(name="Instellingenbeheer").permissions.add(permission)

    call_command("migrate", verbosity=0)

    from core.models import SiteSettings

    settings = SiteSettings.objects.get()
    print(settings.organisation_name, settings.contact_email)
    group = Group.objects.get(name="Instellingenbeheer")
    print(group.permissions.filter(content_type__app_label="core").count())
    print(SiteSettings._meta.db_table)
    """
)


def test_site_settings_survive_the_move_to_core(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="veiligpubliek.settings.dev", VEILIGPUBLIEK_VAR_DIR=str(tmp_path)
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()[-3:]
    assert lines == [
        "Gemeente Zuiderhaven info@zuiderhaven.example",
        "1",
        "core_sitesettings",
    ]
