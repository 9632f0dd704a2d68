import type { ProblemDetails } from './types';

/** Codes the client makes up itself when there is no problem document to read. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

/** A failed API call: the server's problem details, or a network failure (status 0). */
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId', 'errors']);

function extensionsOf(problem: ProblemDetails): Record<string, unknown> {
  return Object.fromEntries(Object.entries(problem).filter(([key]) => !STANDARD_MEMBERS.has(key)));
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly fieldErrors: Record<string, string[]>;
  readonly retryAfterSeconds: number | undefined;
  /** Members a problem adds for its code, e.g. `workoutId` on `workout_in_progress`. */
  readonly extensions: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    requestId?: string | undefined;
    fieldErrors?: Record<string, string[]> | undefined;
    retryAfterSeconds?: number | undefined;
    extensions?: Record<string, unknown> | undefined;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.extensions = init.extensions ?? {};
  }

  static fromProblem(
    status: number,
    problem: ProblemDetails | undefined,
    headers: Headers,
  ): ApiError {
    return new ApiError({
      status,
      code: problem?.code ?? fallbackCode(status),
      title: problem?.title ?? `Request failed (${status})`,
      detail: problem?.detail,
      requestId: problem?.requestId ?? headers.get('X-Request-ID') ?? undefined,
      fieldErrors: problem?.errors,
      retryAfterSeconds: parseRetryAfter(headers.get('Retry-After')),
      extensions: problem ? extensionsOf(problem) : undefined,
    });
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError({
      status: 0,
      code: 'network_error',
      title: 'Network error',
    });
    (error as { cause?: unknown }).cause = cause;
    return error;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function fallbackCode(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 429:
      return 'rate_limited';
    case 503:
      return 'dependency_unavailable';
    default:
      return status >= 500 ? 'server_error' : 'unexpected_response';
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function seconds(n: number): string {
  return n === 1 ? '1 second' : `${n} seconds`;
}

/** A plain-words message for any error a screen may show. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Something went wrong. Please try again.';
  }
  switch (error.code) {
    case 'network_error':
      return "We couldn't reach FitFolio. Check your connection and try again.";
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined
        ? `Too many attempts. Please wait ${seconds(error.retryAfterSeconds)} and try again.`
        : 'Too many attempts. Please wait a moment and try again.';
    case 'invalid_token':
      return 'This link has expired or was already used.';
    case 'csrf_failed':
      return 'Your session changed, for example in another tab. Reload the page and try again.';
    case 'unauthorized':
      return 'Please sign in to continue.';
    case 'reauth_required':
      return 'For your security, this needs a recent sign-in. Sign in again, then retry.';
    case 'not_found':
      return "We couldn't find that. It may have been removed already.";
    case 'validation_failed': {
      const first = Object.values(error.fieldErrors).flat()[0];
      return first ?? error.detail ?? 'Please check the highlighted fields.';
    }
    case 'dependency_unavailable':
      return 'FitFolio is having trouble right now. Please try again in a minute.';
    case 'server_error':
      return 'Something went wrong on our side. Please try again.';
    default:
      return error.detail ?? error.title ?? 'Something went wrong. Please try again.';
  }
}
