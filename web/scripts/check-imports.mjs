// Source rules tsc cannot see:
// - imports flow one way: lib/components → features → app; features never import each other;
// - no barrel files (index.ts re-exports defeat tree shaking);
// - no inline style props: the Content-Security-Policy blocks inline styles.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const problems = [];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

/** 'app' | 'shared' | 'features/<name>' | 'test' */
function layerOf(file) {
  const [top, name] = relative(src, file).split(sep);
  if (top === 'features') return `features/${name}`;
  if (top === 'app' || top === 'test') return top;
  if (top === 'main.tsx') return 'app';
  return 'shared';
}

for (const file of walk(src)) {
  const rel = relative(src, file);
  const isTest = /\.test\.tsx?$/.test(file) || layerOf(file) === 'test';
  if (/^index\.tsx?$/.test(file.split(sep).pop())) problems.push(`${rel}: barrel files are not used here`);
  const text = readFileSync(file, 'utf8');
  if (/\bstyle=\{/.test(text)) problems.push(`${rel}: inline style prop (blocked by the CSP); use a CSS class`);
  if (isTest) continue;
  const from = layerOf(file);
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
    const to = layerOf(resolve(dirname(file), match[1]));
    const allowed =
      to === from ||
      to === 'shared' ||
      (from === 'app' && to.startsWith('features/'));
    if (!allowed) problems.push(`${rel}: ${from} must not import ${to} (${match[1]})`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('imports: ok (shared → features → app, no barrels, no inline styles)');
