#!/usr/bin/env bash
# Load bench for docs/SCALING.md: two app instances (Release build) on a throwaway PostgreSQL (production defaults:
# fsync and synchronous_commit on) and Redis, USERS simulated users logging workouts for DURATION seconds, then
# pgbench's single-row insert rate on the same server with as many clients, printed side by side as a ratio; then
# what the run left behind: bytes per row of the big tables and Redis memory per sign-in challenge.
#   USERS=64 DURATION=20 bash bench/load.sh        (make bench-load)
set -euo pipefail
cd "$(dirname "$0")/.."
users="${USERS:-64}"
duration="${DURATION:-20}"
tmp=$(mktemp -d)
chmod 755 "$tmp"
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port=$(free_port); redis_port=$(free_port); port_a=$(free_port); port_b=$(free_port)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  as_postgres "$pgbin/pg_ctl" -D "$tmp/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir "$tmp/pg"
[ "$(id -u)" -ne 0 ] || chown postgres:postgres "$tmp/pg"
chmod 700 "$tmp/pg"
as_postgres "$pgbin/initdb" -D "$tmp/pg" -U fitfolio --auth=trust -E UTF8 >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$tmp/pg" -w -l "$tmp/pg/server.log" start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $tmp/pg -c max_connections=300" >/dev/null
psql() { "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U fitfolio -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -d postgres -c 'CREATE DATABASE fitfolio'
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$tmp/redis.pid" >/dev/null

dotnet build src/FitFolio.Api -c Release -v q -nologo >/dev/null
start_app() {
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$1" App__PublicUrl="http://localhost:$1" \
  Database__Provider=Postgres ConnectionStrings__Database="Host=127.0.0.1;Port=$pg_port;Username=fitfolio;Database=fitfolio;Maximum Pool Size=100" \
  ConnectionStrings__Redis="127.0.0.1:$redis_port" Redis__KeyPrefix="fitfolio:" Email__Smtp__Host="" \
  RateLimits__MagicLinkStartPerMinute=1000000 RateLimits__MagicLinkVerifyPerMinute=1000000 RateLimits__WebAuthnStartPerMinute=1000000 \
  Serilog__MinimumLevel__Default=Warning SecretsFolder=/nonexistent \
    dotnet src/FitFolio.Api/bin/Release/net10.0/FitFolio.Api.dll >"$tmp/app-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$1/healthz/ready" >/dev/null && return; sleep 0.5; done
  echo "instance on $1 did not become ready:"; tail -n 30 "$tmp/app-$1.log"; exit 1
}
start_app "$port_a" # migrates the empty database first
start_app "$port_b"

# CPU time (ms) of processes from /proc: the machine is shared, so throughput alone says little; CPU per request does.
# PostgreSQL's is the postmaster's own, its exited children's, and its live backends'.
tick_ms=$((1000 / $(getconf CLK_TCK)))
cpu_ms() { local total=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $((total * tick_ms)); }
pg_cpu_ms() {
  local postmaster; postmaster=$(head -n 1 "$tmp/pg/postmaster.pid")
  echo $(( $(awk '{print $16 + $17}' "/proc/$postmaster/stat") * tick_ms + $(cpu_ms "$postmaster" $(pgrep -P "$postmaster")) ))
}
json() { tail -n 1 "$tmp/load.out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"; }

echo "== warm-up: $users users for 15 s (JIT tiering, pools), not counted"
node bench/load.mjs "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$users" 15 | tail -n 2 | head -n 1

echo "== $users users logging workouts for ${duration}s against two instances (PostgreSQL + Redis)"
app_cpu_before=$(cpu_ms "${pids[@]}"); pg_cpu_before=$(pg_cpu_ms)
node bench/load.mjs "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$users" "$duration" | tee "$tmp/load.out"
app_cpu=$(( $(cpu_ms "${pids[@]}") - app_cpu_before )); pg_cpu=$(( $(pg_cpu_ms) - pg_cpu_before ))
app_rate=$(json setWritesPerSecond); requests=$(json requests); set_writes=$(json setWrites)
echo "CPU: both instances ${app_cpu} ms for $requests requests = $(python3 -c "print(round($app_cpu/$requests, 2))") ms per request;" \
  "PostgreSQL ${pg_cpu} ms = $(python3 -c "print(round($pg_cpu/$set_writes, 2))") ms per set write (all the run's queries counted)"

echo "== pgbench: single-row inserts into a table shaped like workout_sets, $users clients, ${duration}s, same server"
psql -d fitfolio -c 'CREATE TABLE bench_sets (id uuid PRIMARY KEY, workout_id uuid NOT NULL, exercise_id uuid NOT NULL, reps int NOT NULL, weight_kg double precision NOT NULL, completed_at timestamptz NOT NULL)'
echo "INSERT INTO bench_sets VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 5, 60, now());" > "$tmp/insert.sql"
pg_cpu_before=$(pg_cpu_ms)
"$pgbin/pgbench" -h 127.0.0.1 -p "$pg_port" -U fitfolio -n -c "$users" -j 2 -T "$duration" -f "$tmp/insert.sql" fitfolio 2>/dev/null | tee "$tmp/pgbench.out" | grep -E 'tps|latency average'
pg_cpu=$(( $(pg_cpu_ms) - pg_cpu_before ))
pg_rate=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$tmp/pgbench.out")
inserts=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$tmp/pgbench.out")
echo "CPU: PostgreSQL ${pg_cpu} ms for $inserts inserts = $(python3 -c "print(round($pg_cpu/$inserts, 3))") ms per insert"
echo "== ratio: app set writes/s ÷ pgbench inserts/s = $app_rate / $pg_rate = $(python3 -c "print(round($app_rate/$pg_rate, 3))")"

echo "== storage: the rows the run wrote, copied (new ids, same contents) to ${SEED_ROWS:-200000} each, then measured with their indexes"
PGOPTIONS="-c bench.seed=${SEED_ROWS:-200000}" psql -d fitfolio <<'SQL'
DO $$
DECLARE
  t text;
  source text;
  cols text;
  existing bigint;
BEGIN
  FOREACH t IN ARRAY ARRAY['workout_sets', 'workouts', 'login_events'] LOOP
    -- workouts: only finished ones, since a user may have one in progress
    source := CASE t WHEN 'workouts' THEN format('(SELECT * FROM %I WHERE status <> %L) s', t, 'in_progress') ELSE format('%I s', t) END;
    EXECUTE format('SELECT count(*) FROM %s', source) INTO existing;
    CONTINUE WHEN existing = 0;
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = t AND column_name <> 'id';
    EXECUTE format('INSERT INTO %I (id, %s) SELECT gen_random_uuid(), %s FROM %s, generate_series(1, %s)',
      t, cols, cols, source, ceil(current_setting('bench.seed')::numeric / existing));
  END LOOP;
END $$;
SQL
psql -d fitfolio -c 'VACUUM ANALYZE'
psql -d fitfolio -c "
  SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS total,
         pg_relation_size(c.oid) / greatest(c.reltuples, 1)::bigint AS heap_bytes_per_row,
         pg_total_relation_size(c.oid) / greatest(c.reltuples, 1)::bigint AS bytes_per_row_with_indexes
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relname IN ('workout_sets', 'workouts', 'login_events')
  ORDER BY 1"

echo "== Redis memory: after the run, then per sign-in challenge (1000 passkey authenticate/start calls)"
before=$(redis-cli -p "$redis_port" info memory | sed -n 's/^used_memory:\([0-9]*\).*/\1/p')
echo "used_memory after the run: $before bytes, $(redis-cli -p "$redis_port" dbsize) keys"
node --input-type=module -e '
  const base = process.argv[1];
  const csrf = await fetch(`${base}/api/v1/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { token } = await csrf.json();
  for (let i = 0; i < 1000; i++) {
    const r = await fetch(`${base}/api/v1/auth/webauthn/authenticate/start`, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": token, cookie }, body: "{}" });
    if (!r.ok) throw new Error(`authenticate/start: ${r.status}`);
  }' "http://127.0.0.1:$port_a"
after=$(redis-cli -p "$redis_port" info memory | sed -n 's/^used_memory:\([0-9]*\).*/\1/p')
echo "used_memory after 1000 challenges: $after bytes → $(( (after - before) / 1000 )) bytes per challenge"
