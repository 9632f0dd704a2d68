import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, noContent, problem } from '../../test/fetch-router';
import { ApiError } from './api-error';
import { mockUploads } from '../../test/fake-xhr';
import { api, apiUpload, resetCsrfToken, setUnauthorizedHandler } from './client';

describe('api client', () => {
  it('sends the CSRF token header on a POST', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/logout': () => noContent() });

    await api.post('/auth/logout');

    expect(server.calls('POST /api/v1/auth/logout')[0]?.headers.get('X-CSRF-Token')).toBe('csrf-1');
  });

  it('sends no CSRF token on a GET and does not fetch one', async () => {
    const server = mockFetch({ 'GET /api/v1/auth/sessions': () => json({ items: [] }) });

    await api.get('/auth/sessions');

    expect(server.calls('GET /api/v1/auth/sessions')[0]?.headers.has('X-CSRF-Token')).toBe(false);
    expect(server.calls('GET /api/v1/auth/csrf')).toHaveLength(0);
  });

  it('fetches the CSRF token once and reuses it for later writes', async () => {
    const server = mockFetch({ 'DELETE /api/v1/auth/sessions/s1': () => noContent() });

    await api.delete('/auth/sessions/s1');
    await api.delete('/auth/sessions/s1');

    expect(server.calls('GET /api/v1/auth/csrf')).toHaveLength(1);
  });

  it('fetches a new CSRF token after the token is reset at sign-in or sign-out', async () => {
    let issued = 0;
    const server = mockFetch({
      'GET /api/v1/auth/csrf': () => json({ token: `csrf-${++issued}` }),
      'POST /api/v1/auth/logout': () => noContent(),
    });

    await api.post('/auth/logout');
    resetCsrfToken();
    await api.post('/auth/logout');

    const posts = server.calls('POST /api/v1/auth/logout');
    expect(posts.map((r) => r.headers.get('X-CSRF-Token'))).toEqual(['csrf-1', 'csrf-2']);
  });

  it('refetches the CSRF token and retries once when the server answers csrf_failed', async () => {
    let issued = 0;
    const server = mockFetch({
      'GET /api/v1/auth/csrf': () => json({ token: `csrf-${++issued}` }),
      'POST /api/v1/auth/logout': (request) =>
        request.headers.get('X-CSRF-Token') === 'csrf-2' ? noContent() : problem(403, 'csrf_failed'),
    });

    await expect(api.post('/auth/logout')).resolves.toBeUndefined();

    expect(server.calls('GET /api/v1/auth/csrf')).toHaveLength(2);
    expect(server.calls('POST /api/v1/auth/logout')).toHaveLength(2);
  });

  it('gives up with csrf_failed when the retry is refused too', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/logout': () => problem(403, 'csrf_failed') });

    await expect(api.post('/auth/logout')).rejects.toMatchObject({ status: 403, code: 'csrf_failed' });
    expect(server.calls('POST /api/v1/auth/logout')).toHaveLength(2);
  });

  it('sends requests with same-origin credentials and a JSON body', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/start': () => json({ message: 'ok' }, 202) });

    await api.post('/auth/magic-link/start', { email: 'a@example.com' });

    const [request] = server.calls('POST /api/v1/auth/magic-link/start');
    expect(request?.credentials).toBe('same-origin');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.body).toEqual({ email: 'a@example.com' });
  });

  it('maps problem details to an ApiError with code, request id and field errors', async () => {
    mockFetch({
      'PATCH /api/v1/auth/passkeys/p1': () =>
        problem(400, 'validation_failed', {
          title: 'One or more fields are invalid.',
          detail: 'Check the nickname.',
          requestId: 'req-42',
          errors: { nickname: ['Nickname must be at most 64 characters.'] },
        }),
    });

    const error = await api.patch('/auth/passkeys/p1', { nickname: 'x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      title: 'One or more fields are invalid.',
      detail: 'Check the nickname.',
      requestId: 'req-42',
      fieldErrors: { nickname: ['Nickname must be at most 64 characters.'] },
    });
  });

  it('reads Retry-After seconds from a 429 answer', async () => {
    mockFetch({
      'POST /api/v1/auth/magic-link/start': () => problem(429, 'rate_limited', {}, { 'Retry-After': '42' }),
    });

    await expect(api.post('/auth/magic-link/start', { email: 'a@b.c' })).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 42,
    });
  });

  it('derives a code from the status when the body is not problem JSON', async () => {
    mockFetch({
      'GET /api/v1/auth/sessions': () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'X-Request-ID': 'edge-7' } }),
    });

    await expect(api.get('/auth/sessions')).rejects.toMatchObject({
      status: 502,
      code: 'server_error',
      requestId: 'edge-7',
    });
  });

  it('reports a network failure as network_error', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));

    await expect(api.get('/auth/sessions')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('returns undefined for a 204 answer', async () => {
    mockFetch({ 'DELETE /api/v1/auth/passkeys/p1': () => noContent() });

    await expect(api.delete('/auth/passkeys/p1')).resolves.toBeUndefined();
  });

  it('sends the user to sign-in with the current page as next on a 401', async () => {
    const redirect = vi.fn();
    setUnauthorizedHandler(redirect);
    window.history.replaceState(null, '', '/account/security?tab=sessions');
    mockFetch({ 'GET /api/v1/auth/sessions': () => problem(401, 'unauthorized') });

    await expect(api.get('/auth/sessions')).rejects.toMatchObject({ status: 401 });

    expect(redirect).toHaveBeenCalledWith('/sign-in?next=%2Faccount%2Fsecurity%3Ftab%3Dsessions');
  });

  it('does not redirect on a 401 when the caller handles it', async () => {
    const redirect = vi.fn();
    setUnauthorizedHandler(redirect);
    window.history.replaceState(null, '', '/account/security');
    mockFetch({ 'GET /api/v1/auth/me': () => problem(401, 'unauthorized') });

    await expect(api.get('/auth/me', { redirectOnUnauthorized: false })).rejects.toMatchObject({ status: 401 });

    expect(redirect).not.toHaveBeenCalled();
  });

  it('does not redirect on a 401 while already on the sign-in page', async () => {
    const redirect = vi.fn();
    setUnauthorizedHandler(redirect);
    window.history.replaceState(null, '', '/sign-in');
    mockFetch({ 'GET /api/v1/auth/sessions': () => problem(401, 'unauthorized') });

    await expect(api.get('/auth/sessions')).rejects.toMatchObject({ status: 401 });

    expect(redirect).not.toHaveBeenCalled();
  });

  describe('uploads', () => {
    const form = () => {
      const body = new FormData();
      body.append('file', new File(['a,b\n'], 'strong.csv', { type: 'text/csv' }));
      return body;
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    it('posts the form with the CSRF token and reports progress until the body is sent', async () => {
      mockFetch();
      const uploads = mockUploads();
      const progress: [number, number | undefined][] = [];
      const onSent = vi.fn();

      const result = apiUpload<{ id: string }>('/imports', form(), { onProgress: (loaded, total) => progress.push([loaded, total]), onSent });
      await settle();
      const [upload] = uploads;
      upload!.progress(512, 2048);
      upload!.progress(2048, 2048);
      upload!.sent();
      upload!.respond(201, { id: 'i1' });

      await expect(result).resolves.toEqual({ id: 'i1' });
      expect(upload!.method).toBe('POST');
      expect(upload!.url).toBe('/api/v1/imports');
      expect(upload!.headers.get('X-CSRF-Token')).toBe('csrf-1');
      expect(upload!.body?.get('file')).toBeInstanceOf(File);
      expect(progress).toEqual([
        [512, 2048],
        [2048, 2048],
      ]);
      expect(onSent).toHaveBeenCalledOnce();
    });

    it('turns a problem answer into an ApiError with its extra members', async () => {
      mockFetch();
      const uploads = mockUploads();

      const result = apiUpload('/imports', form());
      await settle();
      uploads[0]!.respond(
        400,
        { title: 'The file cannot be imported', status: 400, detail: 'Line 3 is not valid CSV.', code: 'invalid_import_file', line: 3 },
        'application/problem+json',
      );

      await expect(result).rejects.toMatchObject({ status: 400, code: 'invalid_import_file', extensions: { line: 3 }, requestId: 'req-upload' });
    });

    it('fetches a new CSRF token and sends the file again once on csrf_failed', async () => {
      let issued = 0;
      mockFetch({ 'GET /api/v1/auth/csrf': () => json({ token: `csrf-${++issued}` }) });
      const uploads = mockUploads();

      const result = apiUpload('/imports', form());
      await settle();
      uploads[0]!.respond(403, { status: 403, code: 'csrf_failed' }, 'application/problem+json');
      await settle();
      await settle();
      uploads[1]!.respond(201, { id: 'i2' });

      await expect(result).resolves.toEqual({ id: 'i2' });
      expect(uploads.map((u) => u.headers.get('X-CSRF-Token'))).toEqual(['csrf-1', 'csrf-2']);
    });

    it('reports a dropped connection as a network error', async () => {
      mockFetch();
      const uploads = mockUploads();

      const result = apiUpload('/imports', form());
      await settle();
      uploads[0]!.fail();

      await expect(result).rejects.toBeInstanceOf(ApiError);
      await expect(result).rejects.toMatchObject({ code: 'network_error' });
    });

    it('stops the upload when its signal is aborted', async () => {
      mockFetch();
      const uploads = mockUploads();
      const controller = new AbortController();

      const result = apiUpload('/imports', form(), { signal: controller.signal });
      await settle();
      controller.abort();

      await expect(result).rejects.toMatchObject({ name: 'AbortError' });
      expect(uploads[0]!.aborted).toBe(true);
    });
  });
});
