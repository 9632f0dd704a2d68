import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { errorMessage } from '../../../lib/api/api-error';
import type { WeightUnit } from '../../../lib/api/types';
import { formatWeight } from '../../../lib/units';
import {
  useApplyTemplateUpdate,
  useProgramChoices,
  useSaveAsTemplate,
  useTemplateUpdatePreview,
  type TemplateChange,
} from '../api/template-from-workout';

type Targets = NonNullable<TemplateChange['before']>;

function describeTargets(t: Targets, unit: WeightUnit): string {
  const reps = t.repsMin === t.repsMax ? `${t.repsMin}` : `${t.repsMin}–${t.repsMax}`;
  return `${t.sets} × ${reps}${t.targetWeightKg === null ? '' : ` @ ${formatWeight(t.targetWeightKg, unit)}`}`;
}

/** One line of the confirmation: "Squat: 3 × 5 @ 100 kg → 4 × 5 @ 105 kg". */
export function describeChange(change: TemplateChange, unit: WeightUnit): string {
  const { before, after } = change;
  switch (change.change) {
    case 'added':
      return `Add ${change.exerciseName}: ${after ? describeTargets(after, unit) : ''}`;
    case 'removed':
      return `Remove ${change.exerciseName}`;
    case 'updated':
      return `${change.exerciseName}: ${before ? describeTargets(before, unit) : ''} → ${after ? describeTargets(after, unit) : ''}`;
    default:
      return `${change.exerciseName}: no change`;
  }
}

/** "Update the template" (for a finished workout from one) and "Save as template", on the summary and the workout log. */
export function TemplateFromWorkout({ workoutId, templateId, unit }: { workoutId: string; templateId: string | null; unit: WeightUnit }) {
  return (
    <section className="template-from-workout" aria-label="Templates from this workout">
      {templateId && <UpdateTemplate workoutId={workoutId} unit={unit} />}
      <SaveAsTemplate workoutId={workoutId} />
    </section>
  );
}

function UpdateTemplate({ workoutId, unit }: { workoutId: string; unit: WeightUnit }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const preview = useTemplateUpdatePreview(workoutId, open);
  const apply = useApplyTemplateUpdate();
  if (done) return <LiveStatus>{done}</LiveStatus>;
  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Update the template
      </button>
    );
  }
  const changes = preview.data?.changes ?? [];
  const changed = changes.filter((c) => c.change !== 'unchanged');
  return (
    <div className="confirm" role="group" aria-label="Update the template">
      {preview.isPending ? (
        <p>Working out the changes…</p>
      ) : preview.isError ? (
        <ErrorAlert>{errorMessage(preview.error)}</ErrorAlert>
      ) : (
        <>
          <p>
            {changed.length === 0
              ? `${preview.data.templateName} already matches this workout.`
              : `Update ${preview.data.templateName} with what you did?`}
          </p>
          {changed.length > 0 && (
            <ul className="template-changes" aria-label="Changes to the template">
              {changed.map((c, i) => (
                <li key={`${c.exerciseId}-${i}`}>{describeChange(c, unit)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {apply.isError && <ErrorAlert>{errorMessage(apply.error)}</ErrorAlert>}
      <div className="row-actions">
        {preview.isSuccess && changed.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            disabled={apply.isPending}
            onClick={() => apply.mutate(workoutId, { onSuccess: (t) => setDone(`${t.name} updated.`) })}
          >
            {apply.isPending ? 'Updating…' : 'Update template'}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {changed.length > 0 ? 'Keep it as it was' : 'Close'}
        </button>
      </div>
    </div>
  );
}

function SaveAsTemplate({ workoutId }: { workoutId: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [programId, setProgramId] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const programs = useProgramChoices(open);
  const save = useSaveAsTemplate();
  const choices = programs.data?.items ?? [];
  const chosen = programId || choices[0]?.id || '';

  if (save.isSuccess) {
    return (
      <LiveStatus>
        Saved as <Link to={`/programs/${chosen}/templates/${save.data.id}`}>{save.data.name}</Link>.
      </LiveStatus>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Save as template
      </button>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return setProblem('Create a program first.');
    if (!name.trim()) return setProblem('Give the template a name.');
    setProblem('');
    save.mutate({ programId: chosen, workoutId, name: name.trim() });
  }

  return (
    <form className="form confirm" aria-label="Save as template" onSubmit={submit} noValidate>
      {programs.isPending ? (
        <p>Loading programs…</p>
      ) : choices.length === 0 ? (
        <p>
          No programs yet. <Link to="/programs">Create one</Link> first.
        </p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-program`}>Program</label>
          <select id={`${id}-program`} value={chosen} onChange={(e) => setProgramId(e.target.value)}>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Template name</label>
        <input id={`${id}-name`} type="text" maxLength={100} autoComplete="off" value={name} placeholder="e.g. Upper A" onChange={(e) => setName(e.target.value)} />
      </div>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      <div className="row-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending || choices.length === 0}>
          {save.isPending ? 'Saving…' : 'Save template'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
