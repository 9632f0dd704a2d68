import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { errorMessage, isApiError } from '../../../lib/api/api-error';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDevMailbox } from '../api/get-dev-mailbox';

export function DevMailboxScreen() {
  useDocumentTitle('Development mailbox');
  const mailbox = useDevMailbox();

  return (
    <main className="page">
      <header className="page-header">
        <h1>Development mailbox</h1>
        <p className="muted">
          Emails the server would have sent. New mail shows up here within a few seconds.
        </p>
      </header>

      {mailbox.isPending ? (
        <SkeletonList rows={3} label="Loading mail" />
      ) : isApiError(mailbox.error, 'not_found') ? (
        <div className="empty-state">
          <h2>No mailbox here</h2>
          <p>
            The development mailbox only exists while the server runs in the Development
            environment. In production, sign-in links arrive by real email.
          </p>
          <Link className="button button--secondary" to="/sign-in">
            Back to sign-in
          </Link>
        </div>
      ) : mailbox.isError ? (
        <ErrorAlert>{errorMessage(mailbox.error)}</ErrorAlert>
      ) : mailbox.data.items.length === 0 ? (
        <div className="empty-state">
          <h2>No mail yet</h2>
          <p>
            Request a sign-in link on the <Link to="/sign-in">sign-in page</Link> and it will
            appear here.
          </p>
        </div>
      ) : (
        <ul className="card-list" aria-label="Emails, newest first">
          {mailbox.data.items.map((mail) => (
            <li key={mail.id} className="card">
              <h2 className="card__title">{mail.subject}</h2>
              <p className="muted break-anywhere">
                To {mail.to} · <time dateTime={mail.sentAt}>{formatDateTime(mail.sentAt)}</time>
              </p>
              {mail.link && (
                <a className="button button--primary" href={mail.link}>
                  Open the sign-in link
                </a>
              )}
              <details>
                <summary>Show the email text</summary>
                <pre className="mail-body">{mail.textBody}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
