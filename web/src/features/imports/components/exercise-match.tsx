import { useState } from 'react';
import { ExerciseForm } from '../../../components/exercise-form';
import { ExercisePicker } from '../../../components/exercise-picker';
import { EQUIPMENT, type ImportExercise, type NewExercise } from '../../../lib/api/types';
import { equipmentLabel, muscleLabel } from '../../../lib/training-labels';

/** Below this a match is shown as one to check. The server matches nothing below 0.6. */
export const LOW_CONFIDENCE = 0.8;

/** What the user chose for a name, not saved yet. */
export type MatchChange = { exerciseId: string; exerciseName: string } | { create: NewExercise };

/** A name of the file as it will be imported: the server's match with the user's unsaved change on top. */
export function effectiveMatch(exercise: ImportExercise, change: MatchChange | undefined): ImportExercise {
  if (!change) return exercise;
  return 'create' in change
    ? { ...exercise, exerciseId: null, exerciseName: null, create: change.create, confidence: 1 }
    : { ...exercise, exerciseId: change.exerciseId, exerciseName: change.exerciseName, create: null, confidence: 1 };
}

/** Strong and Hevy put the equipment in parentheses: "Meadows Row (Barbell)" → Meadows Row, barbell. */
export function newExerciseFrom(sourceName: string): Partial<NewExercise> {
  const named = /^(.+?)\s*\(([^)]+)\)$/.exec(sourceName.trim());
  const equipment = named && EQUIPMENT.find((e) => e === named[2]!.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  return equipment ? { name: named[1]!, equipment } : { name: sourceName };
}

function describeNew(create: NewExercise): string {
  return `${equipmentLabel(create.equipment)} · ${create.primaryMuscles.map(muscleLabel).join(', ')}`;
}

/** One exercise name of the file, its match and confidence, and the controls to change it. */
export function ExerciseMatch({
  exercise,
  changed,
  editable,
  open,
  onOpen,
  onClose,
  onChange,
}: {
  exercise: ImportExercise;
  changed: boolean;
  editable: boolean;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  onChange: (change: MatchChange) => void;
}) {
  const [creating, setCreating] = useState(false);
  const low = exercise.exerciseId !== null && exercise.confidence < LOW_CONFIDENCE;
  const percent = Math.round(exercise.confidence * 100);
  const sets = exercise.setCount === 1 ? '1 set' : `${exercise.setCount} sets`;

  function close() {
    setCreating(false);
    onClose();
  }

  return (
    <li className={low ? 'card import-match import-match--low' : 'card import-match'} aria-label={exercise.sourceName}>
      <div className="import-match__row">
        <div className="import-match__text">
          <span className="card__title">
            {exercise.sourceName}
            <span className="muted">{sets}</span>
          </span>
          {exercise.create ? (
            <p className="import-match__target">
              → new custom exercise <strong>{exercise.create.name}</strong>
              <span className="muted"> ({describeNew(exercise.create)})</span>
            </p>
          ) : exercise.exerciseId ? (
            <p className="import-match__target">
              → <strong>{exercise.exerciseName}</strong>{' '}
              {low ? (
                <span className="import-match__flag">Low confidence ({percent}%): check it</span>
              ) : (
                <span className="muted">{percent === 100 ? 'sure match' : `${percent}% match`}</span>
              )}
            </p>
          ) : (
            <p className="import-match__target">
              <span className="import-match__flag">No match</span>{' '}
              <span className="muted">a custom exercise of this name will be created</span>
            </p>
          )}
          {changed && <p className="muted import-match__changed">Changed, not saved yet</p>}
        </div>
        {editable && !open && (
          <button type="button" className="button button--secondary button--small" aria-label={`Change the match for ${exercise.sourceName}`} onClick={onOpen}>
            Change
          </button>
        )}
      </div>
      {open &&
        (creating ? (
          <div className="import-match__editor">
            <h3>New custom exercise for “{exercise.sourceName}”</h3>
            <ExerciseForm
              initial={exercise.create ?? newExerciseFrom(exercise.sourceName)}
              submitLabel="Use this new exercise"
              withSecondary={false}
              withKind={false}
              onSubmit={({ name, equipment, primaryMuscles }) => {
                onChange({ create: { name, equipment, primaryMuscles } });
                close();
              }}
              onCancel={() => setCreating(false)}
            />
          </div>
        ) : (
          <div className="import-match__editor">
            <button type="button" className="button button--secondary import-match__create" onClick={() => setCreating(true)}>
              Create a custom exercise instead
            </button>
            <ExercisePicker
              actionLabel="Use"
              onPick={(picked) => {
                onChange({ exerciseId: picked.id, exerciseName: picked.name });
                close();
              }}
              onCancel={close}
            />
          </div>
        ))}
    </li>
  );
}
