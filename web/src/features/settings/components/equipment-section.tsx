import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { useWeightUnit } from '../../../lib/account/get-account';
import { errorMessage } from '../../../lib/api/api-error';
import type { WeightUnit } from '../../../lib/api/types';
import { useEquipment, type EquipmentSettings, type PlateKit, type RampStep } from '../../../lib/plates/get-equipment';
import { useUpdateEquipment } from '../api/update-equipment';
import '../../../styles/plates.css';

const BAR_FIELDS: { key: keyof PlateKit['bars']; label: string }[] = [
  { key: 'barbell', label: 'Barbell' },
  { key: 'womensBar', label: "Women's bar" },
  { key: 'trapBar', label: 'Trap bar' },
  { key: 'ezBar', label: 'EZ bar' },
];

const MAX_RAMP_STEPS = 8;

interface KitDraft {
  bars: Record<keyof PlateKit['bars'], string>;
  plates: { weight: string; count: string }[];
}

interface Draft {
  kg: KitDraft;
  lb: KitDraft;
  ramp: { percent: string; reps: string }[];
}

function kitDraft(kit: PlateKit): KitDraft {
  return {
    bars: { barbell: String(kit.bars.barbell), womensBar: String(kit.bars.womensBar), trapBar: String(kit.bars.trapBar), ezBar: String(kit.bars.ezBar) },
    plates: kit.plates.map((p) => ({ weight: String(p.weight), count: String(p.count) })),
  };
}

function draftOf(settings: EquipmentSettings): Draft {
  return {
    kg: kitDraft(settings.kg),
    lb: kitDraft(settings.lb),
    ramp: settings.warmupRamp.map((s) => ({ percent: s.percent === null ? '' : String(s.percent), reps: String(s.reps) })),
  };
}

function kitOf(draft: KitDraft): PlateKit {
  return {
    bars: { barbell: Number(draft.bars.barbell), womensBar: Number(draft.bars.womensBar), trapBar: Number(draft.bars.trapBar), ezBar: Number(draft.bars.ezBar) },
    plates: draft.plates.map((p) => ({ weight: Number(p.weight), count: Number(p.count) })),
  };
}

/** Settings → the bars and plates the plate calculator and warm-ups load, and the warm-up ramp. */
export function EquipmentSection() {
  const settings = useEquipment();
  return (
    <section className="section" id="equipment" aria-labelledby="equipment-title">
      <h2 id="equipment-title">Bars, plates and warm-ups</h2>
      <p className="muted">What the plate calculator loads, and the ramp “Warm-up ramp” adds before your first working set.</p>
      {settings.isPending ? (
        <p className="muted">Loading…</p>
      ) : settings.isError ? (
        <ErrorAlert>{errorMessage(settings.error)}</ErrorAlert>
      ) : (
        <EquipmentForm settings={settings.data} />
      )}
    </section>
  );
}

function EquipmentForm({ settings }: { settings: EquipmentSettings }) {
  const id = useId();
  const accountUnit = useWeightUnit();
  const [unit, setUnit] = useState<WeightUnit>(accountUnit);
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [newPlate, setNewPlate] = useState('');
  const [status, setStatus] = useState('');
  const update = useUpdateEquipment();
  const kit = draft[unit];

  const setKit = (changes: Partial<KitDraft>) => setDraft((d) => ({ ...d, [unit]: { ...d[unit], ...changes } }));
  const setRamp = (ramp: Draft['ramp']) => setDraft((d) => ({ ...d, ramp }));

  function addPlate() {
    const weight = Number(newPlate);
    if (!(weight > 0) || kit.plates.some((p) => Number(p.weight) === weight)) return;
    setKit({ plates: [...kit.plates, { weight: newPlate, count: '2' }].sort((a, b) => Number(b.weight) - Number(a.weight)) });
    setNewPlate('');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const warmupRamp: RampStep[] = draft.ramp.map((s) => ({ percent: s.percent.trim() === '' ? null : Number(s.percent), reps: Number(s.reps) }));
    update.mutate(
      { kg: kitOf(draft.kg), lb: kitOf(draft.lb), warmupRamp },
      {
        onSuccess: (saved) => {
          setDraft(draftOf(saved));
          setStatus('Bars, plates and warm-ups saved.');
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-unit`}>Bars and plates in</label>
        <select id={`${id}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as WeightUnit)}>
          <option value="kg">kg (the kg set)</option>
          <option value="lb">lb (the lb set)</option>
        </select>
        <span className="muted">Your account lifts in {accountUnit}; the calculator uses that set.</span>
      </div>
      <fieldset className="fieldset">
        <legend>Bars ({unit})</legend>
        <div className="equipment-bars">
          {BAR_FIELDS.map((bar) => (
            <div className="field" key={bar.key}>
              <label htmlFor={`${id}-${bar.key}`}>{bar.label}</label>
              <input
                id={`${id}-${bar.key}`}
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                value={kit.bars[bar.key]}
                onChange={(e) => setKit({ bars: { ...kit.bars, [bar.key]: e.target.value } })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Plates you have ({unit}, in all — each side gets half)</legend>
        <ul className="equipment-plates">
          {kit.plates.map((plate, index) => (
            <li key={plate.weight} className="field">
              <label htmlFor={`${id}-plate-${index}`}>
                {plate.weight} {unit} plates
              </label>
              <input
                id={`${id}-plate-${index}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={50}
                value={plate.count}
                onChange={(e) => setKit({ plates: kit.plates.map((p, i) => (i === index ? { ...p, count: e.target.value } : p)) })}
              />
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove ${plate.weight} ${unit} plates`}
                onClick={() => setKit({ plates: kit.plates.filter((_, i) => i !== index) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="field">
          <label htmlFor={`${id}-new-plate`}>Another plate size ({unit})</label>
          <div className="row-actions">
            <input id={`${id}-new-plate`} type="number" inputMode="decimal" min={0} step="any" value={newPlate} onChange={(e) => setNewPlate(e.target.value)} />
            <button type="button" className="button button--secondary button--small" onClick={addPlate}>
              Add size
            </button>
          </div>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Warm-up ramp</legend>
        <p className="muted">Percent of the first working set’s weight; leave it empty for the empty bar.</p>
        <ol className="ramp-steps">
          {draft.ramp.map((step, index) => (
            <li key={index} className="ramp-step">
              <div className="field">
                <label htmlFor={`${id}-ramp-${index}-percent`}>Step {index + 1}: %</label>
                <input
                  id={`${id}-ramp-${index}-percent`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={100}
                  placeholder="bar"
                  value={step.percent}
                  onChange={(e) => setRamp(draft.ramp.map((s, i) => (i === index ? { ...s, percent: e.target.value } : s)))}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-ramp-${index}-reps`}>Reps</label>
                <input
                  id={`${id}-ramp-${index}-reps`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={50}
                  value={step.reps}
                  onChange={(e) => setRamp(draft.ramp.map((s, i) => (i === index ? { ...s, reps: e.target.value } : s)))}
                />
              </div>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove warm-up step ${index + 1}`}
                disabled={draft.ramp.length === 1}
                onClick={() => setRamp(draft.ramp.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={draft.ramp.length >= MAX_RAMP_STEPS}
          onClick={() => setRamp([...draft.ramp, { percent: '90', reps: '1' }])}
        >
          Add a step
        </button>
      </fieldset>
      {update.isError && <ErrorAlert>{errorMessage(update.error)}</ErrorAlert>}
      <LiveStatus>{status}</LiveStatus>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save bars, plates and warm-ups'}
        </button>
      </div>
    </form>
  );
}
