// The records each logged set of the live workout beats, against the exercise's records fetched when
// the workout opened (records count completed workouts only, so they stay put while this one is under way).
import { useMemo } from 'react';
import { useE1rmFormula } from '../../../lib/account/get-account';
import { useRecordsOf } from '../../../lib/analytics/get-exercise-records';
import { prsOfSets } from '../../../lib/analytics/personal-records';
import type { PrType } from '../../../lib/api/types';
import type { LogState } from './workout-log-state';

export function usePrMarks(state: LogState): ReadonlyMap<string, PrType[]> {
  const ids = useMemo(() => state.blocks.map((b) => b.exerciseId), [state.blocks]);
  const records = useRecordsOf(ids);
  const formula = useE1rmFormula();
  return useMemo(() => {
    const marks = new Map<string, PrType[]>();
    for (const block of state.blocks) {
      const logged = block.rows.flatMap((row) => (row.saved && !row.editing ? [{ rowId: row.id, set: row.saved }] : []));
      const prs = prsOfSets(
        logged.map((l) => l.set),
        records.get(block.exerciseId),
        formula,
      );
      logged.forEach((l, i) => {
        const types = prs[i];
        if (types && types.length > 0) marks.set(l.rowId, types);
      });
    }
    return marks;
  }, [state.blocks, records, formula]);
}
