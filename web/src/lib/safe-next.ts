/**
 * Returns `next` when it is a path on this site, else `fallback`. Refuses protocol-relative
 * (`//evil`), backslash (`/\evil`), scheme (`https:evil`) and encoded variants of those.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next) return fallback;
  let decoded = next;
  try {
    // Decode twice so double-encoded tricks such as %252F%252F are seen too.
    decoded = decodeURIComponent(decodeURIComponent(next));
  } catch {
    return fallback;
  }
  for (const candidate of [next, decoded]) {
    if (!candidate.startsWith('/')) return fallback;
    if (candidate.startsWith('//') || candidate.includes('\\')) return fallback;
    // Control characters (CR/LF/tab…) never belong in a path.
    if ([...candidate].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
  }
  // Coming back to the sign-in flow itself after signing in would only loop.
  if (/^\/(sign-in|auth\/verify)(?:[/?#]|$)/.test(decoded)) return fallback;
  return next;
}
