import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { ExercisePicker } from '../../../components/exercise-picker';
import { SkeletonList } from '../../../components/skeleton-list';
import { useAccount } from '../../../lib/account/get-account';
import { errorMessage } from '../../../lib/api/api-error';
import type { Exercise, WeightUnit } from '../../../lib/api/types';
import { moveItem } from '../../../lib/move-item';
import { groupLabels, groupWithNext, normalizeGroups, ungroup } from '../../../lib/exercise-groups';
import { RPE_VALUES } from '../../../lib/training-labels';
import { displayWeight, maxWeight, toKg, weightStep } from '../../../lib/units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { randomUuid } from '../../../lib/uuid';
import { useTemplate } from '../api/get-template';
import { useSaveTemplate } from '../api/save-template';
import { TargetPlates } from './target-plates';
import { PROGRESSION_RULES, type TemplateExerciseRequest, type TemplateExerciseWithRule, type TemplateWithRules } from '../api/progression';
import { ruleFieldsFrom, ruleInput, type RuleFields } from './rule-input';

/** `/programs/:programId/templates/new` and `/programs/:programId/templates/:templateId`. */
export function TemplateEditorScreen() {
  const { programId = '', templateId = 'new' } = useParams();
  const isNew = templateId === 'new';
  const template = useTemplate(programId, templateId, !isNew);
  const account = useAccount();
  useDocumentTitle(isNew ? 'New template' : (template.data?.name ?? 'Template'));

  // The form converts target weights with the user's unit, so it waits for the account.
  const accountSettled = !account.isPending;
  const unit: WeightUnit = account.data?.unit ?? 'kg';

  return (
    <div className="page">
      <p>
        <Link to={`/programs/${programId}`}>← Back to the program</Link>
      </p>
      <h1>{isNew ? 'New workout template' : 'Edit workout template'}</h1>
      {!accountSettled || (!isNew && template.isPending) ? (
        <SkeletonList rows={3} label="Loading template" />
      ) : !isNew && template.isError ? (
        <ErrorAlert>{errorMessage(template.error)}</ErrorAlert>
      ) : (
        <TemplateForm key={template.data?.id ?? 'new'} programId={programId} template={isNew ? undefined : template.data} unit={unit} />
      )}
    </div>
  );
}

interface Row extends RuleFields {
  key: string;
  exerciseId: string;
  exerciseName: string;
  sets: string;
  repsMin: string;
  repsMax: string;
  restSeconds: string;
  targetWeight: string;
  targetRpe: string;
  notes: string;
  /** The stored weight and how it was shown, so an untouched weight is saved unrounded. */
  savedWeightKg: number | null;
  savedWeightText: string;
  /** Why the rule set the current targets, from its last run. */
  reason: string | null;
  /** The superset or circuit it is in; null when done on its own. */
  group: number | null;
}

function rowFromTemplate(e: TemplateExerciseWithRule, unit: WeightUnit): Row {
  const weightText = e.targetWeightKg === null ? '' : String(displayWeight(e.targetWeightKg, unit));
  return {
    key: e.id,
    exerciseId: e.exerciseId,
    exerciseName: e.exerciseName,
    sets: String(e.sets),
    repsMin: String(e.repsMin),
    repsMax: String(e.repsMax),
    restSeconds: String(e.restSeconds),
    targetWeight: weightText,
    targetRpe: e.targetRpe === null ? '' : String(e.targetRpe),
    notes: e.notes ?? '',
    savedWeightKg: e.targetWeightKg,
    savedWeightText: weightText,
    reason: e.progressionReason,
    group: e.group ?? null,
    ...ruleFieldsFrom(e, unit),
  };
}

function newRow(exercise: Exercise, unit: WeightUnit): Row {
  return {
    key: randomUuid(),
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    sets: '3',
    repsMin: '8',
    repsMax: '12',
    restSeconds: '90',
    targetWeight: '',
    targetRpe: '',
    notes: '',
    savedWeightKg: null,
    savedWeightText: '',
    reason: null,
    group: null,
    ...ruleFieldsFrom(null, unit),
  };
}

function toInput(row: Row, unit: WeightUnit): TemplateExerciseRequest | string {
  const sets = Number(row.sets);
  const repsMin = Number(row.repsMin);
  const repsMax = Number(row.repsMax);
  const restSeconds = Number(row.restSeconds);
  if (!Number.isInteger(sets) || sets < 1 || sets > 50) return `${row.exerciseName}: sets must be a whole number from 1 to 50.`;
  if (!Number.isInteger(repsMin) || !Number.isInteger(repsMax) || repsMin < 0 || repsMax > 1000)
    return `${row.exerciseName}: reps must be whole numbers from 0 to 1000.`;
  if (repsMin > repsMax) return `${row.exerciseName}: the lowest reps cannot be above the highest.`;
  if (!Number.isInteger(restSeconds) || restSeconds < 0 || restSeconds > 3600)
    return `${row.exerciseName}: rest must be 0 to 3600 seconds.`;
  let targetWeightKg: number | null = null;
  if (row.targetWeight.trim() !== '') {
    const value = Number(row.targetWeight);
    if (!Number.isFinite(value) || value < 0 || value > maxWeight(unit)) return `${row.exerciseName}: check the target weight.`;
    targetWeightKg = row.targetWeight === row.savedWeightText ? row.savedWeightKg : toKg(value, unit);
  }
  const rule = ruleInput(row, unit, repsMin, repsMax);
  if (typeof rule === 'string') return `${row.exerciseName}: ${rule}`;
  return {
    ...rule,
    exerciseId: row.exerciseId,
    sets,
    repsMin,
    repsMax,
    restSeconds,
    targetRpe: row.targetRpe ? Number(row.targetRpe) : null,
    targetWeightKg,
    notes: row.notes.trim() || null,
    group: row.group,
  };
}

