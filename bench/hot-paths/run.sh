#!/usr/bin/env bash
# Hot-path bench (issue 18, ADR 0022): the signed-in read (GET /auth/me), the set write (PUT /workouts/{id}/sets/{setId}),
# GET /workouts/{id} with 30 sets and GET /exercises?search=bench, each through the app (Release) beside the anchor
# (bench/hot-paths/Anchor: the same database work in raw Npgsql, nothing on top) on the same database, driven by wrk,
# interleaved round by round, printed as ratios against the bounds (throughput ≥ 0.8× the anchor's, p99 ≤ 1.5×). A second
# anchor, the same code inside the app's ASP.NET Core stack without EF Core or logging (ANCHOR_STACK=aspnet), is a
# reference row: what that stack alone costs.
# PostgreSQL is a throwaway cluster of Debian's binaries (production defaults: fsync and synchronous_commit on).
#   bash bench/hot-paths/run.sh                               this checkout's app
#   APP_DIR=/work/wt-x bash …/run.sh                          another checkout's app (the bench and anchor stay these)
#   BEFORE_COMMIT=main bash …/run.sh                          also that commit's app, from git history, in the same run
#   PROVIDER=sqlite bash …/run.sh                             SQLite (the embedded default): app only, at 16 connections
# Knobs: DURATION (s, 10), CONNECTIONS (64; 16 for SQLite), ROUNDS (2), PATHS ("me set workout search"), USERS (64),
# WARMUP (s, 30: after a fresh start the app's CPU per request falls for about a minute of load, 1.6 ms to 0.4 ms per set
# write, as the runtime recompiles hot methods and new pooled connections prepare their statements; ADR 0023),
# PG_MAX_CONNECTIONS (300),
# PG_POOL (Maximum Pool Size for app and anchor alike; Npgsql's default when unset),
# PG_AUTO_PREPARE (Max Auto Prepare for app, anchor and before-build alike: 64, the app's own default, so the anchor prepares
# the statements it repeats just as the app does; 0 plans every statement on every request, Npgsql's default),
# SQLITE_VARIANTS (PROVIDER=sqlite: space-separated NAME or NAME=Key:Value,Key:Value, each an app with those settings, the
# first the baseline; default: the rollback journal without a busy timeout, then the app's defaults).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
app_dir=$(cd "${APP_DIR:-$repo}" && pwd)
provider=${PROVIDER:-postgres}
duration=${DURATION:-10}
rounds=${ROUNDS:-2}
paths=${PATHS:-me set workout search}
users=${USERS:-64}
warmup=${WARMUP:-30}
if [ "$provider" = sqlite ]; then connections=${CONNECTIONS:-16}; else connections=${CONNECTIONS:-64}; fi
cd "$repo"
tmp=$(mktemp -d)
chmod 755 "$tmp"
apps=()
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
cleanup() {
  for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  [ ! -f "$tmp/pg/postmaster.pid" ] || as_postgres "$pgbin/pg_ctl" -D "$tmp/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
source bench/app.sh
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }

# Builds a checkout's API host (Release; the SPA is not needed to measure the API).
build_api() { (cd "$1" && dotnet build src/FitFolio.Api -c Release -v q -nologo >/dev/null); }

targets=() # name=URL, in the order each round runs them
declare -A seeds # target → its users file

echo "load before: $(uptime)"
build_api "$app_dir"
if [ -n "${BEFORE_COMMIT:-}" ]; then
  mkdir -p "$tmp/before" && git -C "$repo" archive "$BEFORE_COMMIT" | tar -x -C "$tmp/before"
  build_api "$tmp/before"
fi

