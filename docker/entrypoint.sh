#!/usr/bin/env bash
# The container's entrypoint (CI runs it too): migrate, compile our translations, collect static files, optionally load the
# demo content, then serve with gunicorn.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-veiligpubliek.settings.production}
python manage.py migrate --noinput
python manage.py compile_translations --verbosity 0
python manage.py collectstatic --noinput --verbosity 0
if [ "${LOAD_DEMO_CONTENT:-0}" = "1" ]; then
  python manage.py load_demo_content
fi
exec gunicorn veiligpubliek.wsgi:application \
  --bind "0.0.0.0:${PORT:-8000}" \
  --workers "${GUNICORN_WORKERS:-3}" \
  --access-logfile - \
  --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}"
