import { ApiError } from '../api/api-error';

const UNAVAILABLE = new Set([0, 502, 503, 504]);

/**
 * No network, or the server (or the proxy before it) is down for now: worth trying again later. A 500 is
 * not: the same request would fail the same way, so it is shown, not silently retried.
 */
export function isTransientFailure(error: unknown): boolean {
  return error instanceof ApiError && UNAVAILABLE.has(error.status);
}

/** The server no longer knows who this is: the change waits for the lifter to sign in again. */
export function isAuthFailure(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}
