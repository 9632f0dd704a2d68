import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { errorMessage } from '../../../lib/api/api-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateProgram } from '../api/create-program';
import { usePrograms } from '../api/get-programs';

function templatesLabel(n: number): string {
  return n === 1 ? '1 workout template' : `${n} workout templates`;
}

export function ProgramsScreen() {
  useDocumentTitle('Programs');
  const programs = usePrograms();
  const [creating, setCreating] = useState(false);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Programs</h1>
        <p className="muted">A program holds the workouts you repeat, such as “Upper A” and “Lower B”.</p>
      </header>
      {creating ? (
        <CreateProgramForm onCancel={() => setCreating(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New program
          </button>
        </div>
      )}
      <section className="section" aria-label="Your programs">
        {programs.isPending ? (
          <SkeletonList rows={3} label="Loading programs" />
        ) : programs.isError ? (
          <ErrorAlert>{errorMessage(programs.error)}</ErrorAlert>
        ) : programs.data.items.length === 0 ? (
          <div className="empty-state">
            <p>
              <strong>No programs yet.</strong> Create one, then add a workout template for each training day.
            </p>
          </div>
        ) : (
          <ul className="card-list" aria-label="Programs">
            {programs.data.items.map((program) => (
              <li key={program.id}>
                <Link to={`/programs/${program.id}`} className="link-card">
                  <span className="link-card__title">{program.name}</span>
                  {program.description && <span className="muted break-anywhere">{program.description}</span>}
                  <span className="muted">{templatesLabel(program.templates.length)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function CreateProgramForm({ onCancel }: { onCancel: () => void }) {
  const nameId = useId();
  const descriptionId = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreateProgram();
  const navigate = useNavigate();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return;
    const body = description.trim() ? { name: name.trim(), description: description.trim() } : { name: name.trim() };
    create.mutate(body, { onSuccess: (program) => void navigate(`/programs/${program.id}`) });
  }

  return (
    <form className="form card section" onSubmit={submit} aria-label="New program">
      <div className="field">
        <label htmlFor={nameId}>Program name</label>
        <input id={nameId} type="text" value={name} required maxLength={100} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>
          Description <span className="muted">(optional)</span>
        </label>
        <textarea id={descriptionId} value={description} maxLength={1000} onChange={(e) => setDescription(e.target.value)} />
      </div>
      {create.isError && <ErrorAlert>{errorMessage(create.error)}</ErrorAlert>}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={create.isPending || !name.trim()}>
          {create.isPending ? 'Creating…' : 'Create program'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
