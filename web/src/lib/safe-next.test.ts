import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a local path with its query string', () => {
    expect(safeNext('/account/security?tab=1')).toBe('/account/security?tab=1');
  });

  it.each([
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash trick', '/\\evil.example'],
    ['a scheme', 'https:evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['an encoded double slash', '/%2F%2Fevil.example'],
    ['a double-encoded double slash', '/%252F%252Fevil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['a control character', '/ok%0d%0aSet-Cookie:x'],
    ['a relative path', 'account'],
  ])('refuses %s', (_, next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('refuses the sign-in pages themselves, which would loop', () => {
    expect(safeNext('/sign-in?next=%2F')).toBe('/');
    expect(safeNext('/auth/verify?token=x')).toBe('/');
  });

  it('falls back when next is missing', () => {
    expect(safeNext(null, '/home')).toBe('/home');
  });
});
