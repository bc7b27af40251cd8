#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests on PostgreSQL (ctest fixture "postgres").
#   postgres-cluster.sh start STATE_DIR   initdb + pg_ctl start in a new temporary folder; writes
#                                         STATE_DIR/url (the URL of its maintenance database) and
#                                         STATE_DIR/cluster (the folder)
#   postgres-cluster.sh stop STATE_DIR    pg_ctl stop, and the folder is removed
# The cluster listens on a Unix socket in its folder only (no TCP port), trusts local connections, and
# skips fsync: it lives for one test run. As root it runs as the "postgres" user, since PostgreSQL
# refuses to run as root. Nothing global is used or left behind.
set -euo pipefail

command=$1
state=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "no PostgreSQL server found (Debian: postgresql-15)" >&2; exit 1; }

as_owner() {
  # From /tmp: the postgres user may not enter the build folder ctest runs in.
  if [ "$(id -u)" -eq 0 ]; then (cd /tmp && runuser -u postgres -- "$@"); else "$@"; fi
}

case "$command" in
start)
  mkdir -p "$state"
  state=$(cd "$state" && pwd)
  if [ -f "$state/cluster" ]; then # a run that was cut short
    "$0" stop "$state" || true
  fi
  # /tmp: the server user must reach the socket, and a socket path must stay under 108 bytes.
  cluster=$(mktemp -d /tmp/tekpounou-pg.XXXXXX)
  [ "$(id -u)" -ne 0 ] || chown postgres: "$cluster"
  echo "$cluster" > "$state/cluster"
  as_owner "$bin/initdb" --pgdata="$cluster/data" --username=postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 ||
    { cat "$cluster/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" --pgdata="$cluster/data" --log="$cluster/server.log" --wait --timeout=60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$cluster' -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null ||
    { cat "$cluster/server.log" >&2; exit 1; }
  echo "postgresql://postgres@/postgres?host=$cluster" > "$state/url"
  ;;
stop)
  [ -f "$state/cluster" ] || exit 0
  cluster=$(cat "$state/cluster")
  if [ -d "$cluster/data" ]; then
    as_owner "$bin/pg_ctl" --pgdata="$cluster/data" --mode=fast --wait stop >/dev/null 2>&1 || true
  fi
  rm -rf "$cluster" "$state/cluster" "$state/url"
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
