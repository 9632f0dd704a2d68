#!/usr/bin/env bash
# The test runner's own test (the "runner" suite of scripts/test.sh):
#   bash scripts/test-runner.test.sh [report.json]
# Plants each way a suite can break — a failing test, a file that cannot load, an unhandled error, a crashed
# test host, a build error, a flaky test, no tests at all — in a throwaway copy of that suite (the real
# configuration and tool versions, a handful of tests), runs scripts/test.sh on it and checks that it exits
# non-zero with a last line "N passed, M failed" where M > 0; a healthy copy must exit 0 with "N passed, 0 failed".
# Writes { checks: [{ name, ok, detail }] } to report.json; exits non-zero when a check failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
report="$(realpath -m "${1:-artifacts/test-results/runner.json}")"
mkdir -p "$(dirname "$report")"
work="$(mktemp -d)"
trap '[ -n "${KEEP_RUNNER_TEST:-}" ] || rm -rf "$work"' EXIT
verdicts="$work/verdicts.tsv"
: >"$verdicts"

[ -d web/node_modules ] || (cd web && npm ci --no-audit --no-fund --loglevel=error)
[ -d e2e/node_modules ] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)

# expect NAME red|green ARGS…: runs scripts/test.sh with ARGS (VAR=value pairs first, then suite names).
expect() {
  local name="$1" want="$2"
  shift 2
  local log="$work/run-$(wc -l <"$verdicts").log"
  env FITFOLIO_TEST_PREPARED=1 FITFOLIO_TEST_RESULTS="$work/results" "$@" >"$log" 2>&1
  local code=$? last
  last="$(tail -n 1 "$log")"
  local ok=0
  case "$want" in
    red) [ "$code" -ne 0 ] && [[ "$last" =~ ^[0-9]+\ passed,\ [1-9][0-9]*\ failed$ ]] && ok=1 ;;
    green) [ "$code" -eq 0 ] && [[ "$last" =~ ^[1-9][0-9]*\ passed,\ 0\ failed$ ]] && ok=1 ;;
  esac
  local detail="exit code $code, last line \"$last\""
  if [ "$ok" -eq 1 ]; then
    echo "ok   - $name ($detail)"
  else
    echo "FAIL - $name: wanted $want, got $detail; the run's output ends:"
    tail -n 25 "$log" | sed 's/^/       /'
  fi
  printf '%s\t%s\t%s\n' "$ok" "$name" "$detail" >>"$verdicts"
}

# --- Vitest: a copy of web/ with its config, setup file and one real test file ---
web_copy() {
  local dir="$work/web-$1"
  mkdir -p "$dir"
  cp web/package.json web/vite.config.ts web/tsconfig*.json "$dir/"
  cp -r web/src "$dir/src"
  find "$dir/src" -name '*.test.ts*' ! -path '*/lib/units.test.ts' -delete
  ln -s "$root/web/node_modules" "$dir/node_modules"
  echo "$dir"
}
web_suite() { expect "$1" "$2" FITFOLIO_TEST_WEB_DIR="$3" bash scripts/test.sh web; }

dir="$(web_copy healthy)"
web_suite "vitest: a healthy suite is green" green "$dir"

dir="$(web_copy failing)"
printf "import { expect, test } from 'vitest';\ntest('planted', () => expect(1).toBe(2));\n" >"$dir/src/planted.test.ts"
web_suite "vitest: a failing test is red" red "$dir"

dir="$(web_copy throws-on-import)"
printf "import { test } from 'vitest';\nthrow new Error('planted: this file cannot load');\ntest('never runs', () => {});\n" >"$dir/src/planted.test.ts"
web_suite "vitest: a test file that throws on import is red" red "$dir"

dir="$(web_copy unhandled-error)"
cat >"$dir/src/planted.test.ts" <<'EOF'
import { expect, test } from 'vitest';
test('passes but leaves an error behind', () => {
  setTimeout(() => {
    throw new Error('planted unhandled error');
  }, 0);
  expect(1).toBe(1);
});
test('gives the timer a moment', () => new Promise((done) => setTimeout(done, 50)));
EOF
web_suite "vitest: an unhandled error after a passing test is red" red "$dir"

dir="$(web_copy no-tests)"
find "$dir/src" -name '*.test.ts*' -delete
web_suite "vitest: a suite with no test files is red" red "$dir"

# --- dotnet: a throwaway xunit project with the repository's build settings and package versions ---
dotnet_copy() {
  local dir="$work/dotnet-$1"
  mkdir -p "$dir/Planted.Tests"
  cp global.json Directory.Build.props Directory.Packages.props "$dir/"
  cat >"$dir/Planted.Tests/Planted.Tests.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <IsPackable>false</IsPackable>
    <OutputType>Exe</OutputType>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" />
    <PackageReference Include="xunit.v3.mtp-off" />
    <PackageReference Include="xunit.runner.visualstudio" />
  </ItemGroup>
  <ItemGroup>
    <Using Include="Xunit" />
  </ItemGroup>
</Project>
EOF
  printf 'namespace Planted;\n\npublic class HealthyTests\n{\n    [Fact]\n    public void Passes() => Assert.Equal(2, 1 + 1);\n}\n' >"$dir/Planted.Tests/HealthyTests.cs"
  echo "$dir"
}
dotnet_suite() { expect "$1" "$2" FITFOLIO_TEST_DOTNET_TARGET="$3/Planted.Tests" bash scripts/test.sh dotnet; }

