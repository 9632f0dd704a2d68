#!/usr/bin/env bash
# Runs the benchmarks against a freshly started app (Development, SQLite in a temp dir, limits lifted) and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
apps=()
trap 'for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; rm -rf "$tmp"' EXIT

# Builds the checkout in $1 (SPA and Release host), starts it on a free port with its own SQLite file and waits for it;
# sets $port.
start_app() {
  local dir=$1 name=$2
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  (cd "$dir" && bash scripts/build-web.sh >/dev/null && dotnet build src/FitFolio.Api -c Release -v q -nologo >/dev/null)
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://localhost:$port" App__PublicUrl="http://localhost:$port" \
  ConnectionStrings__Database="Data Source=$tmp/$name.db" RateLimits__MagicLinkStartPerMinute=1000000 RateLimits__MagicLinkPerEmailPerHour=1000000 \
  RateLimits__MagicLinkVerifyPerMinute=1000000 RateLimits__MagicLinkPerEmailTotalPerHour=1000000 RateLimits__WebAuthnStartPerMinute=1000000 \
  Serilog__MinimumLevel__Default=Warning \
    dotnet "$dir/src/FitFolio.Api/bin/Release/net10.0/FitFolio.Api.dll" >"$tmp/$name.log" 2>&1 &
  apps+=($!)
  for _ in $(seq 1 120); do curl -fs "http://localhost:$port/healthz/ready" >/dev/null && break; sleep 0.5; done
}

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
