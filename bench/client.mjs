// A signed-in API client for the benchmarks: cookies and CSRF token kept as the SPA keeps them, signed in by magic link
// through the development outbox.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

export class User {
  static calls = 0; // every request, sign-in and mailbox polls included

  constructor(base) { this.base = base; this.cookies = new Map(); this.csrf = null; }
  async call(method, path, body, { csrf = method !== 'GET' } = {}) {
    const headers = { 'content-type': 'application/json' };
    if (csrf) headers['x-csrf-token'] = this.csrf ?? await this.refreshCsrf();
    if (this.cookies.size) headers.cookie = this.cookieHeader();
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
  /**
   * A timed read: GET through Node's own http module on one kept-alive socket, parsed as JSON. fetch (undici) adds
   * 0.15–0.4 ms of its own to every call on this machine, which a bench that times the app against plain SQL would
   * count as the app's.
   */
  get(path) {
    this.agent ??= new http.Agent({ keepAlive: true, maxSockets: 1 });
    return new Promise((resolve, reject) => {
      const request = http.get(`${this.base}/api/v1${path}`, { agent: this.agent, headers: { cookie: this.cookieHeader() } }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (response.statusCode !== 200) reject(new Error(`GET ${path}: ${response.statusCode} ${text.slice(0, 200)}`));
          else resolve(JSON.parse(text));
        });
      });
      request.on('error', reject);
    });
  }
  close() { this.agent?.destroy(); }
  cookieHeader() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
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
