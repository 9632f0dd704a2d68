/** `from=` for a date range that ends today (no `to`); none for all time. */
export function rangeParams(from: string | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  return params;
}

/** The query string of a range, with its leading "?" when there is one. */
export function rangeQuery(from: string | undefined): string {
  const query = rangeParams(from).toString();
  return query ? `?${query}` : '';
}