/** The rows with their groups renumbered (a move can split a group or leave one member alone). */
function withGroups(rows: Row[], groups: readonly (number | null)[] = normalizeGroups(rows.map((r) => r.group))): Row[] {
  return rows.map((r, i) => (r.group === (groups[i] ?? null) ? r : { ...r, group: groups[i] ?? null }));
}

function TemplateForm({ programId, template, unit }: { programId: string; template: TemplateWithRules | undefined; unit: WeightUnit }) {
  const nameId = useId();
  const [name, setName] = useState(template?.name ?? '');
  const [rows, setRows] = useState<Row[]>(() =>
    [...(template?.exercises ?? [])].sort((a, b) => a.position - b.position).map((e) => rowFromTemplate(e, unit)),
  );
  const [picking, setPicking] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const save = useSaveTemplate();
  const navigate = useNavigate();

  function update(key: string, changes: Partial<Row>) {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...changes } : r)));
  }

  function move(index: number, delta: number) {
    const row = rows[index];
    if (!row) return;
    const next = withGroups(moveItem(rows, index, delta));
    setRows(next);
    setStatus(`${row.exerciseName} moved to position ${next.indexOf(row) + 1} of ${next.length}.`);
  }

  function remove(row: Row) {
    setRows((current) => withGroups(current.filter((r) => r.key !== row.key)));
    setStatus(`${row.exerciseName} removed.`);
  }

  function regroup(index: number, action: 'group-with-next' | 'ungroup') {
    const row = rows[index];
    if (!row) return;
    const groups = rows.map((r) => r.group);
    const next = withGroups(rows, action === 'group-with-next' ? groupWithNext(groups, index) : ungroup(groups, index));
    setRows(next);
    const label = groupLabels(next.map((r) => r.group))[index];
    setStatus(label ? `${row.exerciseName} is in ${label}.` : `${row.exerciseName} is on its own.`);
  }

  const labels = groupLabels(rows.map((r) => r.group));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return setProblem('Give the template a name.');
    const exercises: TemplateExerciseRequest[] = [];
    for (const row of rows) {
      const input = toInput(row, unit);
      if (typeof input === 'string') return setProblem(input);
      exercises.push(input);
    }
    setProblem('');
    save.mutate(
      { programId, ...(template ? { templateId: template.id } : {}), body: { name: name.trim(), exercises } },
      {
        onSuccess: (saved) => {
          if (template) setStatus(`${saved.name} saved.`);
          else void navigate(`/programs/${programId}`);
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={nameId}>Template name</label>
        <input id={nameId} type="text" value={name} required maxLength={100} autoComplete="off" placeholder="e.g. Upper A" onChange={(e) => setName(e.target.value)} />
      </div>
      <LiveStatus>{status}</LiveStatus>
      <h2>Exercises</h2>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>No exercises yet. Add the first one below.</p>
        </div>
      ) : (
        <ol className="card-list" aria-label="Exercises in order">
          {rows.map((row, index) => (
            <TemplateRowEditor
              key={row.key}
              row={row}
              index={index}
              count={rows.length}
              unit={unit}
              onChange={(changes) => update(row.key, changes)}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(row)}
              groupLabel={labels[index] ?? null}
              groupedWithNext={row.group !== null && rows[index + 1]?.group === row.group}
              onRegroup={(action) => regroup(index, action)}
            />
          ))}
        </ol>
      )}
      {picking ? (
        <ExercisePicker
          onCancel={() => setPicking(false)}
          onPick={(exercise) => {
            setRows((current) => [...current, newRow(exercise, unit)]);
            setPicking(false);
            setStatus(`${exercise.name} added.`);
          }}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setPicking(true)}>
          Add exercise
        </button>
      )}
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save template'}
        </button>
      </div>
    </form>
  );
}

