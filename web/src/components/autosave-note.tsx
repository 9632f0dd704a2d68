import type { AutosaveStatus } from '../lib/use-autosaved-text';

/** Where an autosaved text stands: saving, saved, or kept on this device until the server has it. */
export function AutosaveNote({ status }: { status: AutosaveStatus }) {
  return (
    <span className={status === 'failed' ? 'autosave autosave--failed' : 'autosave muted'} aria-live="polite">
      {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : status === 'failed' ? 'Not saved yet — kept on this device' : ''}
    </span>
  );
}
