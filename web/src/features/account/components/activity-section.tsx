import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { errorMessage } from '../../../lib/api/api-error';
import { formatDateTime } from '../../../lib/format';
import { describeUserAgent } from '../../../lib/user-agent';
import { useLoginEvents } from '../api/get-login-events';
import { eventLabel, isWarningEvent } from './event-labels';

const PAGE_SIZE = 20;

export function ActivitySection() {
  const headingId = useId();
  const [page, setPage] = useState(1);
  const events = useLoginEvents(page, PAGE_SIZE);
  const totalPages = events.data ? Math.max(1, Math.ceil(events.data.total / events.data.pageSize)) : 1;

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Recent sign-in activity</h2>
      {events.isPending ? (
        <SkeletonList rows={4} label="Loading activity" />
      ) : events.isError ? (
        <ErrorAlert>{errorMessage(events.error)}</ErrorAlert>
      ) : events.data.items.length === 0 ? (
        <div className="empty-state">
          <p>No activity yet.</p>
        </div>
      ) : (
        <>
          <ol className="event-list" aria-label="Sign-in activity, newest first" aria-busy={events.isPlaceholderData}>
            {events.data.items.map((event) => (
              <li key={event.id} className={isWarningEvent(event.type) ? 'event event--warning' : 'event'}>
                <span className="event__label">{eventLabel(event.type, event.extra)}</span>
                <span className="muted">
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                  {' · '}
                  {describeUserAgent(event.userAgent)}
                  {event.ipAddress ? ` · ${event.ipAddress}` : ''}
                </span>
              </li>
            ))}
          </ol>
          {totalPages > 1 && (
            <nav className="pager" aria-label="Activity pages">
              <button
                type="button"
                className="button button--secondary"
                disabled={page <= 1 || events.isFetching}
                onClick={() => setPage((p) => p - 1)}
              >
                Newer
              </button>
              <span aria-live="polite">
                Page {page} of {totalPages}
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={page >= totalPages || events.isFetching}
                onClick={() => setPage((p) => p + 1)}
              >
                Older
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
