#!/usr/bin/env bash
# The container's entrypoint (CI runs it too). Without an argument it does everything a single
# container needs: migrate, collect static files, optionally load the demo content, then serve.
# With an argument it does one job, as the Kubernetes manifests use it:
#   serve              gunicorn only (migrations run in the migrate Job; static files are in the image)
#   migrate            migrate the database and stop
#   publish-scheduled  publish and unpublish scheduled pages once and stop (the CronJob; at most
#                      once a minute however often it is started, see core/scheduling.py)
#   backup             a new backup in $BACKUP_ROOT (default /backups), backups older than
#                      $BACKUP_KEEP_DAYS (default 14) removed (the nightly CronJob and compose service)
#   archive            the public site harvested into WARC files in $ARCHIVE_ROOT/<date> (default
#                      /archive), fetched from $ARCHIVE_FETCH_FROM (e.g. http://varnish) when set
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-veiligpubliek.settings.production}

serve() {
  exec gunicorn veiligpubliek.wsgi:application \
    --config docker/gunicorn.conf.py \
    --bind "0.0.0.0:${PORT:-8000}" \
    --workers "${GUNICORN_WORKERS:-3}" \
    --access-logfile - \
    --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}"
}

case "${1:-all}" in
  serve)
    serve
    ;;
  migrate)
    exec python manage.py migrate --noinput
    ;;
  publish-scheduled)
    exec python manage.py publish_scheduled_once
    ;;
  archive)
    exec python manage.py archive_site "${ARCHIVE_ROOT:-/archive}/$(date +%Y-%m-%d)" \
      ${ARCHIVE_FETCH_FROM:+--fetch-from "$ARCHIVE_FETCH_FROM"}
    ;;
  backup)
    exec python manage.py backup_site --into "${BACKUP_ROOT:-/backups}" --keep-days "${BACKUP_KEEP_DAYS:-14}"
    ;;
  all)
    python manage.py migrate --noinput
    python manage.py compile_translations --verbosity 0
    python manage.py collectstatic --noinput --verbosity 0
    if [ "${CREATE_MEDIA_BUCKET:-0}" = "1" ]; then
      python manage.py create_media_bucket
    fi
    if [ "${LOAD_DEMO_CONTENT:-0}" = "1" ]; then
      python manage.py load_demo_content
    fi
    serve
    ;;
  *)
    echo "Unknown command '$1': use serve, migrate, publish-scheduled, backup or archive (or nothing)." >&2
    exit 2
    ;;
esac
