import { useExerciseNote } from '../../../lib/exercises/exercise-note';

/** The lifter's own note on the exercise (written on its page), shown under it while logging. */
export function ExerciseNoteHint({ exerciseId }: { exerciseId: string }) {
  const note = useExerciseNote(exerciseId);
  const text = note.data?.text;
  if (!text) return null;
  return (
    <p className="exercise-block__note break-anywhere">
      <span className="exercise-block__note-label">Your note:</span> {text}
    </p>
  );
}
