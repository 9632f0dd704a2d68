import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { enqueue, queuedChanges, queueState } from './change-queue';
import { clearDeviceData } from './device-data';
import { keepOfflineCopies, OFFLINE_META, readCopy, withOfflineCopy } from './offline-copies';
import { OFFLINE_DB_NAME } from './offline-db';

const networkDown = () => Promise.reject(new ApiError({ status: 0, code: 'network_error', title: 'Network error' }));

describe('offline copies', () => {
  it('keeps the copy of an opted-in query, updates included, and answers with it when the network is down', async () => {
    const queryClient = new QueryClient();
    keepOfflineCopies(queryClient);
    const key = ['workouts', 'detail', 'w1'];
    await queryClient.fetchQuery({ queryKey: key, queryFn: async () => ({ sets: [] }), meta: OFFLINE_META });
    queryClient.setQueryData(key, { sets: ['s1'] });
    await queryClient.fetchQuery({ queryKey: ['workouts', 'list'], queryFn: async () => ['not kept'] });
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(await withOfflineCopy(key, networkDown)).toEqual({ sets: ['s1'] });
    expect(await readCopy(['workouts', 'list'])).toBeUndefined();
  });

  it('keeps data put in the cache before a screen opted it in, once the screen uses it', async () => {
    const queryClient = new QueryClient();
    keepOfflineCopies(queryClient);
    const key = ['workouts', 'detail', 'w2'];
    queryClient.setQueryData(key, { id: 'w2' });
    const observer = new QueryObserver(queryClient, { queryKey: key, queryFn: async () => ({ id: 'w2' }), meta: OFFLINE_META, staleTime: Infinity });
    const stop = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();

    expect(await readCopy(key)).toEqual({ id: 'w2' });
  });

  it('never stands in for an answer from the server, and fails as before with no copy', async () => {
    const key = ['auth', 'me'];
    await expect(withOfflineCopy(key, networkDown)).rejects.toThrow(ApiError);
    const unauthorized = new ApiError({ status: 401, code: 'unauthorized', title: 'Sign in' });
    await expect(withOfflineCopy(key, () => Promise.reject(unauthorized))).rejects.toBe(unauthorized);
  });
});

describe('signing out', () => {
  it('clears every personal byte: offline copies, waiting changes, the app’s keys and caches other than the app shell', async () => {
    const queryClient = new QueryClient();
    keepOfflineCopies(queryClient);
    await queryClient.fetchQuery({ queryKey: ['auth', 'me'], queryFn: async () => ({ email: 'a@example.com' }), meta: OFFLINE_META });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await enqueue({ kind: 'put-set', input: { reps: 5 }, label: 'a set' });
    localStorage.setItem('fitfolio:workout-log:w1', '{}');
    sessionStorage.setItem('fitfolio:draft', 'x');
    localStorage.setItem('other-app', 'kept');
    const deleted: string[] = [];
    const cacheNames = ['workbox-precache-v2-http://localhost/', 'personal-api'];
    Object.assign(globalThis, {
      caches: { keys: async () => cacheNames, delete: async (name: string) => deleted.push(name) > 0 },
    });

    await clearDeviceData();

    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(OFFLINE_DB_NAME);
    expect(queueState().waiting).toBe(0);
    expect(await queuedChanges()).toEqual([]);
    expect(await readCopy(['auth', 'me'])).toBeUndefined();
    expect(localStorage.getItem('fitfolio:workout-log:w1')).toBeNull();
    expect(sessionStorage.getItem('fitfolio:draft')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('kept');
    expect(deleted).toEqual(['personal-api']);
    Reflect.deleteProperty(globalThis, 'caches');
    localStorage.clear();
  });
});
