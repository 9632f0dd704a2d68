// A signed-in API client for the benchmarks: cookies and CSRF token kept as the SPA keeps them, signed in by magic link
// through the development outbox.
import { randomUUID } from 'node:crypto';

export class User {
  static calls = 0; // every request, sign-in and mailbox polls included

  constructor(base) { this.base = base; this.cookies = new Map(); this.csrf = null; }
  async call(method, path, body, { csrf = method !== 'GET' } = {}) {
    const headers = { 'content-type': 'application/json' };
    if (csrf) headers['x-csrf-token'] = this.csrf ?? await this.refreshCsrf();
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    User.calls++;
    const response = await fetch(`${this.base}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
    return text ? JSON.parse(text) : null;
  }
  async refreshCsrf() { this.csrf = (await this.call('GET', '/auth/csrf')).token; return this.csrf; }
  async signIn(email = `load-${randomUUID().slice(0, 12)}@example.com`) {
    await this.call('POST', '/auth/magic-link/start', { email });
    for (let i = 0; i < 200; i++) {
      const { items } = await this.call('GET', '/dev/mailbox');
      const link = items.find((m) => m.to === email)?.link;
      if (link) {
        await this.call('POST', '/auth/magic-link/verify', { token: new URL(link).searchParams.get('token') });
        await this.refreshCsrf();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('no sign-in link in the development outbox');
  }
}
