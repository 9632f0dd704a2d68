import { useMemo } from 'react';
import { useExercises } from '../../../lib/exercises/get-exercises';

/** Exercise names by id, from the catalogue (archived ones included: old records may point at them). */
export function useExerciseNames(): (exerciseId: string) => string {
  const catalogue = useExercises({ includeArchived: true });
  const names = useMemo(() => new Map((catalogue.data?.items ?? []).map((e) => [e.id, e.name])), [catalogue.data]);
  return (exerciseId) => names.get(exerciseId) ?? 'Exercise';
}
