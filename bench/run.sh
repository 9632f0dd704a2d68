#!/usr/bin/env bash
# Runs the benchmarks against a freshly started app (Development, SQLite in a temp dir, limits lifted) and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
apps=()
trap 'for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; rm -rf "$tmp"' EXIT

source bench/app.sh

start_app "$PWD" now
now_port=$port
echo "== magic-link start: known vs unknown address"
node bench/magic-link-timing.mjs "http://localhost:$now_port" "${ROUNDS:-300}"

echo "== passkey sign-in start: known vs unknown address"
node bench/magic-link-timing.mjs "http://localhost:$now_port" "${ROUNDS:-300}" passkey

echo "== first screen: sign-in interactive in Chromium"
[ -d e2e/node_modules ] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
node bench/first-screen.mjs "http://localhost:$now_port" "${RUNS:-15}"

echo "== live workout: taps per set and page height of a 4 × 3 template on a phone, now and before the logging table"
# main just before the logging table landed (its API already had the stored exercise list the screen uses today)
before_commit=${GYM_BEFORE_COMMIT:-72e6848}
mkdir -p "$tmp/before" && git archive "$before_commit" | tar -x -C "$tmp/before"
start_app "$tmp/before" before
node bench/gym-taps.mjs "http://localhost:$now_port" "http://localhost:$port"

echo "== analytics: each route beside the best plain SQL on a seeded history (PostgreSQL 100,000 sets, SQLite 20,000)"
bash bench/analytics/run.sh

echo "== hot paths: signed-in read, set write, workout with 30 sets, exercise search — app beside its raw-Npgsql anchor (PostgreSQL, 64 connections)"
bash bench/hot-paths/run.sh

echo "== hot paths on SQLite (the embedded default), 16 connections: the settings before ADR 0022 beside today's"
PROVIDER=sqlite bash bench/hot-paths/run.sh
