#!/usr/bin/env bash
# Runs the Playwright suite against a throwaway instance of the app:
#   bash e2e/run.sh <results.json> [playwright test args…]
# Builds the API (the SPA must already be in src/FitFolio.Api/wwwroot; built here when missing), starts it in
# Development on a free localhost port with a fresh SQLite file (mail goes to the development mailbox) and, at the
# same time, smtp4dev (`dotnet tool restore`d from the repository's manifest) and a second instance on another
# port that sends its mail over SMTP to it; waits for all three, runs Playwright (list reporter on stdout, JSON
# reporter to <results.json>; E2E_BASE_URL, E2E_SMTP_APP_URL and E2E_SMTP_API_URL name them) and always stops
# them. Exit code = Playwright's. Expects `npm ci` to have run in e2e/ (scripts/test.sh does that).
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
smtp_applog="$root/artifacts/e2e-smtp-app.log"
smtp4dev_log="$root/artifacts/e2e-smtp4dev.log"
# Four distinct free loopback ports, held open together so that none is handed out twice.
read -r port smtp_app_port smtp_port smtp_http_port < <(node -e '
  const net = require("net");
  const servers = [0, 1, 2, 3].map(() => net.createServer());
  Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, "127.0.0.1", ok)))).then(() => {
    console.log(servers.map((s) => s.address().port).join(" "));
    servers.forEach((s) => s.close());
  });')
url="http://localhost:$port"
smtp_app_url="http://localhost:$smtp_app_port"
smtp_api_url="http://127.0.0.1:$smtp_http_port"
app_pid=""
smtp_app_pid=""
smtp4dev_pid=""

stop_process() {
  local pid="$1"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

stop_app() {
  stop_process "$app_pid"
  stop_process "$smtp_app_pid"
  # `dotnet tool run` starts smtp4dev as its child: the child first, so that the parent sees it exit and ends too.
  if [ -n "$smtp4dev_pid" ] && kill -0 "$smtp4dev_pid" 2>/dev/null; then
    pkill -TERM -P "$smtp4dev_pid" 2>/dev/null || true
    stop_process "$smtp4dev_pid"
  fi
  rm -rf "$tmp"
}
trap stop_app EXIT
trap 'exit 130' INT TERM

dll="bin/$configuration/net10.0/FitFolio.Api.dll"
# start_app URL LOG SQLITE_FILE [NAME=VALUE…]: the app in Development on URL with a fresh SQLite file; its pid goes
# to $started (not printed: a command substitution's subshell would orphan it).
# The magic-link start and verify limits and the passkey limits are per client IP and every test signs in from 127.0.0.1 (each visit
# of /sign-in starts a passkey autofill ceremony): raised so that the suite never hits them (429s would be
# console errors); the limiters themselves are covered by the dotnet tests.
start_app() {
  local app_url="$1" log="$2" database="$3"
  shift 3
  (
    cd src/FitFolio.Api
    exec env ASPNETCORE_ENVIRONMENT=Development \
      ASPNETCORE_URLS="$app_url" \
      App__PublicUrl="$app_url" \
      ConnectionStrings__Database="Data Source=$database" \
      RateLimits__MagicLinkStartPerMinute=200 \
      RateLimits__MagicLinkVerifyPerMinute=200 \
      RateLimits__WebAuthnStartPerMinute=600 \
      RateLimits__WebAuthnFinishPerMinute=600 \
      "$@" \
      dotnet "$dll" --urls "$app_url"
  ) >"$log" 2>&1 &
  started=$!
}

echo "== e2e: starting the app on $url (log: artifacts/e2e-app.log)"
start_app "$url" "$applog" "$tmp/e2e.db"
app_pid=$started

# A second instance that sends its mail over SMTP to smtp4dev (from the repository's tool manifest, in-memory
# store): the sign-in flow as deployed, where no development mailbox exists.
echo "== e2e: starting smtp4dev (SMTP 127.0.0.1:$smtp_port, API $smtp_api_url) and an app that mails through it on $smtp_app_url"
dotnet tool restore >/dev/null
dotnet tool run smtp4dev -- \
  --smtpport="$smtp_port" --urls="$smtp_api_url" --bindaddress=127.0.0.1 --hostname=localhost --tlsmode=None \
  --db= --imapport= --pop3port= --nousersettings --messagestokeep=1000 --baseappdatapath="$tmp/smtp4dev" \
  >"$smtp4dev_log" 2>&1 &
smtp4dev_pid=$!
start_app "$smtp_app_url" "$smtp_applog" "$tmp/e2e-smtp.db" \
  Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$smtp_port" Email__Smtp__UseTls=false \
  Email__From="FitFolio <noreply@fitfolio.test>"
smtp_app_pid=$started

# wait_ready NAME PID URL LOG: polls URL until it answers 2xx; on failure prints the log's tail and exits.
wait_ready() {
  local name="$1" pid="$2" probe="$3" log="$4"
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if curl -fsS -o /dev/null "$probe" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "!! e2e: $name did not become ready ($probe); last log lines:" >&2
  tail -n 40 "$log" >&2
  exit 1
}
wait_ready "the app" "$app_pid" "$url/healthz/ready" "$applog"
wait_ready "the SMTP app" "$smtp_app_pid" "$smtp_app_url/healthz/ready" "$smtp_applog"
wait_ready "smtp4dev" "$smtp4dev_pid" "$smtp_api_url/api/messages" "$smtp4dev_log"

echo "== e2e: Playwright"
cd e2e
set +e
# The admin walk grants admin with the app's own `admin grant` command, against this instance's database.
E2E_BASE_URL="$url" E2E_SMTP_APP_URL="$smtp_app_url" E2E_SMTP_API_URL="$smtp_api_url" E2E_RESULTS_JSON="$results" \
  E2E_APP_DLL="$root/src/FitFolio.Api/$dll" E2E_DATABASE="Data Source=$tmp/e2e.db" \
  npx playwright test "$@"
status=$?
set -e
exit "$status"
