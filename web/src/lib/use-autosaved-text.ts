import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

function readDraft(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeDraft(key: string, text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  } catch {
    // Storage disabled or full: the text is still saved to the server on pause and on leaving.
  }
}

/**
 * A text field that saves itself: after `delayMs` without typing, on `flush()` (blur), when the component
 * goes away and when the page is hidden. Until the server has it, the text also waits in localStorage under
 * `storageKey`, so a reload or a closed tab brings it back and saves it then.
 */
export function useAutosavedText({
  saved,
  save,
  storageKey,
  delayMs = 800,
}: {
  /** The server's copy. */
  saved: string;
  save: (text: string) => Promise<unknown>;
  storageKey: string;
  delayMs?: number;
}) {
  const [text, setTextState] = useState(() => readDraft(storageKey) ?? saved);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const savedRef = useRef(saved);
  const textRef = useRef(text);
  const saveRef = useRef(save);
  const inFlight = useRef<string | null>(null);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    const current = textRef.current;
    if (current === savedRef.current || current === inFlight.current) return;
    inFlight.current = current;
    setStatus('saving');
    saveRef
      .current(current)
      .then(() => {
        savedRef.current = current;
        if (textRef.current === current) writeDraft(storageKey, null);
        setStatus('saved');
      })
      .catch(() => setStatus('failed'))
      .finally(() => {
        if (inFlight.current === current) inFlight.current = null;
      });
  }, [storageKey]);

  const setText = useCallback(
    (next: string) => {
      textRef.current = next;
      setTextState(next);
      writeDraft(storageKey, next === savedRef.current ? null : next);
    },
    [storageKey],
  );

  useEffect(() => {
    if (text === savedRef.current) return;
    const timer = window.setTimeout(flush, delayMs);
    return () => window.clearTimeout(timer);
  }, [text, delayMs, flush]);

  useEffect(() => {
    // A draft brought back from storage after a reload is sent at once.
    flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { text, setText, flush, status };
}
