import { useEffect, useRef, useState, type Dispatch } from 'react';
import { Link } from 'react-router';
import { AutosaveNote } from '../../../components/autosave-note';
import { Confirm } from '../../../components/confirm';
import { prList } from '../../../lib/analytics/personal-records';
import type { PrType, SetType, WeightUnit, WorkoutSet } from '../../../lib/api/types';
import { moveItem } from '../../../lib/move-item';
import { formatClock, RPE_VALUES, SET_TYPES } from '../../../lib/training-labels';
import { formatDuration, formatDistance, formatSet, usesReps, type ExerciseKind } from '../../../lib/exercise-kinds';
import { displayTarget, displayWeight, maxWeight, stepFrom } from '../../../lib/units';
import { useAutosavedText } from '../../../lib/use-autosaved-text';
import { usePutSet } from '../api/put-set';
import { useUpdateSetNotes } from '../api/update-set-notes';
import { PlanProgression } from './plan-progression';
import { useDeleteSet } from '../api/delete-set';
import { ExerciseNoteHint } from './exercise-note-hint';
import { columnHeadings, SetKindInputs, wideSecondColumn } from './set-kind-inputs';
import { PlatesButton } from '../plates/plates-button';
import { WarmupButton } from '../plates/warmup-button';
import { groupLabels, startsGroup } from '../../../lib/exercise-groups';
import {
  blockGroups,
  canMoveSet,
  kindOf,
  nextOpenRow,
  restsAfterLogging,
  previousFor,
  setRequest,
  type ExerciseBlock,
  logReducer,
  type LogAction,
  type LogState,
  type PreviousSet,
  type SetRow,
} from './workout-log-state';

export type LogMode = 'live' | 'edit' | 'view';

const NO_PRS: PrType[] = [];

const TYPE_MARK: Partial<Record<SetType, string>> = { warmup: 'W', drop: 'D', failure: 'F' };

/** "set 2", "warm-up 1". */
function shortLabel(row: SetRow, number: number): string {
  return `${row.setType === 'warmup' ? 'warm-up' : 'set'} ${number}`;
}

/** "Set 2 of Bench Press": each row's accessible name. */
function rowLabel(row: SetRow, number: number): string {
  const short = shortLabel(row, number);
  return `${short.charAt(0).toUpperCase()}${short.slice(1)} of ${row.exerciseName}`;
}

/** Each row's number: warm-ups and working sets are counted apart, as lifters count them. */
function rowNumbers(rows: readonly SetRow[]): number[] {
  let warmups = 0;
  let working = 0;
  return rows.map((r) => (r.setType === 'warmup' ? ++warmups : ++working));
}

/** "80 × 6 @8", "BW × 12", "+10 × 8" (added load on a bodyweight exercise), "1:30" (a plank), "40 × 50 m" (a carry). */
export function formatPrevious(set: PreviousSet | null, unit: WeightUnit, kind: ExerciseKind): string {
  if (!set) return '—';
  const value = displayWeight(set.weightKg, unit);
  const rpe = set.rpe === null ? '' : ` @${set.rpe}`;
  if (!usesReps(kind)) {
    const parts = [kind === 'distance_time' || value === 0 ? null : String(value), set.distanceM ? formatDistance(set.distanceM, unit) : null];
    const load = parts.filter(Boolean).join(' × ');
    const time = set.durationSeconds ? formatDuration(set.durationSeconds) : null;
    return `${[load, time].filter(Boolean).join(' · ') || '—'}${rpe}`;
  }
  const weight = kind === 'bodyweight_reps' ? (value === 0 ? 'BW' : value > 0 ? `+${value}` : `−${-value}`) : String(value);
  return `${weight} × ${set.reps}${rpe}`;
}

/** "60 kg × 6 @8", "BW × 12", "BW + 10 kg × 8", "1:30", "40 kg × 50 m". */
function formatLogged(set: WorkoutSet, unit: WeightUnit, kind: ExerciseKind): string {
  return formatSet(set, kind, unit);
}

function focusRow(rowId: string) {
  const button = document.getElementById(`log-${rowId}`);
  if (!button) return;
  button.focus({ preventScroll: true });
  // Not in jsdom; CSS scroll margins keep the row clear of the header and the rest bar.
  button.closest('li')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
}

