import { useCallback, useId } from 'react';
import { AutosaveNote } from '../../../components/autosave-note';
import { kindLabel } from '../../../lib/exercise-kinds';
import { useExerciseNote, useSaveExerciseNote } from '../../../lib/exercises/exercise-note';
import { equipmentLabel, muscleLabel } from '../../../lib/training-labels';
import { useAutosavedText } from '../../../lib/use-autosaved-text';
import type { ExerciseDetail } from '../api/get-exercise';

/** What the exercise is and how to do it: kind, muscles, equipment, a built-in's instructions, and the lifter's own note. */
export function ExerciseAbout({ exercise }: { exercise: ExerciseDetail }) {
  const { instructions } = exercise;
  return (
    <>
      <section className="section" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <dl className="exercise-facts">
          <div>
            <dt>Logged as</dt>
            <dd>{kindLabel(exercise.kind)}</dd>
          </div>
          <div>
            <dt>Primary muscles</dt>
            <dd>{exercise.primaryMuscles.map(muscleLabel).join(', ')}</dd>
          </div>
          {exercise.secondaryMuscles.length > 0 && (
            <div>
              <dt>Secondary muscles</dt>
              <dd>{exercise.secondaryMuscles.map(muscleLabel).join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>Equipment</dt>
            <dd>{equipmentLabel(exercise.equipment)}</dd>
          </div>
        </dl>
      </section>
      {instructions && (
        <section className="section" aria-labelledby="how-title">
          <h2 id="how-title">How to do it</h2>
          <h3 className="exercise-how__title">Setup</h3>
          <p>{instructions.setup}</p>
          <h3 className="exercise-how__title">Execution</h3>
          <p>{instructions.execution}</p>
          <h3 className="exercise-how__title">Common mistakes</h3>
          <p>{instructions.mistakes}</p>
        </section>
      )}
      <ExerciseNoteSection exerciseId={exercise.id} />
    </>
  );
}

function ExerciseNoteSection({ exerciseId }: { exerciseId: string }) {
  const note = useExerciseNote(exerciseId);
  return (
    <section className="section" aria-labelledby="note-title">
      <h2 id="note-title">Your notes</h2>
      {note.data ? <NoteEditor exerciseId={exerciseId} saved={note.data.text} /> : <p className="muted">{note.isError ? 'Your note could not be loaded.' : 'Loading…'}</p>}
    </section>
  );
}

/** Saved on its own after a pause in typing, on leaving the field and on leaving the page; shown again under the exercise in a workout. */
function NoteEditor({ exerciseId, saved }: { exerciseId: string; saved: string }) {
  const id = useId();
  const { mutateAsync } = useSaveExerciseNote(exerciseId);
  const save = useCallback((text: string) => mutateAsync(text), [mutateAsync]);
  const { text, setText, flush, status } = useAutosavedText({ saved, save, storageKey: `fitfolio:exercise-note:${exerciseId}` });
  return (
    <div className="field">
      <label htmlFor={id}>Seat height, grip, cues: shown again when you log this exercise</label>
      <textarea id={id} rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} onBlur={flush} />
      <AutosaveNote status={status} />
    </div>
  );
}
