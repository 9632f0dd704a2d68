// Reads one suite's report for scripts/test.sh:
//   node scripts/read-test-report.mjs vitest|trx|playwright|runner <report file, or the TRX folder>
// Prints "passed failed" on the first line, then one line per problem that makes the suite untrustworthy even
// when no test failed: files that could not load, unhandled errors, a crashed or aborted run, zero tests.
// Prints nothing (and exits 1) when there is no readable report.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [kind, report] = process.argv.slice(2);

function json(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function firstLine(text, max = 200) {
  const line = String(text ?? '').trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

const readers = {
  vitest(path) {
    const r = json(path);
    const problems = [];
    if (r.numTotalTests === 0) problems.push('ran zero tests');
    if (r.numFailedTestSuites > 0) {
      const files = (r.testResults ?? []).filter((t) => t.status === 'failed');
      problems.push(`${r.numFailedTestSuites} test file(s) failed or could not load:`);
      for (const t of files) problems.push(`  ${t.name}: ${firstLine(t.message) || 'failing tests'}`);
    }
    if (r.success !== true) problems.push('reported success: false (a failed test, a file that did not load or an unhandled error)');
    return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, problems };
  },

  trx(folder) {
    const files = existsSync(folder) && statSync(folder).isDirectory()
      ? readdirSync(folder).filter((f) => f.endsWith('.trx')).map((f) => join(folder, f))
      : [];
    if (files.length === 0) return null;
    const sum = { total: 0, executed: 0, passed: 0, failed: 0, error: 0 };
    const problems = [];
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      const outcome = /<ResultSummary\s+outcome="([^"]*)"/.exec(xml)?.[1];
      const counters = /<Counters\s([^>]*)\/?>/.exec(xml)?.[1];
      if (!outcome || !counters) {
        problems.push(`${file}: incomplete TRX (the test host stopped before writing its summary)`);
        continue;
      }
      const counts = Object.fromEntries([...counters.matchAll(/(\w+)="(\d+)"/g)].map(([, k, v]) => [k, Number(v)]));
      for (const key of Object.keys(sum)) sum[key] += counts[key] ?? 0;
      if (outcome !== 'Completed') {
        const info = /<RunInfo[^>]*outcome="(?:Error|Failed|Aborted)"[^>]*>[\s\S]*?<Text>([\s\S]*?)<\/Text>/.exec(xml)?.[1];
        problems.push(`outcome ${outcome}${info ? `: ${firstLine(info)}` : ''}`);
      }
    }
    if (sum.executed !== sum.total) problems.push(`executed ${sum.executed} of ${sum.total} tests`);
    if (sum.error > 0) problems.push(`${sum.error} test(s) ended in error`);
    if (sum.total === 0) problems.push('ran zero tests');
    return { passed: sum.passed, failed: sum.failed + sum.error, problems };
  },

  playwright(path) {
    const r = json(path);
    const s = r.stats ?? {};
    const problems = [];
    for (const error of r.errors ?? []) problems.push(`error outside any test: ${firstLine(error.message)}`);
    if (s.unexpected > 0) problems.push(`${s.unexpected} test(s) failed`);
    if (s.flaky > 0) problems.push(`${s.flaky} test(s) passed only on a retry (flaky)`);
    if (!(s.expected > 0)) problems.push('ran zero tests');
    return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), problems };
  },

  runner(path) {
    const r = json(path);
    const problems = r.checks.filter((c) => !c.ok).map((c) => `check failed: ${c.name} (${c.detail})`);
    if (r.checks.length === 0) problems.push('ran zero checks');
    const failures = r.checks.filter((c) => !c.ok).length;
    return { passed: r.checks.length - failures, failed: failures, problems };
  },
};

try {
  const reader = readers[kind];
  if (!reader) throw new Error(`unknown report kind ${kind}`);
  const result = reader(report);
  if (!result) process.exit(1);
  console.log(`${result.passed} ${result.failed}`);
  for (const problem of result.problems) console.log(problem);
} catch {
  process.exit(1);
}