/** The exercises and sets of a workout: logging in `live`, changes in `edit`, read-only in `view`. */
export function WorkoutLog({
  workoutId,
  state,
  dispatch,
  mode,
  onLogged,
  onReorder,
  onRegroup,
  newSetTime,
  onStatus,
  prMarks,
}: {
  workoutId: string;
  state: LogState;
  dispatch: Dispatch<LogAction>;
  mode: LogMode;
  /** A new set was saved (not an edit) that ends a round (any set on its own; a group's last member): the live screen starts the rest timer. */
  onLogged?: (block: ExerciseBlock) => void;
  /** The exercises were moved: their new order, for the server. */
  onReorder?: (exerciseIds: string[]) => void;
  /** Exercises were grouped or ungrouped: the list and each one's group, for the server. */
  onRegroup?: (exerciseIds: string[], groups: (number | null)[]) => void;
  /** When a set added now counts as done; a past workout's sets belong to its own day, not today. */
  newSetTime?: string;
  onStatus: (message: string) => void;
  /** The records each logged set beat, by row id (the live workout only). */
  prMarks?: ReadonlyMap<string, PrType[]>;
}) {
  const putSetMutation = usePutSet();
  const deleteSet = useDeleteSet();
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [chosenRow, setChosenRow] = useState<string | null>(null);
  // The exercise whose grouping options are open: kept behind a toggle so the gym screen stays one row shorter per exercise.
  const [groupingOpen, setGroupingOpen] = useState<string | null>(null);
  const focusNext = useRef<string | null>(null);
  const { unit } = state;
  const rows = state.blocks.flatMap((b) => b.rows);
  const chosen = rows.find((r) => r.id === chosenRow && (r.status !== 'saved' || r.editing));
  // The set the steppers act on: the one the lifter last touched, else the first set still to log.
  const activeId = mode === 'view' ? null : (chosen?.id ?? nextOpenRow(state, null)?.id ?? null);

  useEffect(() => {
    // Back on a workout under way (a reload, another device): straight to the set that is next.
    if (mode === 'live' && activeId && state.blocks.some((b) => b.rows.some((r) => r.status === 'saved'))) focusRow(activeId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (focusNext.current && focusNext.current === activeId) {
      focusRow(focusNext.current);
      focusNext.current = null;
    }
  }, [activeId]);

  function move(exerciseId: string, delta: number) {
    dispatch({ type: 'move-exercise', exerciseId, delta });
    const ids = state.blocks.map((b) => b.exerciseId);
    onReorder?.(moveItem(ids, ids.indexOf(exerciseId), delta));
  }

  function regroup(exerciseId: string, action: 'group-with-next' | 'ungroup') {
    const next = logReducer(state, { type: action, exerciseId });
    dispatch({ type: action, exerciseId });
    onRegroup?.(
      next.blocks.map((b) => b.exerciseId),
      blockGroups(next),
    );
    const name = state.blocks.find((b) => b.exerciseId === exerciseId)?.exerciseName ?? 'The exercise';
    const label = groupLabels(blockGroups(next))[next.blocks.findIndex((b) => b.exerciseId === exerciseId)];
    onStatus(label ? `${name} is in ${label}.` : `${name} is on its own.`);
  }

  function setRowError(rowId: string, message: string) {
    setRowErrors((current) => ({ ...current, [rowId]: message }));
  }

  async function save(row: SetRow, block: ExerciseBlock, number: number) {
    const loggedAt = newSetTime ?? new Date().toISOString();
    const body = setRequest(row, unit, kindOf(state, row.exerciseId), loggedAt);
    if (typeof body === 'string') return setRowError(row.id, body);
    setRowError(row.id, '');
    const isNew = row.saved === null;
    // In a superset the timer waits for the round's last set; decided now, with this set counted as done.
    const rest = restsAfterLogging(state, row.id);
    dispatch({ type: 'saving', rowId: row.id, loggedAt });
    if (isNew) {
      // Move on at once: the next set (the next member's, in a superset) is ready for its own tap while this one saves.
      const next = nextOpenRow(state, row.id);
      if (next) {
        focusNext.current = next.id;
        setChosenRow(next.id);
      }
    }
    try {
      const saved = await putSetMutation.mutateAsync({ workoutId, setId: row.id, exerciseName: row.exerciseName, body });
      dispatch({ type: 'saved', rowId: row.id, set: saved });
      onStatus(`${isNew ? 'Logged' : 'Saved'} ${shortLabel(row, number)} of ${row.exerciseName}: ${formatLogged(saved, unit, kindOf(state, row.exerciseId))}.`);
      if (isNew && rest) onLogged?.(block);
    } catch {
      dispatch({ type: 'failed', rowId: row.id });
      onStatus(`${rowLabel(row, number)} was not saved. Retry when you have a connection.`);
    }
  }

  async function remove(row: SetRow, number: number) {
    if (row.saved === null) {
      dispatch({ type: 'remove', rowId: row.id });
      onStatus(`${rowLabel(row, number)} removed.`);
      return;
    }
    try {
      await deleteSet.mutateAsync({ workoutId, setId: row.id });
      dispatch({ type: 'remove', rowId: row.id });
      onStatus(`${rowLabel(row, number)} deleted.`);
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

  const groups = blockGroups(state);
  const labels = groupLabels(groups);

  return (
    <>
      {state.blocks.map((block, blockIndex) => {
        const numbers = rowNumbers(block.rows);
        const groupLabel = labels[blockIndex] ?? null;
        const groupClass = groupLabel
          ? ` exercise-block--grouped${startsGroup(groups, blockIndex) ? ' exercise-block--group-start' : ''}${groups[blockIndex + 1] === groups[blockIndex] ? '' : ' exercise-block--group-end'}`
          : '';
        const kind = kindOf(state, block.exerciseId);
        const [firstHeading, secondHeading] = columnHeadings(kind, unit);
        const wide = wideSecondColumn(kind) ? ' set-grid--wide' : '';
        const groupable = mode !== 'view' && onRegroup !== undefined && state.blocks.length > 1;
        const canGroupWithNext = blockIndex < state.blocks.length - 1 && (groups[blockIndex] === null || groups[blockIndex + 1] !== groups[blockIndex]);
        const groupingShown = groupable && groupingOpen === block.exerciseId;
        return (
          <section key={block.exerciseId} className={`exercise-block${groupClass}`} aria-label={block.exerciseName}>
            {groupLabel && <p className="exercise-block__group">{groupLabel}</p>}
            <header className="exercise-block__header">
              <h2 className="exercise-block__title break-anywhere">
                <Link to={`/exercises/${block.exerciseId}`} className="exercise-block__link">
                  {block.exerciseName}
                </Link>
              </h2>
              {(groupable || (mode !== 'view' && onReorder && state.blocks.length > 1)) && (
                <div className="exercise-block__move">
                  {groupable && (
                    <button
                      type="button"
                      className="button button--ghost icon-button"
                      aria-label={`Superset options for ${block.exerciseName}`}
                      aria-expanded={groupingShown}
                      aria-controls={`grouping-${block.exerciseId}`}
                      onClick={() => setGroupingOpen(groupingShown ? null : block.exerciseId)}
                    >
                      ⋯
                    </button>
                  )}
                  {onReorder && state.blocks.length > 1 && (
                    <>
                      <button
                        type="button"
                        className="button button--ghost icon-button"
                        aria-label={`Move ${block.exerciseName} up`}
                        disabled={blockIndex === 0}
                        onClick={() => move(block.exerciseId, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button button--ghost icon-button"
                        aria-label={`Move ${block.exerciseName} down`}
                        disabled={blockIndex === state.blocks.length - 1}
                        onClick={() => move(block.exerciseId, 1)}
                      >
                        ↓
                      </button>
                    </>
                  )}
                </div>
              )}
            </header>
            {groupingShown && (
              <div id={`grouping-${block.exerciseId}`} className="exercise-block__actions">
                {canGroupWithNext ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Superset ${block.exerciseName} with the next exercise`}
                    onClick={() => regroup(block.exerciseId, 'group-with-next')}
                  >
                    Superset with next
                  </button>
                ) : null}
                {groupLabel && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Take ${block.exerciseName} out of ${groupLabel}`}
                    onClick={() => regroup(block.exerciseId, 'ungroup')}
                  >
                    Ungroup
                  </button>
                )}
              </div>
            )}
            <PlanHint block={block} unit={unit} step={state.step} />
            {mode === 'live' && <ExerciseNoteHint exerciseId={block.exerciseId} />}
            {block.rows.length > 0 && (
              <>
                <div className={(mode === 'live' ? 'set-grid set-grid--head' : 'set-grid set-grid--head set-grid--past') + wide} aria-hidden="true">
                  <span>Set</span>
                  {mode === 'live' && (
                    <span>
                      <span className="set-grid__long">Previous</span>
                      <span className="set-grid__short">Prev</span>
                    </span>
                  )}
                  <span>{firstHeading}</span>
                  <span>{secondHeading}</span>
                  <span>RPE</span>
                  <span>✓</span>
                </div>
                <ol className="set-list">
                  {block.rows.map((row, index) => (
                    <SetRowView
                      key={row.id}
                      workoutId={workoutId}
                      row={row}
                      number={numbers[index] ?? index + 1}
                      previous={mode === 'live' ? formatPrevious(previousFor(block, index), unit, kind) : null}
                      unit={unit}
                      step={state.step}
                      mode={mode}
                      kind={kind}
                      active={row.id === activeId}
                      error={rowErrors[row.id] ?? ''}
                      prs={prMarks?.get(row.id) ?? NO_PRS}
                      dispatch={dispatch}
                      canMove={{ up: canMoveSet(state, row.id, -1), down: canMoveSet(state, row.id, 1) }}
                      onChoose={() => setChosenRow(row.id)}
                      onSave={() => void save(row, block, numbers[index] ?? index + 1)}
                      onDelete={() => remove(row, numbers[index] ?? index + 1)}
                    />
                  ))}
                </ol>
              </>
            )}
            {mode !== 'view' && (
              <div className="exercise-block__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`Add a set of ${block.exerciseName}`}
                  onClick={() => dispatch({ type: 'add-set', exerciseId: block.exerciseId })}
                >
                  + Set
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`Add a warm-up set of ${block.exerciseName}`}
                  onClick={() => dispatch({ type: 'add-warmup', exerciseId: block.exerciseId })}
                >
                  + Warm-up
                </button>
                {mode === 'live' && kind === 'weight_reps' && <WarmupButton workoutId={workoutId} block={block} unit={unit} dispatch={dispatch} onStatus={onStatus} />}
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}

function PlanHint({ block, unit, step }: { block: ExerciseBlock; unit: WeightUnit; step: number }) {
  const { plan } = block;
  if (!plan) return null;
  return (
    <p className="exercise-block__plan muted">
      Plan: {plan.sets} × {plan.repsMin === plan.repsMax ? plan.repsMin : `${plan.repsMin}–${plan.repsMax}`}
      {plan.targetWeightKg !== null && ` @ ${displayTarget(plan.targetWeightKg, unit, step)} ${unit}`}
      {plan.targetRpe !== null && ` · RPE ${plan.targetRpe}`} · rest {formatClock(plan.restSeconds)}
      {plan.notes && <span className="break-anywhere"> · {plan.notes}</span>}
      <PlanProgression plan={plan} unit={unit} step={step} />
    </p>
  );
}

function SetRowView({
  workoutId,
  row,
  number,
  previous,
  unit,
  step,
  mode,
  kind,
  active,
  error,
  dispatch,
  canMove,
  onChoose,
  onSave,
  onDelete,
  prs,
}: {
  workoutId: string;
  row: SetRow;
  number: number;
  /** Last time's same set, or null where the column is not shown. */
  previous: string | null;
  unit: WeightUnit;
  step: number;
  mode: LogMode;
  kind: ExerciseKind;
  active: boolean;
  error: string;
  dispatch: Dispatch<LogAction>;
  /** Whether this set still to do can change places with the one above or below. */
  canMove: { up: boolean; down: boolean };
  onChoose: () => void;
  onSave: () => void;
  onDelete: () => Promise<void>;
  prs: readonly PrType[];
}) {
  const [optionsOpen, setOptionsOpen] = useState(false);
  const label = rowLabel(row, number);
  const change = (changes: Extract<LogAction, { type: 'change' }>['changes']) => dispatch({ type: 'change', rowId: row.id, changes });
  const hold = () => {
    if (row.status === 'draft' && !row.held) dispatch({ type: 'hold', rowId: row.id });
  };
  const logged = row.status === 'saved' && !row.editing && row.saved;
  const saving = row.status === 'saving';
  const failed = row.status === 'failed';
  const gridClass = (previous === null ? 'set-grid set-grid--past' : 'set-grid') + (wideSecondColumn(kind) ? ' set-grid--wide' : '');
  const mark = TYPE_MARK[row.setType] ?? String(number);
  const classes = ['set-row', logged ? 'set-row--logged' : '', failed ? 'set-row--failed' : '', active ? 'set-row--active' : ''].filter(Boolean).join(' ');

  const numberCell =
    mode === 'view' ? (
      <span className="set-row__number">{mark}</span>
    ) : (
      <button
        type="button"
        className="set-row__number set-row__number--button"
        aria-label={`${label}: options`}
        aria-expanded={optionsOpen}
        onClick={() => setOptionsOpen((o) => !o)}
      >
        {mark}
      </button>
    );
  const previousCell = previous !== null && (
    <span className="set-row__previous">
      <span className="visually-hidden">Last time: </span>
      {previous}
    </span>
  );

  return (
    <li className={classes} aria-label={label}>
      {logged ? (
        <div className={gridClass}>
          {numberCell}
          {previousCell}
          {mode === 'view' ? (
            <span className="set-row__value">{formatLogged(logged, unit, kind)}</span>
          ) : (
            <button
              type="button"
              className="set-row__value set-row__value--button"
              aria-label={`Edit ${shortLabel(row, number)}: ${formatLogged(logged, unit, kind)}`}
              onClick={() => {
                dispatch({ type: 'edit', rowId: row.id });
                onChoose();
              }}
            >
              {formatLogged(logged, unit, kind)}
            </button>
          )}
          <span className="set-row__done" aria-hidden="true">
            ✓
          </span>
          {mode === 'live' && <span className="visually-hidden">logged</span>}
        </div>
      ) : (
        <div className={gridClass} onFocus={onChoose}>
          {numberCell}
          {previousCell}
          <SetKindInputs kind={kind} row={row} unit={unit} onChange={change} onFocus={hold} />
          <select className="set-row__input set-row__rpe" aria-label="RPE" value={row.rpe} onChange={(e) => change({ rpe: e.target.value })}>
            <option value="">–</option>
            {RPE_VALUES.map((v) => (
              <option key={v} value={String(v)}>
                {v}
              </option>
            ))}
          </select>
          <button
            id={`log-${row.id}`}
            type="button"
            className={failed ? 'set-row__log set-row__log--retry' : 'set-row__log'}
            aria-label={failed ? 'Retry' : row.editing ? 'Save set' : 'Log set'}
            disabled={saving}
            onClick={onSave}
          >
            {saving ? '…' : failed ? '↻' : '✓'}
          </button>
        </div>
      )}
      {logged && prs.length > 0 && (
        <p className="set-row__note">
          <span className="pr-mark">
            <span aria-hidden="true">🏆</span> PR<span className="visually-hidden">: new record, {prList(prs)}</span>
          </span>
        </p>
      )}
      {failed && <p className="not-saved set-row__note">Not saved — retry</p>}
      {error && (
        <p className="field-error set-row__note" role="alert">
          {error}
        </p>
      )}
      {active && !logged && usesReps(kind) && <Adjusters row={row} unit={unit} step={step} dispatch={dispatch} />}
      {active && !logged && (kind === 'weight_reps' || kind === 'weight_distance') && (
        <PlatesButton workoutId={workoutId} row={row} unit={unit} onWeight={(weight) => change({ weight })} />
      )}
      {(optionsOpen || row.editing) && mode !== 'view' && (
        <SetOptions workoutId={workoutId} row={row} label={label} canMove={canMove} dispatch={dispatch} onDelete={onDelete} onClose={() => setOptionsOpen(false)} />
      )}
      {mode === 'view' && row.notes && <p className="muted break-anywhere set-row__note">{row.notes}</p>}
    </li>
  );
}

/** One-tap ± for the set about to be logged: a 2.5 kg change is one tap here and one on ✓. */
function Adjusters({ row, unit, step, dispatch }: { row: SetRow; unit: WeightUnit; step: number; dispatch: Dispatch<LogAction> }) {
  const weight = Number(row.weight) || 0;
  const reps = Number(row.reps) || 0;
  const setWeight = (next: number) => dispatch({ type: 'change', rowId: row.id, changes: { weight: String(Math.min(maxWeight(unit), Math.max(0, next))) } });
  const setReps = (next: number) => dispatch({ type: 'change', rowId: row.id, changes: { reps: String(Math.min(1000, Math.max(0, next))) } });
  return (
    <div className="adjusters" role="group" aria-label="Adjust this set">
      <button type="button" className="button button--secondary adjusters__button" aria-label={`Decrease Weight (${unit}) by ${step}`} disabled={weight <= 0} onClick={() => setWeight(stepFrom(weight, -1, step))}>
        −{step}
      </button>
      <button type="button" className="button button--secondary adjusters__button" aria-label={`Increase Weight (${unit}) by ${step}`} onClick={() => setWeight(stepFrom(weight, 1, step))}>
        +{step}
      </button>
      <button type="button" className="button button--secondary adjusters__button" aria-label="Decrease Reps by 1" disabled={reps <= 0} onClick={() => setReps(reps - 1)}>
        −1
      </button>
      <button type="button" className="button button--secondary adjusters__button" aria-label="Increase Reps by 1" onClick={() => setReps(reps + 1)}>
        +1
      </button>
    </div>
  );
}

function SetOptions({
  workoutId,
  row,
  label,
  canMove,
  dispatch,
  onDelete,
  onClose,
}: {
  workoutId: string;
  row: SetRow;
  label: string;
  canMove: { up: boolean; down: boolean };
  dispatch: Dispatch<LogAction>;
  onDelete: () => Promise<void>;
  onClose: () => void;
}) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const typeId = `${row.id}-type`;
  const notesId = `${row.id}-notes`;
  const logged = row.saved !== null && !row.editing;
  return (
    <div className="set-options" role="group" aria-label={`${label}: options`}>
      <div className="set-options__fields">
        <div className="field">
          <label htmlFor={typeId}>Set type</label>
          <select
            id={typeId}
            value={row.setType}
            disabled={logged}
            onChange={(e) => dispatch({ type: 'change', rowId: row.id, changes: { setType: e.target.value as SetType } })}
          >
            {SET_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        {logged && row.saved ? (
          <SavedSetNotes workoutId={workoutId} set={row.saved} id={notesId} dispatch={dispatch} rowId={row.id} />
        ) : (
          <div className="field">
            <label htmlFor={notesId}>Set notes</label>
            <input
              id={notesId}
              type="text"
              maxLength={500}
              autoComplete="off"
              value={row.notes}
              onChange={(e) => dispatch({ type: 'change', rowId: row.id, changes: { notes: e.target.value } })}
            />
          </div>
        )}
      </div>
      {confirmDelete ? (
        <Confirm
          label={`Delete ${label}?`}
          confirmLabel="Yes, delete set"
          busyLabel="Deleting…"
          busy={deleting}
          cancelLabel="Keep it"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setDeleting(true);
            void onDelete().finally(() => setDeleting(false));
          }}
        >
          Delete {label}?
        </Confirm>
      ) : (
        <div className="row-actions">
          {(canMove.up || canMove.down) && (
            <>
              <button type="button" className="button button--secondary button--small" aria-label={`Move ${label} up`} disabled={!canMove.up} onClick={() => dispatch({ type: 'move-set', rowId: row.id, delta: -1 })}>
                ↑ Up
              </button>
              <button type="button" className="button button--secondary button--small" aria-label={`Move ${label} down`} disabled={!canMove.down} onClick={() => dispatch({ type: 'move-set', rowId: row.id, delta: 1 })}>
                ↓ Down
              </button>
            </>
          )}
          {row.editing && (
            <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'cancel-edit', rowId: row.id })}>
              Cancel edit
            </button>
          )}
          <button
            type="button"
            className="button button--danger-outline button--small"
            onClick={() => (row.saved ? setConfirmDelete(true) : void onDelete())}
          >
            {row.saved ? 'Delete set' : 'Remove set'}
          </button>
          {!row.editing && (
            <button type="button" className="button button--ghost button--small" onClick={onClose}>
              Close
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** A logged set's notes, saved on their own (after a pause, on leaving the field, on leaving the screen). */
function SavedSetNotes({
  workoutId,
  set,
  id,
  rowId,
  dispatch,
}: {
  workoutId: string;
  set: WorkoutSet;
  id: string;
  rowId: string;
  dispatch: Dispatch<LogAction>;
}) {
  const updateNotes = useUpdateSetNotes();
  const { text, setText, flush, status } = useAutosavedText({
    saved: set.notes ?? '',
    storageKey: `fitfolio:set-notes:${set.id}`,
    save: async (notes) => {
      const saved = await updateNotes.mutateAsync({ workoutId, setId: set.id, notes: notes.trim() || null });
      dispatch({ type: 'saved', rowId, set: saved });
    },
  });
  return (
    <div className="field">
      <label htmlFor={id}>Set notes</label>
      <input id={id} type="text" maxLength={500} autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} onBlur={flush} />
      <AutosaveNote status={status} />
    </div>
  );
}
