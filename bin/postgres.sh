# A throwaway PostgreSQL 15 on loopback, for the test suite and CI. Source this file, then:
#   start_throwaway_postgres   # sets DATABASE_URL, PG_BIN, PGPORT and PG_SOCKET_DIR
#   stop_throwaway_postgres    # stops the server and removes its files (safe to call twice)
# Everything lives in one temporary folder; the server listens on 127.0.0.1 only.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_WORK=""

have_postgres_server() {
  [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]
}

# PostgreSQL refuses to run as root; root (as in CI) runs it as the postgres user.
_as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else bash -c "$1"; fi
}

_port_is_free() {
  python3 -c 'import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)' "$1"
}

start_throwaway_postgres() {
  PG_WORK=$(mktemp -d /tmp/veiligpubliek-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_WORK"; fi
  PGPORT=${PGPORT:-54329}
  if ! _port_is_free "$PGPORT"; then
    PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  fi
  PG_SOCKET_DIR=$PG_WORK
  local data="$PG_WORK/pgdata"
  echo "PostgreSQL 15 starten op 127.0.0.1:$PGPORT"
  _as_postgres "$PG_BIN/initdb -D '$data' -A trust -U postgres --locale=C.UTF-8 -E UTF8" >/dev/null
  _as_postgres "$PG_BIN/pg_ctl -D '$data' -l '$PG_WORK/postgres.log' -o '-p $PGPORT -k $PG_WORK -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off' -w start" >/dev/null
  _as_postgres "$PG_BIN/createdb -h 127.0.0.1 -p $PGPORT -U postgres veiligpubliek"
  export PGPORT PG_BIN PG_SOCKET_DIR
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/veiligpubliek"
}

# Empties the database for a fresh start (CI's smoke test after the suite).
recreate_throwaway_database() {
  _as_postgres "$PG_BIN/dropdb -h 127.0.0.1 -p $PGPORT -U postgres veiligpubliek && $PG_BIN/createdb -h 127.0.0.1 -p $PGPORT -U postgres veiligpubliek"
}

stop_throwaway_postgres() {
  [ -n "$PG_WORK" ] || return 0
  if [ -f "$PG_WORK/pgdata/postmaster.pid" ]; then
    _as_postgres "$PG_BIN/pg_ctl -D '$PG_WORK/pgdata' -m fast stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_WORK"
  PG_WORK=""
}
