// A tiny in-test HTTP router standing in for the backend: `'METHOD /path'` → handler.
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | undefined;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function problem(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: code.replace(/_/g, ' '), status, code, requestId: 'req-1', ...extra }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

export interface FetchRouter {
  requests: RecordedRequest[];
  /** Requests matching `'METHOD /path'` (path without the query string). */
  calls: (route: string) => RecordedRequest[];
  on: (route: string, handler: Handler) => void;
}

/**
 * Replaces global fetch. Unknown routes answer 404 not_found; the CSRF route answers by default.
 * A route ending in `*` matches any path with that prefix (for ids the client makes up).
 */
export function mockFetch(routes: Record<string, Handler> = {}): FetchRouter {
  const table = new Map<string, Handler>([['GET /api/v1/auth/csrf', () => json({ token: 'csrf-1' })]]);
  for (const [route, handler] of Object.entries(routes)) table.set(route, handler);
  const requests: RecordedRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      url,
      headers: new Headers(init?.headers),
      body: text ? JSON.parse(text) : undefined,
      credentials: init?.credentials,
      signal: init?.signal ?? undefined,
    };
    requests.push(request);
    const route = `${method} ${url.pathname}`;
    const handler =
      table.get(route) ??
      [...table.entries()].find(([key]) => key.endsWith('*') && route.startsWith(key.slice(0, -1)))?.[1];
    return handler ? handler(request) : problem(404, 'not_found');
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    requests,
    calls: (route) => requests.filter((r) => `${r.method} ${r.path}` === route),
    on: (route, handler) => table.set(route, handler),
  };
}
