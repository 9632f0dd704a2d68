import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { Confirm } from '../../../components/confirm';
import { SkeletonList } from '../../../components/skeleton-list';
import { useAccount } from '../../../lib/account/get-account';
import { errorMessage } from '../../../lib/api/api-error';
import type { DailyMetrics, DailyMetricsInput, WeightUnit } from '../../../lib/api/types';
import { addDays, formatDay, todayIn } from '../../../lib/format';
import { fromKg, toKg } from '../../../lib/units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDailyMetrics } from '../api/get-daily-metrics';
import { SubPage } from './sub-page';
import { useDeleteDailyMetrics, useSaveDailyMetrics } from '../api/save-daily-metrics';

const RECENT_DAYS = 30;
const RATINGS = [1, 2, 3, 4, 5] as const;
const SHOWN_DAYS = 7;

interface Draft {
  date: string;
  bodyWeight: string;
  bodyFat: string;
  sleepHours: string;
  sleepQuality: string;
  energy: string;
  notes: string;
}

const number = (value: number | null, digits = 1) => (value === null ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits));

function draftOf(date: string, day: DailyMetrics | undefined, unit: WeightUnit): Draft {
  return {
    date,
    bodyWeight: day?.bodyWeightKg == null ? '' : number(fromKg(day.bodyWeightKg, unit)),
    bodyFat: number(day?.bodyFatPercent ?? null),
    sleepHours: number(day?.sleepHours ?? null, 2),
    sleepQuality: day?.sleepQuality == null ? '' : String(day.sleepQuality),
    energy: day?.energy == null ? '' : String(day.energy),
    notes: day?.notes ?? '',
  };
}

/** The request body, or the first thing wrong with the draft. Empty fields are sent as null (cleared). */
export function metricsRequest(draft: Draft, unit: WeightUnit): DailyMetricsInput | string {
  const read = (text: string, min: number, max: number, what: string): number | null | string => {
    if (text.trim() === '') return null;
    const value = Number(text);
    return Number.isFinite(value) && value >= min && value <= max ? value : `${what} must be from ${min} to ${max}.`;
  };
  const minWeight = Math.ceil(fromKg(20, unit));
  const maxWeight = Math.floor(fromKg(400, unit));
  const weight = read(draft.bodyWeight, minWeight, maxWeight, `Body weight (${unit})`);
  const fat = read(draft.bodyFat, 2, 70, 'Body fat (%)');
  const sleep = read(draft.sleepHours, 0, 24, 'Sleep (hours)');
  for (const value of [weight, fat, sleep]) if (typeof value === 'string') return value;
  const notes = draft.notes.trim();
  const values = [weight, fat, sleep, draft.sleepQuality, draft.energy, notes];
  if (values.every((v) => v === null || v === '')) return 'Fill in at least one field.';
  return {
    bodyWeightKg: typeof weight === 'number' ? Math.round(toKg(weight, unit) * 100) / 100 : null,
    bodyFatPercent: fat as number | null,
    sleepHours: sleep as number | null,
    sleepQuality: draft.sleepQuality ? Number(draft.sleepQuality) : null,
    energy: draft.energy ? Number(draft.energy) : null,
    notes: notes || null,
  };
}

