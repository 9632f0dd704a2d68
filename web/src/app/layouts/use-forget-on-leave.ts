import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * Forgets every cached server answer once the signed-in screens are gone (sign-out, sign-out everywhere, a 401,
 * a deleted account: their callers only navigate away). Cleared any earlier, the screens still on show would ask
 * again and be answered 401. The check runs a microtask later so that StrictMode's unmount-and-remount of a
 * mounted layout forgets nothing.
 */
export function useForgetServerDataOnLeave(): void {
  const queryClient = useQueryClient();
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      queueMicrotask(() => {
        if (!mounted.current) queryClient.clear();
      });
    };
  }, [queryClient]);
}
