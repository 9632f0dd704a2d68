import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { Confirm } from '../../../components/confirm';
import { errorMessage } from '../../../lib/api/api-error';
import { useDeleteWorkout } from '../api/delete-workout';

/** "Delete workout" behind a confirmation; the workout and its sets are gone for good, so it says so. */
export function DeleteWorkout({ workoutId, onDeleted }: { workoutId: string; onDeleted?: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteWorkout();
  const navigate = useNavigate();
  return (
    <>
      {confirming ? (
        <Confirm
          label="Delete this workout?"
          confirmLabel="Yes, delete workout"
          busyLabel="Deleting…"
          busy={remove.isPending}
          cancelLabel="Keep it"
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(workoutId, {
              onSuccess: () => {
                onDeleted?.();
                void navigate('/history', { replace: true });
              },
            })
          }
        >
          Delete this workout and every set in it? This cannot be undone.
        </Confirm>
      ) : (
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          Delete workout
        </button>
      )}
      {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
    </>
  );
}
