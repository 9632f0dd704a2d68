import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { Spinner } from '../../../components/spinner';
import { SubpageHeader } from '../../../components/subpage-header';
import { UnitChoice } from '../../../components/unit-choice';
import { useWeightUnit } from '../../../lib/account/get-account';
import type { ImportFormat, WeightUnit } from '../../../lib/api/types';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUploadImport, type UploadProgress } from '../api/upload-import';
import { importErrorMessage, MAX_FILE_MB } from './import-error';

const FORMATS: { value: ImportFormat | ''; label: string }[] = [
  { value: '', label: 'Recognise it from the file' },
  { value: 'strong', label: 'Strong (CSV)' },
  { value: 'hevy', label: 'Hevy (CSV)' },
  { value: 'fitfolio', label: 'FitFolio export (JSON)' },
];

/** `/settings/import`: choose a Strong, Hevy or FitFolio file and upload it for a preview. */
export function ImportScreen() {
  useDocumentTitle('Import');
  const fileId = useId();
  const formatId = useId();
  const navigate = useNavigate();
  const userUnit = useWeightUnit();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [unit, setUnit] = useState<WeightUnit | null>(null);
  const [localError, setLocalError] = useState('');
  const upload = useUploadImport();
  const shownUnit = unit ?? userUnit;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setLocalError('Choose the file to import.');
    if (file.size > MAX_FILE_MB * 1024 * 1024) return setLocalError(`The file is larger than ${MAX_FILE_MB} MB.`);
    setLocalError('');
    upload.mutate(
      { file, format: format || undefined, unit: shownUnit },
      { onSuccess: (preview) => navigate(`/settings/import/${preview.id}`) },
    );
  }

  const busy = upload.isPending;
  return (
    <div className="page page--narrow">
      <SubpageHeader back="/settings" backLabel="Settings" title="Import your history">
        <p className="muted">
          From Strong or Hevy (their CSV export), or a FitFolio export (JSON). You see what the file holds and
          which exercise each name becomes before anything is added to your history.
        </p>
      </SubpageHeader>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor={fileId}>File to import</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={busy}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <span className="muted">A .csv or .json file of up to {MAX_FILE_MB} MB.</span>
        </div>
        <div className="field">
          <label htmlFor={formatId}>Format</label>
          <select id={formatId} value={format} disabled={busy} onChange={(e) => setFormat(e.target.value as ImportFormat | '')}>
            {FORMATS.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <UnitChoice legend="Weights in the file are in" name="import-unit" value={shownUnit} onChange={setUnit} disabled={busy}>
          <span className="muted">Used only when the file does not say; newer Strong and Hevy exports do.</span>
        </UnitChoice>
        {upload.progress && <UploadStatus progress={upload.progress} fileName={file?.name ?? ''} />}
        {localError && <ErrorAlert>{localError}</ErrorAlert>}
        {upload.isError && <ErrorAlert>{importErrorMessage(upload.error)}</ErrorAlert>}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Uploading…' : 'Upload and preview'}
          </button>
        </div>
      </form>
    </div>
  );
}

function UploadStatus({ progress, fileName }: { progress: UploadProgress; fileName: string }) {
  const progressId = useId();
  if (progress.phase === 'reading') {
    return (
      <div className="upload-status">
        <Spinner label="Reading your file" />
        <p>Reading your file: checking every line and matching exercise names. A large history takes a minute.</p>
      </div>
    );
  }
  const percent = progress.fraction === undefined ? undefined : Math.round(progress.fraction * 100);
  return (
    <div className="upload-status">
      <label htmlFor={progressId}>
        Uploading <span className="break-anywhere">{fileName}</span>
        {percent === undefined ? '…' : `: ${percent}%`}
      </label>
      <progress id={progressId} max={100} {...(percent === undefined ? {} : { value: percent })}>
        {percent === undefined ? 'Uploading' : `${percent}%`}
      </progress>
    </div>
  );
}
