import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { devMailboxQueryOptions } from '../api/get-dev-mailbox';

/** Only when the server runs in Development (the endpoint is 404 otherwise). */
export function DevMailboxHint() {
  const mailbox = useQuery({ ...devMailboxQueryOptions(), refetchInterval: false, staleTime: Infinity });
  if (!mailbox.isSuccess) return null;
  return (
    <p className="hint">
      Running locally? Read the mail in the <Link to="/dev/mailbox">development mailbox</Link>.
    </p>
  );
}
