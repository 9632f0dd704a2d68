#!/usr/bin/env bash
# Runs every suite — dotnet (SQLite, PostgreSQL, Redis, SMTP), Vitest and Playwright — and ends with the line
# "N passed, N failed" summed over all of them. Exits non-zero when anything failed or could not run.
# The dotnet tests start their own throwaway PostgreSQL and Redis unless FITFOLIO_TEST_PG / FITFOLIO_TEST_REDIS are set.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$PWD/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
passed=0
failed=0
broken=()

count() { passed=$((passed + $2)); failed=$((failed + $3)); echo "== $1: $2 passed, $3 failed"; }

# --- web: build (the host serves it, Playwright walks it) and unit tests ---
if [ -f web/package.json ]; then
  echo "== web: install, build and unit tests"
  if (cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build); then
    (cd web && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json")
    if [ -f "$results/vitest.json" ]; then
      read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests||0))' "$results/vitest.json")
      count vitest "$p" "$f"
    else
      broken+=("vitest produced no results")
    fi
  else
    broken+=("web build failed")
  fi
fi

# --- dotnet ---
echo "== dotnet: build and test"
dotnet tool restore >/dev/null
dotnet test FitFolio.slnx --logger "trx;LogFileName=dotnet.trx" --results-directory "$results"
trx="$results/dotnet.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  count dotnet "$p" "$f"
else
  broken+=("dotnet tests did not run (build failure?)")
fi

# --- end-to-end (Playwright driving Debian's Chromium) ---
if [ -f e2e/package.json ]; then
  echo "== e2e: Playwright"
  if (cd e2e && npm ci --no-audit --no-fund --loglevel=error) && bash e2e/run.sh "$results/e2e.json"; then :; fi
  if [ -f "$results/e2e.json" ]; then
    read -r p f < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected, s.unexpected + (s.flaky||0))' "$results/e2e.json")
    count e2e "$p" "$f"
  else
    broken+=("e2e produced no results")
  fi
fi

for b in "${broken[@]}"; do echo "!! $b"; failed=$((failed + 1)); done
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
