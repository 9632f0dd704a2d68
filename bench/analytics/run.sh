#!/usr/bin/env bash
# Analytics bench: a seeded five-year history written straight into the database, then every analytics route through
# the app beside the best plain SQL for the same answer, interleaved, on PostgreSQL (a throwaway cluster of Debian's
# binaries) at PG_SETS sets and on SQLite (the embedded default) at SQLITE_SETS.
#   PG_SETS=100000 SQLITE_SETS=20000 WORKOUTS=1000 ROUNDS=200 bash bench/analytics/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
chmod 755 "$tmp"
apps=()
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
cleanup() {
  for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  as_postgres "$pgbin/pg_ctl" -D "$tmp/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
source bench/app.sh
[ -d bench/analytics/node_modules ] || (cd bench/analytics && npm ci --no-audit --no-fund --loglevel=error)

mkdir "$tmp/pg"
[ "$(id -u)" -ne 0 ] || chown postgres:postgres "$tmp/pg"
chmod 700 "$tmp/pg"
as_postgres "$pgbin/initdb" -D "$tmp/pg" -U fitfolio --auth=trust -E UTF8 >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$tmp/pg" -w -l "$tmp/pg/server.log" start -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $tmp/pg" >/dev/null
"$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U fitfolio -X -q -d postgres -c 'CREATE DATABASE fitfolio'
pg="Host=127.0.0.1;Port=$pg_port;Username=fitfolio;Database=fitfolio"

echo "load before: $(uptime)"
start_app "$PWD" analytics-pg Database__Provider=Postgres ConnectionStrings__Database="$pg" Email__Smtp__Host="" SecretsFolder=/nonexistent
node bench/analytics/bench.mjs postgres "http://localhost:$port" "postgres://fitfolio@127.0.0.1:$pg_port/fitfolio" \
  "${PG_SETS:-100000}" "${WORKOUTS:-1000}" "${ROUNDS:-200}"
echo "load after PostgreSQL: $(uptime)"

start_app "$PWD" analytics-sqlite
node bench/analytics/bench.mjs sqlite "http://localhost:$port" "$tmp/analytics-sqlite.db" \
  "${SQLITE_SETS:-20000}" "${WORKOUTS:-1000}" "${ROUNDS:-200}"
echo "load after SQLite: $(uptime)"
