import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/api/api-error';
import { ErrorAlert } from './alert';
import { SkeletonList } from './skeleton-list';

/** A query's three states: skeleton rows while loading, the error, or `children` with the data. */
export function QueryView<T>({
  query,
  label,
  rows = 2,
  children,
}: {
  query: UseQueryResult<T>;
  /** What is loading, for screen readers: "Loading records". */
  label: string;
  rows?: number;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <SkeletonList rows={rows} label={label} />;
  if (query.isError) return <ErrorAlert>{errorMessage(query.error)}</ErrorAlert>;
  return <>{children(query.data)}</>;
}
