import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { Confirm } from '../../../components/confirm';
import { SkeletonList } from '../../../components/skeleton-list';
import { SubpageHeader } from '../../../components/subpage-header';
import { UnitChoice } from '../../../components/unit-choice';
import { isApiError } from '../../../lib/api/api-error';
import type { ExerciseMapping, ImportMappingRequest, ImportPreview, ImportResult, WeightUnit } from '../../../lib/api/types';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCommitImport } from '../api/commit-import';
import { useDiscardImport } from '../api/discard-import';
import { useImport } from '../api/get-import';
import { useSaveMapping } from '../api/save-mapping';
import { effectiveMatch, ExerciseMatch, LOW_CONFIDENCE, type MatchChange } from './exercise-match';
import { importErrorMessage } from './import-error';

const FORMAT_NAMES: Record<ImportPreview['format'], string> = { strong: 'Strong', hevy: 'Hevy', fitfolio: 'FitFolio export' };

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** `/settings/import/:importId`: what the file holds, the exercise each name becomes, then commit or discard. */
export function ImportPreviewScreen() {
  useDocumentTitle('Import preview');
  const { importId = '' } = useParams();
  const preview = useImport(importId);

  return (
    <div className="page page--narrow">
      <SubpageHeader back="/settings/import" backLabel="Import" title={preview.data?.result ? 'Import complete' : 'Check your import'} />
      {preview.isPending ? (
        <SkeletonList rows={4} label="Loading the preview" />
      ) : preview.isError ? (
        <>
          <ErrorAlert>
            {isApiError(preview.error, 'not_found') ? 'This import was discarded or does not exist.' : importErrorMessage(preview.error)}
          </ErrorAlert>
          <div className="actions">
            <Link to="/settings/import" className="button button--primary">
              Import a file
            </Link>
          </div>
        </>
      ) : preview.data.result ? (
        <ImportDone result={preview.data.result} skipped={preview.data.skippedTotal} />
      ) : (
        <PreviewEditor preview={preview.data} />
      )}
    </div>
  );
}

