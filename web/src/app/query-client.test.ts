import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import { createQueryClient, retryDelay } from './query-client';

const unavailable = (retryAfterSeconds?: number) =>
  new ApiError({ status: 503, code: 'dependency_unavailable', title: 'Unavailable', retryAfterSeconds });

describe('the query client', () => {
  it('asks a busy server again only once its Retry-After is over', () => {
    expect(retryDelay(0, unavailable(5))).toBe(5_000);
    expect(retryDelay(1, unavailable(5))).toBe(5_000);
  });

  it('backs off exponentially when the answer names no Retry-After', () => {
    expect([0, 1, 2, 10].map((n) => retryDelay(n, unavailable()))).toEqual([1_000, 2_000, 4_000, 30_000]);
  });

  it('uses that delay for every query', () => {
    expect(createQueryClient().getDefaultOptions().queries?.retryDelay).toBe(retryDelay);
  });
});
