import { useId, useMemo, useState, type FormEvent } from 'react';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { UnitChoice } from '../../../components/unit-choice';
import { useAccount } from '../../../lib/account/get-account';
import { ApiError, errorMessage } from '../../../lib/api/api-error';
import type { E1rmFormula, User, WeightUnit } from '../../../lib/api/types';
import { plateStep, toKg, weightStep } from '../../../lib/units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUpdateAccount } from '../api/update-account';
import { DataSection } from './data-section';
import { EquipmentSection } from './equipment-section';

export function SettingsScreen() {
  useDocumentTitle('Settings');
  const account = useAccount();

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Settings</h1>
        <p className="muted">Your name, the unit you lift in, your time zone, and your data.</p>
      </header>
      {account.isPending ? (
        <SkeletonList rows={3} label="Loading your settings" />
      ) : account.isError ? (
        <ErrorAlert>{errorMessage(account.error)}</ErrorAlert>
      ) : (
        <SettingsForm user={account.data} />
      )}
      <EquipmentSection />
      <DataSection />
    </div>
  );
}

function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones.includes(current) ? zones : [current, ...zones];
}

const E1RM_FORMULAS: { value: E1rmFormula; label: string }[] = [
  { value: 'epley', label: 'Epley: weight × (1 + reps / 30)' },
  { value: 'brzycki', label: 'Brzycki: weight × 36 / (37 − reps), up to 12 reps' },
  { value: 'rpe', label: 'RPE chart: from reps and RPE (sets without RPE get none)' },
];

const STEP_OPTIONS: Record<WeightUnit, number[]> = { kg: [0.5, 1, 1.25, 2.5, 5], lb: [1, 2.5, 5, 10] };

function SettingsForm({ user }: { user: User }) {
  const nameId = useId();
  const zoneId = useId();
  const stepId = useId();
  const formulaId = useId();
  const [e1rmFormula, setE1rmFormula] = useState<E1rmFormula>(user.e1rmFormula);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [unit, setUnit] = useState<WeightUnit>(user.unit);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  // Untouched, the step follows the unit (2.5 kg or 5 lb) and is not sent, so it stays the server's default.
  const [step, setStep] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const update = useUpdateAccount();
  const zones = useMemo(() => timeZones(user.timeZone), [user.timeZone]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    update.mutate(
      { displayName: displayName.trim(), unit, timeZone, e1rmFormula, ...(step === null ? {} : { plateStepKg: toKg(step, unit) }) },
      { onSuccess: () => setStatus('Settings saved.') },
    );
  }

  const shownStep = step ?? (unit === user.unit ? plateStep(unit, user.plateStepKg) : weightStep(unit));
  const stepOptions = [...new Set([...STEP_OPTIONS[unit], shownStep])].sort((a, b) => a - b);
  const fieldErrors = update.error instanceof ApiError ? update.error.fieldErrors : {};
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={nameId}>Display name</label>
        <input
          id={nameId}
          type="text"
          value={displayName}
          maxLength={100}
          autoComplete="nickname"
          aria-invalid={fieldErrors.displayName ? true : undefined}
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </div>
      <UnitChoice legend="Weight unit" name="unit" value={unit} onChange={setUnit} />
      <div className="field">
        <label htmlFor={zoneId}>Time zone</label>
        <select id={zoneId} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={stepId}>Plate step ({unit})</label>
        <select id={stepId} value={String(shownStep)} onChange={(e) => setStep(Number(e.target.value))}>
          {stepOptions.map((value) => (
            <option key={value} value={String(value)}>
              {value} {unit}
            </option>
          ))}
        </select>
        <span className="muted">The smallest change you can make on the bar: targets in the other unit round to it and ± steps by it.</span>
      </div>
      <div className="field">
        <label htmlFor={formulaId}>Estimated 1-rep max (e1RM)</label>
        <select id={formulaId} value={e1rmFormula} onChange={(e) => setE1rmFormula(e.target.value as E1rmFormula)}>
          {E1RM_FORMULAS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <span className="muted">How records, progress charts and insights estimate the most you could lift once.</span>
      </div>
      {update.isError && <ErrorAlert>{errorMessage(update.error)}</ErrorAlert>}
      <LiveStatus>{status}</LiveStatus>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