function Stats({ figures }: { figures: Record<string, number> }) {
  return (
    <dl className="stat-grid">
      {Object.entries(figures).map(([label, value]) => (
        <div key={label} className="stat">
          <dt className="stat__label">{label}</dt>
          <dd className="stat__value">{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

function mappingRequest(changes: Record<string, MatchChange>, unit: WeightUnit | null): ImportMappingRequest | null {
  const exercises: ExerciseMapping[] = Object.entries(changes).map(([sourceName, change]) =>
    'create' in change ? { sourceName, create: change.create } : { sourceName, exerciseId: change.exerciseId },
  );
  if (exercises.length === 0 && unit === null) return null;
  return unit === null ? { exercises } : { exercises, unit };
}

function PreviewEditor({ preview }: { preview: ImportPreview }) {
  const navigate = useNavigate();
  const [changes, setChanges] = useState<Record<string, MatchChange>>({});
  const [unit, setUnit] = useState<WeightUnit | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [status, setStatus] = useState('');
  const save = useSaveMapping(preview.id);
  const commit = useCommitImport(preview.id);
  const discard = useDiscardImport(preview.id);

  const restore = preview.format === 'fitfolio';
  const pending = mappingRequest(changes, unit !== null && unit !== preview.unit ? unit : null);
  const busy = save.isPending || commit.isPending || discard.isPending;
  const exercises = preview.exercises.map((e) => effectiveMatch(e, changes[e.sourceName]));
  const toCheck = exercises.filter((e) => e.exerciseId === null ? !e.create : e.confidence < LOW_CONFIDENCE).length;

  function onSave() {
    if (!pending) return;
    setStatus('');
    save.mutate(pending, {
      onSuccess: () => {
        setChanges({});
        setUnit(null);
        setStatus('Mapping saved.');
      },
    });
  }

  function onDiscard() {
    discard.mutate(undefined, { onSuccess: () => navigate('/settings/import', { replace: true }) });
  }

  return (
    <>
      <p className="muted">
        {FORMAT_NAMES[preview.format]} file. Nothing is in your history yet: check the exercises, then import.
      </p>
      <Stats figures={{ Workouts: preview.workouts, Sets: preview.sets, 'Lines skipped': preview.skippedTotal }} />

      <section className="section" aria-labelledby="import-exercises">
        <h2 id="import-exercises">Exercises ({preview.exercises.length})</h2>
        {restore ? (
          <p className="muted">A FitFolio export keeps its exercises: they are restored as they were.</p>
        ) : (
          <p className="muted">
            {toCheck === 0
              ? 'Every name has a match. Change any that is wrong.'
              : `${plural(toCheck, 'name')} to check: low-confidence matches and names with no match are marked.`}
          </p>
        )}
        <ul className="card-list" aria-label="Exercise names in the file">
          {exercises.map((exercise) => (
            <ExerciseMatch
              key={exercise.sourceName}
              exercise={exercise}
              changed={exercise.sourceName in changes}
              editable={!restore && !busy}
              open={editing === exercise.sourceName}
              onOpen={() => setEditing(exercise.sourceName)}
              onClose={() => setEditing(null)}
              onChange={(change) => {
                setStatus('');
                setChanges((current) => ({ ...current, [exercise.sourceName]: change }));
              }}
            />
          ))}
        </ul>
      </section>

      {!restore && (
        <UnitChoice
          legend="Weights with no unit in the file are read in"
          name="preview-unit"
          className="section"
          value={unit ?? preview.unit}
          onChange={setUnit}
          disabled={busy}
        />
      )}

      {preview.skippedTotal > 0 && <SkippedLines preview={preview} />}

      <LiveStatus>{status}</LiveStatus>
      {save.isError && <ErrorAlert>{importErrorMessage(save.error)}</ErrorAlert>}
      {commit.isError && <ErrorAlert>{importErrorMessage(commit.error)}</ErrorAlert>}
      {discard.isError && <ErrorAlert>{importErrorMessage(discard.error)}</ErrorAlert>}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => commit.mutate(pending)}>
          {commit.isPending ? 'Importing…' : `Import ${plural(preview.workouts, 'workout')}`}
        </button>
        {!restore && (
          <button type="button" className="button button--secondary" disabled={busy || !pending} onClick={onSave}>
            {save.isPending ? 'Saving…' : 'Save mapping'}
          </button>
        )}
        {confirmDiscard ? (
          <Confirm
            label="Discard this import?"
            confirmLabel="Discard"
            busyLabel="Discarding…"
            busy={discard.isPending}
            cancelLabel="Keep it"
            onConfirm={onDiscard}
            onCancel={() => setConfirmDiscard(false)}
          >
            Discard this preview? Nothing was imported; you can upload the file again later.
          </Confirm>
        ) : (
          <button type="button" className="button button--danger-outline" disabled={busy} onClick={() => setConfirmDiscard(true)}>
            Discard
          </button>
        )}
      </div>
    </>
  );
}

const SKIPPED_SHOWN = 20;

function SkippedLines({ preview }: { preview: ImportPreview }) {
  const [all, setAll] = useState(false);
  const shown = all ? preview.skipped : preview.skipped.slice(0, SKIPPED_SHOWN);
  const more = preview.skippedTotal - shown.length;
  return (
    <section className="section" aria-labelledby="import-skipped">
      <h2 id="import-skipped">Lines that could not be read ({preview.skippedTotal.toLocaleString()})</h2>
      <p className="muted">These lines are left out; every other line is imported.</p>
      <ul className="skipped-lines" aria-label="Skipped lines">
        {shown.map(({ line, reason }) => (
          <li key={line}>
            <strong>Line {line}</strong>: <span className="break-anywhere">{reason}</span>
          </li>
        ))}
      </ul>
      {more > 0 &&
        (shown.length < preview.skipped.length ? (
          <button type="button" className="button button--secondary button--small" onClick={() => setAll(true)}>
            Show {plural(preview.skipped.length - shown.length, 'more line')}
          </button>
        ) : (
          <p className="muted">…and {plural(more, 'more line')} (only the first {preview.skipped.length.toLocaleString()} are listed).</p>
        ))}
    </section>
  );
}

function ImportDone({ result, skipped }: { result: ImportResult; skipped: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="import-done">
      <h2 id="import-done" ref={heading} tabIndex={-1}>
        What was added
      </h2>
      <p role="status">
        {result.workoutsCreated === 0 && result.workoutsAlreadyPresent > 0
          ? 'Everything in this file was already in your history: nothing new was added.'
          : `${plural(result.workoutsCreated, 'workout')} added to your history.`}
      </p>
      <Stats
        figures={{
          Workouts: result.workoutsCreated,
          Sets: result.setsCreated,
          'Already there': result.workoutsAlreadyPresent,
        }}
      />
      <p className="muted">
        {plural(result.exercisesCreated, 'custom exercise')} created · {plural(skipped, 'line')} skipped
      </p>
      <div className="actions">
        <Link to="/history" className="button button--primary">
          See your history
        </Link>
        <Link to="/settings/import" className="button button--secondary">
          Import another file
        </Link>
      </div>
    </section>
  );
}
