import { useId } from 'react';
import { EQUIPMENT, MUSCLES, type Equipment, type Muscle } from '../lib/api/types';
import { equipmentLabel, muscleLabel } from '../lib/training-labels';

export interface ExerciseFilterValues {
  search: string;
  muscle: Muscle | '';
  equipment: Equipment | '';
}

export const emptyExerciseFilters: ExerciseFilterValues = { search: '', muscle: '', equipment: '' };

/** Search box plus muscle and equipment selects; the caller debounces the search text. */
export function ExerciseFilterBar({
  value,
  onChange,
}: {
  value: ExerciseFilterValues;
  onChange: (next: ExerciseFilterValues) => void;
}) {
  const searchId = useId();
  const muscleId = useId();
  const equipmentId = useId();
  return (
    <div className="filters" role="search">
      <div className="field">
        <label htmlFor={searchId}>Search exercises</label>
        <input
          id={searchId}
          type="search"
          value={value.search}
          placeholder="e.g. squat"
          autoComplete="off"
          enterKeyHint="search"
          onChange={(e) => onChange({ ...value, search: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={muscleId}>Muscle</label>
        <select
          id={muscleId}
          value={value.muscle}
          onChange={(e) => onChange({ ...value, muscle: e.target.value as Muscle | '' })}
        >
          <option value="">Any muscle</option>
          {MUSCLES.map((m) => (
            <option key={m} value={m}>
              {muscleLabel(m)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={equipmentId}>Equipment</label>
        <select
          id={equipmentId}
          value={value.equipment}
          onChange={(e) => onChange({ ...value, equipment: e.target.value as Equipment | '' })}
        >
          <option value="">Any equipment</option>
          {EQUIPMENT.map((eq) => (
            <option key={eq} value={eq}>
              {equipmentLabel(eq)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
