/** Newer / Older buttons under a paged list, newest first. */
export function Pager({
  label,
  page,
  pageSize,
  total,
  busy,
  onPage,
}: {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  busy: boolean;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--secondary" disabled={page <= 1 || busy} onClick={() => onPage(page - 1)}>
        Newer
      </button>
      <span aria-live="polite">
        Page {page} of {pages}
      </span>
      <button type="button" className="button button--secondary" disabled={page >= pages || busy} onClick={() => onPage(page + 1)}>
        Older
      </button>
    </nav>
  );
}
