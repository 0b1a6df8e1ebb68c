"""A PostgreSQL text search configuration for Dutch that also ignores accents.

PostgreSQL's own 'dutch' configuration stems Dutch words and drops the accents of the Dutch
alphabet (ë, ï, é), but keeps others (crème, façade, à). 'dutch_unaccent' first strips every
accent with the unaccent extension and then stems as 'dutch' does. Settings use it as the
search backend's SEARCH_CONFIG.

On other databases (the embedded SQLite default) this migration does nothing: there, Wagtail's
SQLite search ignores SEARCH_CONFIG and folds accents itself.
"""

from django.db import migrations

CONFIG = "dutch_unaccent"

CREATE = f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
        CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.dutch);
        ALTER TEXT SEARCH CONFIGURATION {CONFIG}
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
    END IF;
END
$$;
"""

DROP = f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG};"


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