/** `/body`: today's body weight, body fat, sleep and energy in a few taps; earlier days to edit or delete. */
export function BodyScreen() {
  useDocumentTitle('Body');
  const account = useAccount();
  const unit = account.data?.unit ?? 'kg';
  const today = todayIn(account.data?.timeZone);
  const metrics = useDailyMetrics(addDays(today, -RECENT_DAYS));
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const days = [...(metrics.data?.items ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const date = editing ?? today;
  const day = days.find((d) => d.date === date);

  return (
    <SubPage title="Body" intro="A few numbers a day. Insights compare them with how your lifts went.">
      <LiveStatus>{status}</LiveStatus>
      {metrics.isPending || account.isPending ? (
        <SkeletonList rows={3} label="Loading your days" />
      ) : (
        <>
          {metrics.isError && <ErrorAlert>{errorMessage(metrics.error)}</ErrorAlert>}
          <MetricsForm
            key={`${date}-${day ? 'saved' : 'new'}`}
            initial={draftOf(date, day, unit)}
            title={date === today ? `Today, ${formatDay(date)}` : formatDay(date)}
            today={today}
            onDate={(d) => setEditing(d === today ? null : d)}
            unit={unit}
            onSaved={(message) => {
              setStatus(message);
              setEditing(null);
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
          <RecentDays
            days={days}
            unit={unit}
            onEdit={(d) => {
              setEditing(d);
              setStatus('');
            }}
            onStatus={setStatus}
          />
        </>
      )}
    </SubPage>
  );
}

function Rating({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const name = useId();
  return (
    <fieldset className="rating">
      <legend>{label}</legend>
      <div className="rating__options">
        {['', ...RATINGS.map(String)].map((option) => (
          <label key={option || 'none'} className="rating__option">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span aria-hidden={option === '' ? 'true' : undefined}>{option || '–'}</span>
            {option === '' && <span className="visually-hidden">Not set</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function NumberField({ id, label, step, value, onChange }: { id: string; label: string; step: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" step={step} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function MetricsForm({
  initial,
  title,
  today,
  onDate,
  unit,
  onSaved,
  onCancel,
}: {
  initial: Draft;
  title: string;
  today: string;
  /** Another day chosen: its numbers, or an empty form, replace these. */
  onDate: (date: string) => void;
  unit: WeightUnit;
  onSaved: (message: string) => void;
  onCancel: (() => void) | undefined;
}) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState('');
  const save = useSaveDailyMetrics();
  const id = useId();
  const change = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = metricsRequest(draft, unit);
    if (typeof body === 'string') return setError(body);
    setError('');
    save.mutate({ date: draft.date, body }, { onSuccess: () => onSaved(`Saved ${formatDay(draft.date)}.`) });
  }

  return (
    <form className="section card metrics-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="metrics-form__grid">
        <div className="field">
          <label htmlFor={`${id}-date`}>Day</label>
          <input
            id={`${id}-date`}
            type="date"
            min={addDays(today, -RECENT_DAYS)}
            max={today}
            value={draft.date}
            onChange={(e) => {
              // Only days of the list above: an older day's numbers are not loaded, and a save would replace them.
              const chosen = e.target.value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(chosen) && chosen <= today && chosen >= addDays(today, -RECENT_DAYS)) onDate(chosen);
            }}
          />
        </div>
        <NumberField id={`${id}-weight`} label={`Body weight (${unit})`} step="0.1" value={draft.bodyWeight} onChange={(bodyWeight) => change({ bodyWeight })} />
        <NumberField id={`${id}-fat`} label="Body fat (%)" step="0.1" value={draft.bodyFat} onChange={(bodyFat) => change({ bodyFat })} />
        <NumberField id={`${id}-sleep`} label="Sleep (hours)" step="0.25" value={draft.sleepHours} onChange={(sleepHours) => change({ sleepHours })} />
      </div>
      <Rating label="Sleep quality (1–5)" value={draft.sleepQuality} onChange={(sleepQuality) => change({ sleepQuality })} />
      <Rating label="Energy (1–5)" value={draft.energy} onChange={(energy) => change({ energy })} />
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea id={`${id}-notes`} maxLength={2000} value={draft.notes} onChange={(e) => change({ notes: e.target.value })} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function summaryOf(day: DailyMetrics, unit: WeightUnit): string {
  const parts = [
    day.bodyWeightKg !== null && `${number(fromKg(day.bodyWeightKg, unit))} ${unit}`,
    day.bodyFatPercent !== null && `${number(day.bodyFatPercent)} % fat`,
    day.sleepHours !== null && `${number(day.sleepHours, 2)} h sleep`,
    day.sleepQuality !== null && `sleep ${day.sleepQuality}/5`,
    day.energy !== null && `energy ${day.energy}/5`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Notes only';
}

function RecentDays({
  days,
  unit,
  onEdit,
  onStatus,
}: {
  days: DailyMetrics[];
  unit: WeightUnit;
  onEdit: (date: string) => void;
  onStatus: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const remove = useDeleteDailyMetrics();
  const shown = showAll ? days : days.slice(0, SHOWN_DAYS);
  return (
    <section className="section" aria-labelledby="recent-days-title">
      <h2 id="recent-days-title">Recent days</h2>
      {days.length === 0 ? (
        <div className="empty-state">
          <p>Nothing logged in the last {RECENT_DAYS} days.</p>
        </div>
      ) : (
        <ul className="card-list" aria-label="Recent days, newest first">
          {shown.map((day) => (
            <li key={day.date} className="day-row">
              <div className="day-row__text">
                <h3 className="day-row__date">{formatDay(day.date)}</h3>
                <p className="muted">{summaryOf(day, unit)}</p>
                {day.notes && <p className="break-anywhere">{day.notes}</p>}
              </div>
              {confirming === day.date ? (
                <Confirm
                  label={`Delete ${formatDay(day.date)}?`}
                  confirmLabel="Yes, delete"
                  busyLabel="Deleting…"
                  busy={remove.isPending}
                  cancelLabel="Keep it"
                  onCancel={() => setConfirming(null)}
                  onConfirm={() =>
                    remove.mutate(day.date, {
                      onSuccess: () => {
                        setConfirming(null);
                        onStatus(`Deleted ${formatDay(day.date)}.`);
                      },
                    })
                  }
                >
                  Delete everything logged on {formatDay(day.date)}?
                </Confirm>
              ) : (
                <div className="day-row__actions">
                  <button type="button" className="button button--secondary button--small" aria-label={`Edit ${formatDay(day.date)}`} onClick={() => onEdit(day.date)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button--danger-outline button--small"
                    aria-label={`Delete ${formatDay(day.date)}`}
                    onClick={() => setConfirming(day.date)}
                  >
                    Delete
                  </button>
                </div>
              )}
              {remove.isError && confirming === day.date && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
            </li>
          ))}
        </ul>
      )}
      {!showAll && days.length > SHOWN_DAYS && (
        <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
          Show all {days.length} days
        </button>
      )}
    </section>
  );
}
