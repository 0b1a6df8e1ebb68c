# Slim production image: gunicorn behind your TLS proxy, static files served by whitenoise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=veiligpubliek.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media \
    VEILIGPUBLIEK_VAR_DIR=/app/var \
    PORT=8000

# libpq5 for PostgreSQL and its client tools for `manage.py backup_site`/`restore_site` (pg_dump,
# pg_restore); Pango (with pangoft2 and harfbuzz-subset) and one font package for
# WeasyPrint, which writes the PDFs: they use only fonts installed here, never web fonts.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 postgresql-client \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 veiligpubliek

WORKDIR /app
COPY pyproject.toml ./
COPY constraints.txt ./
RUN pip install --upgrade pip && pip install -c constraints.txt .
COPY --chown=veiligpubliek:veiligpubliek . .
# Static files are collected into the image, so that a container with a read-only root
# filesystem (Kubernetes) can serve them. The variables only satisfy the production settings.
RUN DJANGO_SECRET_KEY=build-only DATABASE_URL=sqlite:////tmp/build.sqlite3 ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput --verbosity 0 \
    && python manage.py compile_translations --verbosity 0 \
    && mkdir -p /app/media /app/var/cache && chown -R veiligpubliek:veiligpubliek /app

USER veiligpubliek
EXPOSE 8000
ENTRYPOINT ["bash", "docker/entrypoint.sh"]
