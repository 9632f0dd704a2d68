#!/usr/bin/env bash
# Runs the Playwright suite against a throwaway instance of the app:
#   bash e2e/run.sh <results.json> [playwright test args…]
# Builds the API (the SPA must already be in src/FitFolio.Api/wwwroot; built here when missing), starts it in
# Development on a free localhost port with a fresh SQLite file, waits for /healthz/ready, runs Playwright
# (list reporter on stdout, JSON reporter to <results.json>) and always stops the app. Exit code = Playwright's.
# Expects `npm ci` to have run in e2e/ (scripts/test.sh does that).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: bash e2e/run.sh <results.json> [playwright args…]" >&2; exit 2; }
results="$(realpath -m "$1")"
shift
cd "$(dirname "$0")/.."
root="$PWD"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration="${E2E_CONFIGURATION:-Debug}" # Debug reuses the build that `dotnet test` just made

[ -f src/FitFolio.Api/wwwroot/index.html ] || bash scripts/build-web.sh
echo "== e2e: building the API ($configuration)"
dotnet build src/FitFolio.Api -c "$configuration" --nologo -v quiet -clp:ErrorsOnly

tmp="$(mktemp -d)"
mkdir -p "$root/artifacts" "$(dirname "$results")"
rm -f "$results"
applog="$root/artifacts/e2e-app.log"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
url="http://localhost:$port"
app_pid=""

stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap stop_app EXIT
trap 'exit 130' INT TERM

echo "== e2e: starting the app on $url (log: artifacts/e2e-app.log)"
dll="bin/$configuration/net10.0/FitFolio.Api.dll"
(
  cd src/FitFolio.Api
  # The magic-link and passkey start limits are per client IP and every test signs in from 127.0.0.1 (each visit
  # of /sign-in starts a passkey autofill ceremony): raised so that the suite never hits them (429s would be
  # console errors); the limiters themselves are covered by the dotnet tests.
  exec env ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="$url" \
    App__PublicUrl="$url" \
    ConnectionStrings__Database="Data Source=$tmp/e2e.db" \
    RateLimits__MagicLinkStartPerMinute=200 \
    RateLimits__WebAuthnStartPerMinute=600 \
    RateLimits__WebAuthnFinishPerMinute=600 \
    dotnet "$dll" --urls "$url"
) >"$applog" 2>&1 &
app_pid=$!

ready=""
for _ in $(seq 1 240); do
  if ! kill -0 "$app_pid" 2>/dev/null; then break; fi
  if curl -fsS -o /dev/null "$url/healthz/ready" 2>/dev/null; then ready=1; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "!! e2e: the app did not become ready on $url; last log lines:" >&2
  tail -n 40 "$applog" >&2
  exit 1
fi

echo "== e2e: Playwright"
cd e2e
set +e
# The admin walk grants admin with the app's own `admin grant` command, against this instance's database.
E2E_BASE_URL="$url" E2E_RESULTS_JSON="$results" E2E_APP_DLL="$root/src/FitFolio.Api/$dll" E2E_DATABASE="Data Source=$tmp/e2e.db" \
  npx playwright test "$@"
status=$?
set -e
exit "$status"
