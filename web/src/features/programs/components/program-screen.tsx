import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { errorMessage } from '../../../lib/api/api-error';
import type { Program, TemplateSummary } from '../../../lib/api/types';
import { moveItem } from '../../../lib/move-item';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteProgram } from '../api/delete-program';
import { useDeleteTemplate } from '../api/delete-template';
import { useDuplicateProgram } from '../api/duplicate-program';
import { useDuplicateTemplate } from '../api/duplicate-template';
import { useProgram } from '../api/get-program';
import { useReorderTemplates } from '../api/reorder-templates';
import { useUpdateProgram } from '../api/update-program';

export function ProgramScreen() {
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  useDocumentTitle(program.data?.name ?? 'Program');

  return (
    <div className="page">
      <p>
        <Link to="/programs">← All programs</Link>
      </p>
      {program.isPending ? (
        <SkeletonList rows={3} label="Loading program" />
      ) : program.isError ? (
        <ErrorAlert>{errorMessage(program.error)}</ErrorAlert>
      ) : (
        <ProgramDetail program={program.data} />
      )}
    </div>
  );
}

function ProgramDetail({ program }: { program: Program }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [status, setStatus] = useState('');
  const duplicate = useDuplicateProgram();
  const remove = useDeleteProgram();
  const navigate = useNavigate();
  const templates = [...program.templates].sort((a, b) => a.position - b.position);

  return (
    <>
      <header className="page-header">
        {mode === 'rename' ? (
          <RenameProgramForm program={program} onDone={(message) => { setMode('view'); if (message) setStatus(message); }} />
        ) : (
          <>
            <h1 className="break-anywhere">{program.name}</h1>
            {program.description && <p className="muted break-anywhere">{program.description}</p>}
          </>
        )}
      </header>
      <LiveStatus>{status}</LiveStatus>
      {mode === 'view' && (
        <div className="row-actions">
          <button type="button" className="button button--secondary" onClick={() => setMode('rename')}>
            Rename
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={duplicate.isPending}
            onClick={() => duplicate.mutate(program.id, { onSuccess: (copy) => void navigate(`/programs/${copy.id}`) })}
          >
            {duplicate.isPending ? 'Duplicating…' : 'Duplicate'}
          </button>
          <button type="button" className="button button--danger-outline" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </div>
      )}
      {mode === 'confirm-delete' && (
        <div className="confirm" role="group" aria-label={`Delete ${program.name}?`}>
          <p>
            Delete <strong>{program.name}</strong> and its templates? Workouts you already logged stay in your history.
          </p>
          <div className="row-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(program.id, { onSuccess: () => void navigate('/programs', { replace: true }) })}
            >
              {remove.isPending ? 'Deleting…' : 'Yes, delete program'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode('view')}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {duplicate.isError && <ErrorAlert>{errorMessage(duplicate.error)}</ErrorAlert>}
      {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}

      <section className="section" aria-labelledby="program-templates">
        <h2 id="program-templates">Workout templates</h2>
        {templates.length === 0 ? (
          <div className="empty-state">
            <p>
              <strong>No templates yet.</strong> Add one for each training day of this program.
            </p>
          </div>
        ) : (
          <TemplateList programId={program.id} templates={templates} onStatus={setStatus} />
        )}
        <div className="actions">
          <Link to={`/programs/${program.id}/templates/new`} className="button button--primary">
            Add workout template
          </Link>
        </div>
      </section>
    </>
  );
}

function RenameProgramForm({ program, onDone }: { program: Program; onDone: (message?: string) => void }) {
  const nameId = useId();
  const descriptionId = useId();
  const [name, setName] = useState(program.name);
  const [description, setDescription] = useState(program.description ?? '');
  const update = useUpdateProgram();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return;
    update.mutate(
      { id: program.id, changes: { name: name.trim(), description: description.trim() } },
      { onSuccess: (saved) => onDone(`Program renamed to ${saved.name}.`) },
    );
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Rename program">
      <div className="field">
        <label htmlFor={nameId}>Program name</label>
        <input id={nameId} type="text" value={name} required maxLength={100} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>Description</label>
        <textarea id={descriptionId} value={description} maxLength={1000} onChange={(e) => setDescription(e.target.value)} />
      </div>
      {update.isError && <ErrorAlert>{errorMessage(update.error)}</ErrorAlert>}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TemplateList({
  programId,
  templates,
  onStatus,
}: {
  programId: string;
  templates: TemplateSummary[];
  onStatus: (s: string) => void;
}) {
  const reorder = useReorderTemplates();

  function move(index: number, delta: number) {
    const next = moveItem(templates, index, delta);
    const moved = templates[index];
    if (!moved) return;
    reorder.mutate(
      { programId, templateIds: next.map((t) => t.id) },
      { onSuccess: () => onStatus(`${moved.name} moved to position ${next.indexOf(moved) + 1} of ${next.length}.`) },
    );
  }

  return (
    <>
      <ol className="card-list" aria-label="Templates in order">
        {templates.map((template, index) => (
          <TemplateRow
            key={template.id}
            programId={programId}
            template={template}
            isFirst={index === 0}
            isLast={index === templates.length - 1}
            busy={reorder.isPending}
            onMove={(delta) => move(index, delta)}
            onStatus={onStatus}
          />
        ))}
      </ol>
      {reorder.isError && <ErrorAlert>{errorMessage(reorder.error)} The order was put back.</ErrorAlert>}
    </>
  );
}

function TemplateRow({
  programId,
  template,
  isFirst,
  isLast,
  busy,
  onMove,
  onStatus,
}: {
  programId: string;
  template: TemplateSummary;
  isFirst: boolean;
  isLast: boolean;
  busy: boolean;
  onMove: (delta: number) => void;
  onStatus: (s: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const duplicate = useDuplicateTemplate();
  const remove = useDeleteTemplate();
  const ref = { programId, templateId: template.id };

  return (
    <li className="card">
      <div className="card__header">
        <div>
          <h3 className="card__title">
            <Link to={`/programs/${programId}/templates/${template.id}`}>{template.name}</Link>
          </h3>
          <span className="muted">{template.exerciseCount === 1 ? '1 exercise' : `${template.exerciseCount} exercises`}</span>
        </div>
        <div className="reorder">
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Move ${template.name} up`}
            disabled={isFirst || busy}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Move ${template.name} down`}
            disabled={isLast || busy}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
        </div>
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-label={`Delete ${template.name}?`}>
          <p>
            Delete the template <strong>{template.name}</strong>?
          </p>
          <div className="row-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(ref, { onSuccess: () => onStatus(`${template.name} deleted.`) })}
            >
              {remove.isPending ? 'Deleting…' : 'Yes, delete template'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="row-actions">
          <Link to={`/programs/${programId}/templates/${template.id}`} className="button button--secondary" aria-label={`Edit ${template.name}`}>
            Edit
          </Link>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Duplicate ${template.name}`}
            disabled={duplicate.isPending}
            onClick={() => duplicate.mutate(ref, { onSuccess: (copy) => onStatus(`${copy.name} added.`) })}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Delete ${template.name}`}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        </div>
      )}
      {(duplicate.isError || remove.isError) && <ErrorAlert>{errorMessage(duplicate.error ?? remove.error)}</ErrorAlert>}
    </li>
  );
}
