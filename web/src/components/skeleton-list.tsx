/** Placeholder rows with the same height as the real rows, so nothing jumps when data arrives. */
export function SkeletonList({ rows = 3, label }: { rows?: number; label: string }) {
  return (
    <div className="skeleton-list" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" aria-hidden="true">
          <span className="skeleton-line skeleton-line--title" />
          <span className="skeleton-line skeleton-line--meta" />
        </div>
      ))}
    </div>
  );
}
