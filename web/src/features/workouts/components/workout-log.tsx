import { useState, type Dispatch } from 'react';
import { Stepper } from '../../../components/stepper';
import type { SetType, WeightUnit } from '../../../lib/api/types';
import { formatClock, RPE_VALUES, SET_TYPES, setTypeLabel } from '../../../lib/training-labels';
import { formatWeight, maxWeight, weightStep } from '../../../lib/units';
import { usePutSet } from '../api/put-set';
import { useDeleteSet } from '../api/delete-set';
import { setRequest, type ExerciseBlock, type LogAction, type LogState, type SetRow } from './workout-log-state';

export type LogMode = 'live' | 'edit' | 'view';

/** The exercises and sets of a workout: logging in `live`, changes in `edit`, read-only in `view`. */
export function WorkoutLog({
  workoutId,
  state,
  dispatch,
  mode,
  onLogged,
  onStatus,
}: {
  workoutId: string;
  state: LogState;
  dispatch: Dispatch<LogAction>;
  mode: LogMode;
  /** A new set was saved (not an edit): the live screen starts the rest timer. */
  onLogged?: (block: ExerciseBlock) => void;
  onStatus: (message: string) => void;
}) {
  const putSet = usePutSet();
  const deleteSet = useDeleteSet();
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const { unit } = state;

  function setRowError(rowId: string, message: string) {
    setRowErrors((current) => ({ ...current, [rowId]: message }));
  }

  async function save(row: SetRow, block: ExerciseBlock, number: number) {
    const loggedAt = new Date().toISOString();
    const body = setRequest(row, unit, loggedAt);
    if (typeof body === 'string') return setRowError(row.id, body);
    setRowError(row.id, '');
    const isNew = row.saved === null;
    dispatch({ type: 'saving', rowId: row.id, loggedAt });
    try {
      const saved = await putSet.mutateAsync({ workoutId, setId: row.id, exerciseName: row.exerciseName, body });
      dispatch({ type: 'saved', rowId: row.id, set: saved });
      onStatus(`${isNew ? 'Logged' : 'Saved'} set ${number} of ${row.exerciseName}: ${formatWeight(saved.weightKg, unit)} × ${saved.reps}.`);
      if (isNew) onLogged?.(block);
    } catch {
      dispatch({ type: 'failed', rowId: row.id });
      onStatus(`Set ${number} of ${row.exerciseName} was not saved. Retry when you have a connection.`);
    }
  }

  async function remove(row: SetRow, number: number) {
    try {
      await deleteSet.mutateAsync({ workoutId, setId: row.id });
      dispatch({ type: 'remove', rowId: row.id });
      onStatus(`Set ${number} of ${row.exerciseName} deleted.`);
    } catch {
      setRowError(row.id, 'The set could not be deleted. Try again.');
    }
  }

  if (state.blocks.length === 0) {
    return (
      <div className="empty-state">
        <p>{mode === 'view' ? 'No sets were logged in this workout.' : 'No exercises yet. Add one to start logging.'}</p>
      </div>
    );
  }

  return (
    <>
      {state.blocks.map((block) => {
        const nextDraft = block.rows.find((r) => r.status !== 'saved');
        return (
          <section key={block.exerciseId} className="exercise-block" aria-label={block.exerciseName}>
            <header className="exercise-block__header">
              <h2 className="break-anywhere">{block.exerciseName}</h2>
              <BlockHints block={block} unit={unit} />
            </header>
            {block.rows.length > 0 && (
              <ol className="set-list">
                {block.rows.map((row, index) => (
                  <SetRowView
                    key={row.id}
                    row={row}
                    number={index + 1}
                    unit={unit}
                    mode={mode}
                    collapsed={mode === 'live' && row.status === 'draft' && !row.open && row !== nextDraft}
                    error={rowErrors[row.id] ?? ''}
                    dispatch={dispatch}
                    onSave={() => void save(row, block, index + 1)}
                    onDelete={() => remove(row, index + 1)}
                  />
                ))}
              </ol>
            )}
            {mode !== 'view' && (
              <div className="row-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Add a set of ${block.exerciseName}`}
                  onClick={() => dispatch({ type: 'add-set', exerciseId: block.exerciseId })}
                >
                  + Add set
                </button>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}

function BlockHints({ block, unit }: { block: ExerciseBlock; unit: WeightUnit }) {
  const { plan, last } = block;
  return (
    <>
      {plan && (
        <p className="muted">
          Plan: {plan.sets} × {plan.repsMin === plan.repsMax ? plan.repsMin : `${plan.repsMin}–${plan.repsMax}`}
          {plan.targetWeightKg !== null && ` @ ${formatWeight(plan.targetWeightKg, unit)}`}
          {plan.targetRpe !== null && ` · RPE ${plan.targetRpe}`} · rest {formatClock(plan.restSeconds)}
        </p>
      )}
      {last && (
        <p className="muted">
          Last: {formatWeight(last.weightKg, unit)} × {last.reps}
        </p>
      )}
      {plan?.notes && <p className="muted break-anywhere">{plan.notes}</p>}
    </>
  );
}

function SetRowView({
  row,
  number,
  unit,
  mode,
  collapsed,
  error,
  dispatch,
  onSave,
  onDelete,
}: {
  row: SetRow;
  number: number;
  unit: WeightUnit;
  mode: LogMode;
  collapsed: boolean;
  error: string;
  dispatch: Dispatch<LogAction>;
  onSave: () => void;
  onDelete: () => Promise<void>;
}) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const label = `Set ${number} of ${row.exerciseName}`;
  const change = (changes: Extract<LogAction, { type: 'change' }>['changes']) => dispatch({ type: 'change', rowId: row.id, changes });

  if (row.status === 'saved' && !row.editing && row.saved) {
    const set = row.saved;
    return (
      <li className="set-row set-row--logged" aria-label={label}>
        <div className="set-row__summary">
          <strong>Set {number}</strong>
          <span>
            {formatWeight(set.weightKg, unit)} × {set.reps}
          </span>
          {set.rpe !== null && <span className="muted">RPE {set.rpe}</span>}
          {set.setType !== 'working' && <span className="chip">{setTypeLabel(set.setType)}</span>}
          {mode === 'live' && <span className="visually-hidden">logged</span>}
        </div>
        {set.notes && <p className="muted break-anywhere">{set.notes}</p>}
        {mode !== 'view' &&
          (confirmDelete ? (
            <div className="confirm" role="group" aria-label={`Delete set ${number}?`}>
              <p>Delete set {number}?</p>
              <div className="row-actions">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={deleting}
                  onClick={() => {
                    setDeleting(true);
                    void onDelete().finally(() => setDeleting(false));
                  }}
                >
                  {deleting ? 'Deleting…' : 'Yes, delete set'}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(false)}>
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <div className="row-actions">
              <button type="button" className="button button--secondary" aria-label={`Edit set ${number}`} onClick={() => dispatch({ type: 'edit', rowId: row.id })}>
                Edit
              </button>
              <button type="button" className="button button--secondary" aria-label={`Delete set ${number}`} onClick={() => setConfirmDelete(true)}>
                Delete
              </button>
            </div>
          ))}
        {error && <p className="field-error" role="alert">{error}</p>}
      </li>
    );
  }

  if (collapsed) {
    return (
      <li className="set-row" aria-label={label}>
        <div className="set-row__summary">
          <strong>Set {number}</strong>
          <span className="muted">
            {row.weight || '0'} {unit} × {row.reps || '–'}
          </span>
          <button type="button" className="button button--ghost" aria-label={`Open set ${number}`} onClick={() => dispatch({ type: 'open', rowId: row.id })}>
            Open
          </button>
        </div>
      </li>
    );
  }

  const saving = row.status === 'saving';
  const failed = row.status === 'failed';
  return (
    <li className={failed ? 'set-row set-row--failed' : 'set-row'} aria-label={label}>
      <div className="set-row__title">
        <span>Set {number}</span>
        {failed && <span className="not-saved">Not saved — retry</span>}
      </div>
      <div className="set-row__fields">
        <div className="grid-2">
          <Stepper label={`Weight (${unit})`} value={row.weight} step={weightStep(unit)} max={maxWeight(unit)} decimal onChange={(weight) => change({ weight })} />
          <Stepper label="Reps" value={row.reps} step={1} max={1000} onChange={(reps) => change({ reps })} />
        </div>
        <div className="grid-2">
          <div className="field">
            <label htmlFor={`${row.id}-type`}>Set type</label>
            <select id={`${row.id}-type`} value={row.setType} onChange={(e) => change({ setType: e.target.value as SetType })}>
              {SET_TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${row.id}-rpe`}>RPE</label>
            <select id={`${row.id}-rpe`} value={row.rpe} onChange={(e) => change({ rpe: e.target.value })}>
              <option value="">—</option>
              {RPE_VALUES.map((v) => (
                <option key={v} value={String(v)}>
                  {v}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${row.id}-notes`}>Notes</label>
          <input id={`${row.id}-notes`} type="text" maxLength={500} autoComplete="off" value={row.notes} onChange={(e) => change({ notes: e.target.value })} />
        </div>
        {error && <p className="field-error" role="alert">{error}</p>}
        <button type="button" className="button button--primary set-row__log" disabled={saving} onClick={onSave}>
          {saving ? 'Saving…' : failed ? 'Retry' : row.editing ? 'Save set' : 'Log set'}
        </button>
        {row.editing && (
          <button type="button" className="button button--secondary" disabled={saving} onClick={() => dispatch({ type: 'cancel-edit', rowId: row.id })}>
            Cancel
          </button>
        )}
      </div>
    </li>
  );
}
