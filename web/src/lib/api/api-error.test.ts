import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, parseRetryAfter } from './api-error';

function apiError(code: string, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) {
  return new ApiError({ status: 400, code, title: 'Title from server', ...extra });
}

describe('errorMessage', () => {
  it('tells how long to wait when rate limited', () => {
    expect(errorMessage(apiError('rate_limited', { status: 429, retryAfterSeconds: 30 }))).toBe(
      'Too many attempts. Please wait 30 seconds and try again.',
    );
  });

  it('explains an expired or used sign-in link', () => {
    expect(errorMessage(apiError('invalid_token'))).toBe('This link has expired or was already used.');
  });

  it('asks for a fresh sign-in when reauthentication is required', () => {
    expect(errorMessage(apiError('reauth_required', { status: 403 }))).toMatch(/sign in again/i);
  });

  it('shows the first field message of a validation error', () => {
    const error = apiError('validation_failed', { fieldErrors: { email: ['Enter a valid email address.'] } });
    expect(errorMessage(error)).toBe('Enter a valid email address.');
  });

  it('falls back to the server detail for an unknown code', () => {
    expect(errorMessage(apiError('something_new', { detail: 'Detail from server' }))).toBe('Detail from server');
  });

  it('uses plain words for errors that are not from the API', () => {
    expect(errorMessage(new Error('boom'))).toBe('Something went wrong. Please try again.');
  });
});

describe('parseRetryAfter', () => {
  it('reads delay seconds', () => {
    expect(parseRetryAfter('120')).toBe(120);
  });

  it('reads an HTTP date as seconds from now', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
  });

  it('ignores a missing or malformed header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
