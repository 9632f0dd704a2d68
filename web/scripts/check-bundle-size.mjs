// Fails the build when the JavaScript a first visit must load (index.html's entry script plus
// its modulepreloads) is over budget, gzipped. Lazy chunks do not count.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 120;
const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../src/FitFolio.Api/wwwroot');
const html = readFileSync(join(outDir, 'index.html'), 'utf8');

const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?\S[\s\S]*?<\/script>/i;
if (inlineScript.test(html)) {
  console.error('index.html contains an inline <script>, which the Content-Security-Policy blocks.');
  process.exit(1);
}
if (/\sstyle\s*=/i.test(html)) {
  console.error('index.html contains an inline style attribute, which the Content-Security-Policy blocks.');
  process.exit(1);
}

const files = new Set();
for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/gi)) files.add(match[1]);
for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/gi)) files.add(match[1]);
for (const match of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/gi)) files.add(match[1]);

if (files.size === 0) {
  console.error('No entry script found in index.html.');
  process.exit(1);
}

let total = 0;
for (const file of files) {
  const bytes = gzipSync(readFileSync(join(outDir, file.replace(/^\//, ''))), { level: 9 }).length;
  total += bytes;
  console.log(`  ${file}: ${(bytes / 1024).toFixed(1)} KB gzip`);
}
const kb = total / 1024;
console.log(`initial JS: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB: lazy-load more screens or drop a dependency.`);
  process.exit(1);
}