if [ "$provider" = postgres ]; then
  pg_port=$(free_port)
  mkdir "$tmp/pg"
  [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$tmp/pg"
  chmod 700 "$tmp/pg"
  as_postgres "$pgbin/initdb" -D "$tmp/pg" -U fitfolio --auth=trust -E UTF8 >/dev/null
  # More connections than the default 100: the app's and the anchor's pools (and the before-build's) stay open side by
  # side, up to CONNECTIONS each; running out is the overload behaviour's test, not this bench's.
  as_postgres "$pgbin/pg_ctl" -D "$tmp/pg" -w -l "$tmp/pg/server.log" start \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $tmp/pg -c max_connections=${PG_MAX_CONNECTIONS:-300}" >/dev/null
  pg() { echo "Host=127.0.0.1;Port=$pg_port;Username=fitfolio;Database=$1;Max Auto Prepare=${PG_AUTO_PREPARE:-64}${PG_POOL:+;Maximum Pool Size=$PG_POOL}"; }
  dotnet build bench/hot-paths/Anchor -c Release -v q -nologo >/dev/null
  # start_anchor NAME [VAR=value…]: an anchor on the app's database, with the app's users, sessions and workouts.
  start_anchor() {
    local name=$1 anchor_port
    shift
    anchor_port=$(free_port)
    env "$@" ANCHOR_DATABASE="$(pg fitfolio_app)" ASPNETCORE_URLS="http://127.0.0.1:$anchor_port" \
      dotnet bench/hot-paths/Anchor/bin/Release/net10.0/Anchor.dll >"$tmp/$name.log" 2>&1 &
    apps+=($!)
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$anchor_port/healthz" >/dev/null && break; sleep 0.5; done
    targets+=("$name=http://127.0.0.1:$anchor_port"); seeds[$name]=$tmp/users-app.tsv
  }
  for name in app ${BEFORE_COMMIT:+before}; do
    "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U fitfolio -X -q -d postgres -c "CREATE DATABASE fitfolio_$name"
    dir=$app_dir; [ "$name" = app ] || dir=$tmp/before
    SKIP_BUILD=1 start_app "$dir" "$name" Database__Provider=Postgres ConnectionStrings__Database="$(pg "fitfolio_$name")" \
      Email__Smtp__Host="" SecretsFolder=/nonexistent
    node bench/hot-paths/seed.mjs "http://localhost:$port" "$users" "$tmp/users-$name.tsv"
    targets+=("$name=http://localhost:$port"); seeds[$name]=$tmp/users-$name.tsv
    if [ "$name" = app ]; then
      start_anchor anchor
      # The same anchor inside the ASP.NET Core stack the app is built on, without EF Core or logging: a reference row.
      start_anchor anchor-aspnet ANCHOR_STACK=aspnet
    fi
  done
else
  # SQLite: the app alone under each variant of its settings, one file per variant (the app makes it), side by side.
  # By default: the settings before ADR 0022 (rollback journal, no busy timeout) beside the app's defaults.
  for variant in ${SQLITE_VARIANTS:-delete-journal=Database__Sqlite__JournalMode:Delete,Database__Sqlite__BusyTimeoutMs:0 defaults}; do
    name=${variant%%=*}; settings=()
    if [[ "$variant" == *=* ]]; then IFS=, read -ra pairs <<<"${variant#*=}"; for kv in "${pairs[@]}"; do settings+=("${kv%%:*}=${kv#*:}"); done; fi
    SKIP_BUILD=1 start_app "$app_dir" "$name" "${settings[@]}"
    # One user at a time: under the rollback journal without a busy timeout, concurrent sign-ups already fail (a 500).
    node bench/hot-paths/seed.mjs "http://localhost:$port" "$users" "$tmp/users-$name.tsv" 1
    targets+=("$name=http://localhost:$port"); seeds[$name]=$tmp/users-$name.tsv
  done
  if [ -n "${BEFORE_COMMIT:-}" ]; then
    SKIP_BUILD=1 start_app "$tmp/before" before
    node bench/hot-paths/seed.mjs "http://localhost:$port" "$users" "$tmp/users-before.tsv" 1
    targets+=("before=http://localhost:$port"); seeds[before]=$tmp/users-before.tsv
  fi
fi

# One wrk run of PATH against a target; its done() prints the JSON line kept in results.jsonl.
drive() {
  local path=$1 target=$2 seconds=$3 round=$4 url=${2#*=} name=${2%%=*} line
  line=$(USERS_FILE=${seeds[$name]} PATH_NAME=$path wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/hot-paths/paths.lua "$url" \
    2>>"$tmp/wrk-errors.log" | tail -n 1)
  [ "$round" = warmup ] || echo "{\"path\":\"$path\",\"target\":\"$name\",\"round\":$round,${line#\{}" >>"$tmp/results.jsonl"
}

echo "== warm-up: ${warmup}s of each path against each target (JIT, pools), not counted"
for path in $paths; do for target in "${targets[@]}"; do drive "$path" "$target" "$warmup" warmup; done; done
echo "== $rounds rounds × ${duration}s per path and target, $connections connections, interleaved ($provider)"
for round in $(seq 1 "$rounds"); do
  for path in $paths; do for target in "${targets[@]}"; do drive "$path" "$target" "$duration" "$round"; done; done
  echo "load after round $round: $(uptime)"
done
[ ! -s "$tmp/wrk-errors.log" ] || { echo "first errors wrk saw:"; head -n 5 "$tmp/wrk-errors.log"; }
python3 bench/hot-paths/report.py "$tmp/results.jsonl" "$provider"
