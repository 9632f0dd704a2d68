import { Link } from 'react-router';
import { useInstance } from '../api/get-instance';

/** Only where the development mailbox answers this browser; elsewhere nothing asks for it (no 404 in the console). */
export function DevMailboxHint() {
  const instance = useInstance();
  if (!instance.data?.devMailbox) return null;
  return (
    <p className="hint">
      Running locally? Read the mail in the <Link to="/dev/mailbox">development mailbox</Link>.
    </p>
  );
}
