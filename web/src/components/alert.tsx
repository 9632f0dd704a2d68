import type { ReactNode } from 'react';

/** An error that needs the user's attention; announced by screen readers at once. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert--error" role="alert">
      {children}
    </div>
  );
}

/**
 * A polite live region for async outcomes ("Passkey added"). It stays mounted, so assistive
 * technology notices when its text changes.
 */
export function LiveStatus({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div className={className ? `live-status ${className}` : 'live-status'} role="status" aria-live="polite">
      {children}
    </div>
  );
}
