import type { ReactNode } from 'react';

/** An inline "are you sure?" with a confirm and a cancel button, named for screen readers by `label`. */
export function Confirm({
  label,
  children,
  confirmLabel,
  busyLabel,
  busy = false,
  tone = 'danger',
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  label: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  busy?: boolean;
  tone?: 'danger' | 'primary';
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{children}</p>
      <div className="row-actions">
        <button type="button" className={`button button--${tone}`} disabled={busy} onClick={onConfirm}>
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
