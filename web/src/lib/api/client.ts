// The one HTTP client of the SPA: same-origin JSON over fetch, antiforgery header on unsafe
// methods, problem details turned into ApiError, and a redirect to sign-in on 401.
import { ApiError } from './api-error';
import type { CsrfTokenResponse, ProblemDetails } from './types';

export const API_BASE = '/api/v1';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGN_IN_PATHS = ['/sign-in', '/auth/verify'];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Default true: a 401 sends the user to sign-in and comes back afterwards. */
  redirectOnUnauthorized?: boolean;
}

type UnauthorizedHandler = (signInPath: string) => void;

let csrfToken: Promise<string> | null = null;
let onUnauthorized: UnauthorizedHandler = (path) => window.location.assign(path);

/** The app wires this to the router so the redirect keeps the SPA's state. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

/** Antiforgery tokens are bound to the user: call after every sign-in and sign-out. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

function getCsrfToken(): Promise<string> {
  if (!csrfToken) {
    const pending = send<CsrfTokenResponse>('/auth/csrf', { method: 'GET' }).then((r) => r.token);
    // A failed fetch must not be cached, or every later write would fail the same way.
    pending.catch(() => {
      if (csrfToken === pending) csrfToken = null;
    });
    csrfToken = pending;
  }
  return csrfToken;
}

/** `/sign-in?next=<path>` for the page the user is on now (unless that is a sign-in page). */
export function signInPathFor(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  if (SIGN_IN_PATHS.includes(location.pathname)) return '/sign-in';
  const next = `${location.pathname}${location.search}${location.hash}`;
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  if (!UNSAFE_METHODS.has(method)) return send<T>(path, options);
  return withCsrfToken((token) => send<T>(path, options, token));
}

/** Runs an unsafe request with the antiforgery token, and once more with a new token on `csrf_failed`. */
async function withCsrfToken<T>(request: (token: string) => Promise<T>): Promise<T> {
  try {
    return await request(await getCsrfToken());
  } catch (error) {
    if (error instanceof ApiError && error.code === 'csrf_failed') {
      // The token may belong to a previous session (e.g. signed in/out in another tab): retry once.
      resetCsrfToken();
      return request(await getCsrfToken());
    }
    throw error;
  }
}

const ACCEPT = 'application/json, application/problem+json';

async function send<T>(path: string, options: RequestOptions, token?: string): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: ACCEPT });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('X-CSRF-Token', token);

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }
  return readResponse<T>(response, options);
}

/** The body of a successful answer; otherwise its problem as an ApiError (a 401 also goes to sign-in). */
async function readResponse<T>(response: Response, options: Pick<RequestOptions, 'redirectOnUnauthorized'>): Promise<T> {
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const error = ApiError.fromProblem(response.status, await readProblem(response), response.headers);
  if (error.status === 401) {
    resetCsrfToken();
    if (options.redirectOnUnauthorized !== false && !SIGN_IN_PATHS.includes(window.location.pathname)) {
      onUnauthorized(signInPathFor(window.location));
    }
  }
  throw error;
}

export interface UploadOptions {
  signal?: AbortSignal | undefined;
  /** Bytes of the request body sent so far; `total` is undefined when the browser cannot tell. */
  onProgress?: (loaded: number, total: number | undefined) => void;
  /** The whole body has been sent: the server is now reading it. */
  onSent?: () => void;
}

/**
 * POSTs a multipart form with upload progress (fetch cannot report it), with the same antiforgery token,
 * problem details and 401 handling as every other request.
 */
export function apiUpload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return withCsrfToken((token) => sendForm<T>(path, form, options, token));
}

function sendForm<T>(path: string, form: FormData, options: UploadOptions, token: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const aborted = () => new DOMException('The upload was cancelled.', 'AbortError');
    if (options.signal?.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
    xhr.setRequestHeader('Accept', ACCEPT);
    xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.lengthComputable ? event.total : undefined);
    xhr.upload.onload = () => options.onSent?.();
    xhr.onload = () => {
      // No status means no answer reached the page (a dropped connection reported as a load).
      if (xhr.status === 0) return reject(ApiError.network(new Error('No response')));
      readResponse<T>(responseOf(xhr), {}).then(resolve, reject);
    };
    const failed = () => reject(ApiError.network(new Error('The upload failed')));
    xhr.onerror = failed;
    xhr.ontimeout = failed;
    xhr.onabort = () => reject(aborted());
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** The finished XMLHttpRequest as a fetch Response, so one reader handles both. */
function responseOf(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const bodiless = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
  return new Response(bodiless ? null : xhr.responseText, { status: xhr.status, headers });
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as ProblemDetails;
  } catch {
    return undefined;
  }
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