function TemplateRowEditor({
  row,
  index,
  count,
  unit,
  onChange,
  onMove,
  onRemove,
  groupLabel,
  groupedWithNext,
  onRegroup,
}: {
  row: Row;
  index: number;
  count: number;
  unit: WeightUnit;
  onChange: (changes: Partial<Row>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  /** "Superset A", "Circuit B"; null when on its own. */
  groupLabel: string | null;
  groupedWithNext: boolean;
  onRegroup: (action: 'group-with-next' | 'ungroup') => void;
}) {
  const id = useId();
  const name = row.exerciseName;
  return (
    <li className={groupLabel ? 'card template-row template-row--grouped' : 'card template-row'} aria-label={`${index + 1}. ${name}`}>
      {groupLabel && <p className="exercise-block__group">{groupLabel}</p>}
      <div className="card__header">
        <h3 className="card__title">
          {index + 1}. <Link to={`/exercises/${row.exerciseId}`}>{name}</Link>
        </h3>
        <div className="reorder">
          <button type="button" className="button button--secondary" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" className="button button--secondary" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓
          </button>
        </div>
      </div>
      <div className="grid-3">
        <div className="field">
          <label htmlFor={`${id}-sets`}>Sets</label>
          <input id={`${id}-sets`} type="number" inputMode="numeric" min={1} max={50} value={row.sets} onChange={(e) => onChange({ sets: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-min`}>Reps from</label>
          <input id={`${id}-min`} type="number" inputMode="numeric" min={0} max={1000} value={row.repsMin} onChange={(e) => onChange({ repsMin: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>Reps to</label>
          <input id={`${id}-max`} type="number" inputMode="numeric" min={0} max={1000} value={row.repsMax} onChange={(e) => onChange({ repsMax: e.target.value })} />
        </div>
      </div>
      <div className="grid-3">
        <div className="field">
          <label htmlFor={`${id}-rest`}>Rest (s)</label>
          <input id={`${id}-rest`} type="number" inputMode="numeric" min={0} max={3600} step={15} value={row.restSeconds} onChange={(e) => onChange({ restSeconds: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-weight`}>Target ({unit})</label>
          <input
            id={`${id}-weight`}
            type="number"
            inputMode="decimal"
            min={0}
            max={maxWeight(unit)}
            step={weightStep(unit) / 2}
            value={row.targetWeight}
            placeholder="—"
            onChange={(e) => onChange({ targetWeight: e.target.value })}
          />
          <TargetPlates exerciseId={row.exerciseId} exerciseName={name} unit={unit} weight={row.targetWeight} onWeight={(targetWeight) => onChange({ targetWeight })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-rpe`}>Target RPE</label>
          <select id={`${id}-rpe`} value={row.targetRpe} onChange={(e) => onChange({ targetRpe: e.target.value })}>
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
        <label htmlFor={`${id}-notes`}>Notes</label>
        <input id={`${id}-notes`} type="text" maxLength={500} value={row.notes} autoComplete="off" placeholder="e.g. pause at the bottom" onChange={(e) => onChange({ notes: e.target.value })} />
      </div>
      <RuleEditor row={row} unit={unit} onChange={onChange} />
      <div className="row-actions">
        {index < count - 1 && !groupedWithNext && (
          <button type="button" className="button button--secondary" aria-label={`Superset ${name} with the next exercise`} onClick={() => onRegroup('group-with-next')}>
            Superset with next
          </button>
        )}
        {groupLabel && (
          <button type="button" className="button button--secondary" aria-label={`Take ${name} out of ${groupLabel}`} onClick={() => onRegroup('ungroup')}>
            Ungroup
          </button>
        )}
        <button type="button" className="button button--danger-outline" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

/** The exercise's progression rule: how the next workout's targets follow from the last one. */
function RuleEditor({ row, unit, onChange }: { row: Row; unit: WeightUnit; onChange: (changes: Partial<Row>) => void }) {
  const id = useId();
  const hint = PROGRESSION_RULES.find((r) => r.value === row.progression)?.hint;
  return (
    <div className="template-rule">
      <div className="field">
        <label htmlFor={`${id}-rule`}>Progression</label>
        <select id={`${id}-rule`} value={row.progression} onChange={(e) => onChange({ progression: e.target.value })}>
          <option value="">None: keep the targets as written</option>
          {PROGRESSION_RULES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      {row.progression && (
        <div className="grid-3">
          <div className="field">
            <label htmlFor={`${id}-inc`}>{row.progression === 'training_max' ? `TM + per cycle (${unit})` : `Add (${unit})`}</label>
            <input id={`${id}-inc`} type="number" inputMode="decimal" min={0} step={weightStep(unit) / 2} value={row.increment} onChange={(e) => onChange({ increment: e.target.value })} />
          </div>
          {row.progression === 'training_max' && (
            <>
              <div className="field">
                <label htmlFor={`${id}-tm`}>Training max ({unit})</label>
                <input id={`${id}-tm`} type="number" inputMode="decimal" min={0} max={maxWeight(unit)} step={weightStep(unit) / 2} value={row.trainingMax} placeholder="—" onChange={(e) => onChange({ trainingMax: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-week`}>Next week</label>
                <select id={`${id}-week`} value={row.cycleWeek} onChange={(e) => onChange({ cycleWeek: e.target.value })}>
                  <option value="1">1 (65/75/85 %)</option>
                  <option value="2">2 (70/80/90 %)</option>
                  <option value="3">3 (75/85/95 %)</option>
                  <option value="4">4 (deload)</option>
                </select>
              </div>
            </>
          )}
        </div>
      )}
      {hint && <p className="muted template-rule__reason">{hint}</p>}
      {row.progression && row.reason && <p className="muted template-rule__reason">Last change: {row.reason}</p>}
    </div>
  );
}
