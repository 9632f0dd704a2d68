// Measures a sign-in start for known and unknown addresses side by side, interleaved in one run, and prints the
// medians and their ratio. The two must answer in the same time within noise (docs/SECURITY.md).
// usage: node bench/magic-link-timing.mjs http://localhost:PORT [rounds] [magic-link|passkey]
const base = process.argv[2] ?? 'http://localhost:8080';
const rounds = Number(process.argv[3] ?? 300);
const measured = {
  'magic-link': { path: '/api/v1/auth/magic-link/start', status: 202 },
  passkey: { path: '/api/v1/auth/webauthn/authenticate/start', status: 200 },
}[process.argv[4] ?? 'magic-link'];

let cookie = '';
async function call(path, init = {}) {
  const response = await fetch(base + path, { ...init, headers: { ...(init.headers ?? {}), cookie } });
  const setCookie = response.headers.getSetCookie?.() ?? [];
  for (const c of setCookie) {
    const pair = c.split(';')[0];
    const name = pair.split('=')[0];
    cookie = [...cookie.split('; ').filter((p) => p && !p.startsWith(name + '=')), pair].join('; ');
  }
  return response;
}

const csrf = (await (await call('/api/v1/auth/csrf')).json()).token;
const start = (email) =>
  call('/api/v1/auth/magic-link/start', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    body: JSON.stringify({ email }),
  });

// Make the "known" addresses known: one link each creates nothing, so sign each one up through the dev mailbox.
const known = Array.from({ length: 20 }, (_, i) => `known-${i}-${Date.now()}@bench.test`);
for (const email of known) {
  await start(email);
  await new Promise((r) => setTimeout(r, 50));
  const mail = (await (await call('/api/v1/dev/mailbox')).json()).items.find((m) => m.to === email);
  const token = new URL(mail.link).searchParams.get('token');
  const verify = await call('/api/v1/auth/magic-link/verify', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    body: JSON.stringify({ token }),
  });
  if (verify.status !== 200) throw new Error(`sign-up of ${email} failed: ${verify.status}`);
  cookie = cookie.split('; ').filter((p) => !p.startsWith('fitfolio_session=')).join('; ');
}
// Signing in re-binds the antiforgery token; start over as an anonymous client.
cookie = '';
const anonCsrf = (await (await call('/api/v1/auth/csrf')).json()).token;

async function timed(email) {
  const t0 = process.hrtime.bigint();
  const response = await call(measured.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': anonCsrf },
    body: JSON.stringify({ email }),
  });
  await response.arrayBuffer();
  if (response.status !== measured.status) throw new Error(`start answered ${response.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const unknown = Array.from({ length: 20 }, (_, i) => `nobody-${i}-${Date.now()}@bench.test`);
const samples = { known: [], unknown: [] };
for (let i = 0; i < 20; i++) await timed(`warmup-${i}@bench.test`);
for (let i = 0; i < rounds; i++) {
  // Alternate the order each round so neither kind always runs on a warmer process.
  // Both pools are reused, so both kinds void an earlier link: only the account's existence differs.
  const pair = [['known', known[i % known.length]], ['unknown', unknown[i % unknown.length]]];
  if (i % 2) pair.reverse();
  for (const [kind, email] of pair) samples[kind].push(await timed(email));
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
const row = (kind) => `${kind.padEnd(8)} median ${quantile(samples[kind], 0.5).toFixed(2)} ms  p90 ${quantile(samples[kind], 0.9).toFixed(2)} ms  (n=${samples[kind].length})`;
console.log(row('known'));
console.log(row('unknown'));
console.log(`ratio known/unknown (median): ${(quantile(samples.known, 0.5) / quantile(samples.unknown, 0.5)).toFixed(3)}`);