dir="$(dotnet_copy healthy)"
dotnet_suite "dotnet: a healthy suite is green" green "$dir"

dir="$(dotnet_copy failing)"
printf 'namespace Planted;\n\npublic class FailingTests\n{\n    [Fact]\n    public void Fails() => Assert.Fail("planted");\n}\n' >"$dir/Planted.Tests/FailingTests.cs"
dotnet_suite "dotnet: a failing test is red" red "$dir"

dir="$(dotnet_copy crash)"
printf 'namespace Planted;\n\npublic class CrashingTests\n{\n    [Fact]\n    public void Crashes() => Environment.FailFast("planted crash of the test host");\n}\n' >"$dir/Planted.Tests/CrashingTests.cs"
dotnet_suite "dotnet: a crashed test host is red" red "$dir"

dir="$(dotnet_copy build-error)"
printf 'namespace Planted;\n\npublic class BrokenTests\n{\n    public void Broken( => 1;\n}\n' >"$dir/Planted.Tests/BrokenTests.cs"
dotnet_suite "dotnet: a test project that does not build is red" red "$dir"

dir="$(dotnet_copy no-tests)"
printf 'namespace Planted;\n\npublic class HealthyTests;\n' >"$dir/Planted.Tests/HealthyTests.cs"
dotnet_suite "dotnet: a suite with no tests is red" red "$dir"

# --- Playwright: a copy of e2e/'s config driving the same Chromium; run.sh starts no app here ---
e2e_copy() {
  local dir="$work/e2e-$1"
  mkdir -p "$dir/tests"
  cp e2e/package.json e2e/playwright.config.ts e2e/tsconfig.json "$dir/"
  ln -s "$root/e2e/node_modules" "$dir/node_modules"
  printf '#!/usr/bin/env bash\ncd "$(dirname "$0")"\nE2E_RESULTS_JSON="$1" npx playwright test ${PLANTED_PLAYWRIGHT_ARGS:-}\n' >"$dir/run.sh"
  cat >"$dir/tests/healthy.spec.ts" <<'EOF'
import { expect, test } from '@playwright/test';
test('renders a page', async ({ page }) => {
  await page.setContent('<h1>FitFolio</h1>');
  await expect(page.getByRole('heading', { name: 'FitFolio' })).toBeVisible();
});
EOF
  echo "$dir"
}
e2e_suite() { expect "$1" "$2" FITFOLIO_TEST_E2E_DIR="$3" "${@:4}" bash scripts/test.sh e2e; }

dir="$(e2e_copy healthy)"
e2e_suite "playwright: a healthy suite is green" green "$dir"

dir="$(e2e_copy failing)"
printf "import { expect, test } from '@playwright/test';\ntest('planted', () => expect(1).toBe(2));\n" >"$dir/tests/planted.spec.ts"
e2e_suite "playwright: a failing test is red" red "$dir"

dir="$(e2e_copy cannot-load)"
printf "import { test } from '@playwright/test';\nimport './no-such-module';\ntest('never runs', () => {});\n" >"$dir/tests/planted.spec.ts"
e2e_suite "playwright: a spec that cannot load is red" red "$dir"

dir="$(e2e_copy flaky)"
cat >"$dir/tests/planted.spec.ts" <<'EOF'
import { test } from '@playwright/test';
test('passes only on a retry', () => {
  if (test.info().retry === 0) throw new Error('planted flake');
});
EOF
e2e_suite "playwright: a test that passes only on a retry is red" red "$dir" PLANTED_PLAYWRIGHT_ARGS=--retries=1

dir="$(e2e_copy no-tests)"
rm "$dir/tests/healthy.spec.ts"
e2e_suite "playwright: a suite with no tests is red" red "$dir"

# --- the runner itself ---
expect "runner: an unknown suite name is refused" red bash scripts/test.sh no-such-suite

node -e '
  const [tsv, out] = process.argv.slice(1);
  const checks = require("fs").readFileSync(tsv, "utf8").trim().split("\n").filter(Boolean)
    .map((line) => { const [ok, name, detail] = line.split("\t"); return { name, ok: ok === "1", detail }; });
  require("fs").writeFileSync(out, JSON.stringify({ checks }, null, 2));
' "$verdicts" "$report"
total=$(wc -l <"$verdicts")
bad=$(grep -c '^0' "$verdicts")
echo "$((total - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
