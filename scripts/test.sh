#!/usr/bin/env bash
# Runs the test suites and ends with the line "N passed, N failed" summed over all of them:
#   scripts/test.sh                      every suite: web (Vitest), dotnet, e2e (Playwright), runner
#   scripts/test.sh web dotnet …         only the named suites, judged by the same rules
# A suite counts as failed — and the script exits non-zero — when it exits non-zero, reports a failed test,
# a file that could not load or an unhandled error, crashes, or runs zero tests. A broken suite whose report
# shows no failed test still adds one failure, so the last line never reads "0 failed" when something broke.
# The dotnet tests start their own throwaway PostgreSQL, Redis and SMTP servers unless FITFOLIO_TEST_PG,
# FITFOLIO_TEST_REDIS or FITFOLIO_TEST_SMTP name running ones.
#
# The runner's own test (scripts/test-runner.test.sh, the "runner" suite) points these at planted suites:
#   FITFOLIO_TEST_WEB_DIR, FITFOLIO_TEST_DOTNET_TARGET, FITFOLIO_TEST_E2E_DIR  where each suite lives
#   FITFOLIO_TEST_RESULTS   where reports go (default artifacts/test-results)
#   FITFOLIO_TEST_PREPARED  non-empty: dependencies are installed and the SPA is built; skip both
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

all_suites=(web dotnet e2e runner)
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=("${all_suites[@]}")
for suite in "${suites[@]}"; do
  case " ${all_suites[*]} " in
    *" $suite "*) ;;
    *) echo "!! unknown suite '$suite'; choose from: ${all_suites[*]}" >&2; echo "0 passed, 1 failed"; exit 2 ;;
  esac
done

web_dir="${FITFOLIO_TEST_WEB_DIR:-web}"
dotnet_target="${FITFOLIO_TEST_DOTNET_TARGET:-FitFolio.slnx}"
e2e_dir="${FITFOLIO_TEST_E2E_DIR:-e2e}"
prepared="${FITFOLIO_TEST_PREPARED:-}"
results="$(realpath -m "${FITFOLIO_TEST_RESULTS:-artifacts/test-results}")"
rm -rf "$results" && mkdir -p "$results"

passed=0
failed=0
problems=()

# judge SUITE PASSED FAILED [PROBLEM…]: adds the suite's counts; a problem with no failed test adds one failure.
judge() {
  local suite="$1" p="$2" f="$3"
  shift 3
  local extra=0
  if [ $# -gt 0 ] && [ "$f" -eq 0 ]; then extra=1; fi
  passed=$((passed + p))
  failed=$((failed + f + extra))
  echo "== $suite: $p passed, $f failed"
  for problem in "$@"; do
    echo "!! $suite: $problem"
    problems+=("$suite: $problem")
  done
}

# A report's numbers, read by node (present wherever the web and e2e suites can run): prints "passed failed"
# and then one line per problem it finds.
read_report() {
  node "$root/scripts/read-test-report.mjs" "$@"
}

# judge_report SUITE EXIT_CODE KIND REPORT: judges a suite by its exit code and its report.
judge_report() {
  local suite="$1" code="$2" kind="$3" report="$4"
  local found=() counts p=0 f=0
  [ "$code" -eq 0 ] || found+=("exited with code $code")
  if mapfile -t lines < <(read_report "$kind" "$report") && [ ${#lines[@]} -gt 0 ]; then
    counts="${lines[0]}"
    p="${counts%% *}"
    f="${counts##* }"
    found+=("${lines[@]:1}")
  else
    found+=("left no readable report ($report)")
  fi
  judge "$suite" "$p" "$f" "${found[@]}"
}

run_web() {
  echo "== web: install, build and Vitest"
  if [ -z "$prepared" ]; then
    # build-web.sh skips the build when wwwroot is newer than every source, and stamps it for the e2e suite.
    if ! (cd "$web_dir" && npm ci --no-audit --no-fund --loglevel=error) || ! bash scripts/build-web.sh; then
      judge web 0 0 "install or build failed"
      return
    fi
  fi
  (cd "$web_dir" && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json")
  judge_report web $? vitest "$results/vitest.json"
}

run_dotnet() {
  echo "== dotnet: build and test"
  dotnet tool restore >/dev/null
  dotnet test "$dotnet_target" --logger trx --results-directory "$results/dotnet"
  judge_report dotnet $? trx "$results/dotnet"
}

run_e2e() {
  echo "== e2e: Playwright"
  if [ -z "$prepared" ]; then
    if ! bash scripts/build-web.sh || ! (cd "$e2e_dir" && npm ci --no-audit --no-fund --loglevel=error); then
      judge e2e 0 0 "install or SPA build failed"
      return
    fi
  fi
  bash "$e2e_dir/run.sh" "$results/e2e.json"
  judge_report e2e $? playwright "$results/e2e.json"
}

run_runner() {
  echo "== runner: planted failures must turn this script red"
  bash scripts/test-runner.test.sh "$results/runner.json"
  judge_report runner $? runner "$results/runner.json"
}

for suite in "${suites[@]}"; do "run_$suite"; done

if [ ${#problems[@]} -gt 0 ]; then
  echo "== broken suites:"
  printf '!! %s\n' "${problems[@]}"
fi
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
