#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: `.ci/postgres.sh start` prints nothing but the
# cluster's log on failure; `.ci/postgres.sh stop` removes it. Port 54329 on 127.0.0.1.
set -euo pipefail
DIR=${KOMPASS_PG_DIR:-/tmp/kompass-pg}
PORT=${KOMPASS_PG_PORT:-54329}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
# runuser lives in /usr/sbin, which a minimal PATH may lack.
RUNUSER=$(command -v runuser || echo /usr/sbin/runuser)
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else "$RUNUSER" -u postgres -- "$@"; fi; }

case "${1:-}" in
  start)
    if [ -z "$BIN" ]; then echo "postgres.sh: PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; fi
    "$0" stop >/dev/null 2>&1 || true
    rm -rf "$DIR" && mkdir -p "$DIR" && chown postgres "$DIR" 2>/dev/null || true
    as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync >/dev/null
    if ! as_postgres "$BIN/pg_ctl" -D "$DIR/data" -w -l "$DIR/log" \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
      cat "$DIR/log" >&2; exit 1
    fi
    echo "postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    if [ -n "$BIN" ] && [ -d "$DIR/data" ]; then as_postgres "$BIN/pg_ctl" -D "$DIR/data" -w -m fast stop >/dev/null || true; fi
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
