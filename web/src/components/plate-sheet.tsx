import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import type { WeightUnit } from '../lib/api/types';
import { useQuery } from '@tanstack/react-query';
import { exercisesQueryOptions } from '../lib/exercises/get-exercises';
import { BARS, barForEquipment, barLabel, barWeight as weightOfBar, type Bar } from '../lib/plates/bars';
import { useChooseBar } from '../lib/plates/choose-bar';
import { barSetup, useEquipment } from '../lib/plates/get-equipment';
import { describePerSide, plateLoad, type PlateLoadOption } from '../lib/plates/plate-math';
import { ErrorAlert } from './alert';
import '../styles/plates.css';

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function amount(weight: number, unit: WeightUnit): string {
  return `${numberFormat.format(weight)} ${unit}`;
}

/**
 * The plates per side for a weight field's value, on the bar the exercise uses, with the lifter's plates; when the
 * weight cannot be loaded, the nearest loadable weights below and above, which fill the field when tapped.
 */
export function PlateSheet({
  exerciseId,
  exerciseName,
  equipment,
  unit,
  weight,
  onPick,
  onClose,
}: {
  exerciseId: string;
  exerciseName: string;
  /** The exercise's equipment when the caller knows it; else it is read from the catalogue. */
  equipment?: string | undefined;
  unit: WeightUnit;
  /** The field's value in `unit`. */
  weight: number;
  onPick: (weight: number) => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const barId = useId();
  const sheet = useRef<HTMLDivElement>(null);
  const settings = useEquipment();
  const catalogue = useQuery({ ...exercisesQueryOptions(), enabled: equipment === undefined });
  const known = equipment ?? catalogue.data?.items.find((e) => e.id === exerciseId)?.equipment;
  const choose = useChooseBar();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    sheet.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [onClose]);

  function pickBar(bar: Bar) {
    // Choosing the bar the equipment suggests anyway forgets the choice, so a later change of default applies.
    choose.mutate({ exerciseId, bar: bar === barForEquipment(known) ? null : bar });
  }

  function pick(option: PlateLoadOption) {
    onPick(option.total);
    onClose();
  }

  const setup = settings.data ? barSetup(settings.data, unit, exerciseId, known) : null;
  const load = setup ? plateLoad(weight, setup.weight, setup.plates) : null;

  return (
    <div className="sheet-backdrop">
      {/* A tap beside the sheet closes it, as on any phone sheet; keyboards have Escape and the Close button. */}
      <button type="button" className="sheet-backdrop__dismiss" tabIndex={-1} aria-label="Close the plate calculator" onClick={onClose} />
      <div ref={sheet} className="sheet" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1}>
        <h2 id={titleId} className="sheet__title">
          Plates for {amount(weight, unit)}
        </h2>
        <p className="muted sheet__subtitle break-anywhere">{exerciseName}</p>
        {settings.isError && <ErrorAlert>Your plates could not be loaded. Try again when you have a connection.</ErrorAlert>}
        {setup && load && (
          <>
            <div className="field sheet__bar">
              <label htmlFor={barId}>Bar</label>
              <select id={barId} value={setup.bar} disabled={choose.isPending} onChange={(e) => pickBar(e.target.value as Bar)}>
                {BARS.map((b) => {
                  const barWeight = weightOfBar(b.value, setup.kit.bars);
                  return (
                    <option key={b.value} value={b.value}>
                      {barWeight === null ? b.label : `${b.label} (${amount(barWeight, unit)})`}
                    </option>
                  );
                })}
              </select>
              {choose.isError && <span className="field-error">The bar was not saved. Try again.</span>}
            </div>
            <PlateAnswer load={load} unit={unit} bar={setup.bar} barWeight={setup.weight} weight={weight} onPick={pick} />
          </>
        )}
        {settings.isPending && <p className="muted">Loading your plates…</p>}
        <div className="row-actions sheet__actions">
          <Link to="/settings#equipment" className="button button--ghost button--small">
            Edit bars and plates
          </Link>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

function PlateAnswer({
  load,
  unit,
  bar,
  barWeight,
  weight,
  onPick,
}: {
  load: ReturnType<typeof plateLoad>;
  unit: WeightUnit;
  bar: Bar;
  barWeight: number | null;
  weight: number;
  onPick: (option: PlateLoadOption) => void;
}) {
  if (load.kind === 'no_bar') {
    return <p className="sheet__answer">No bar: this exercise is not loaded with plates. Pick a bar above if it is.</p>;
  }
  if (load.kind === 'exact') {
    return (
      <div className="sheet__answer">
        <p className="plates-text">{describePerSide(load.perSide, unit)}</p>
        <PlateStack perSide={load.perSide} />
        <p className="muted">
          On the {barLabel(bar).toLowerCase()} ({amount(barWeight ?? 0, unit)}).
        </p>
      </div>
    );
  }
  return (
    <div className="sheet__answer">
      <p role="status">
        {load.kind === 'below_bar'
          ? `${amount(weight, unit)} is lighter than the bar (${amount(barWeight ?? 0, unit)}).`
          : `${amount(weight, unit)} cannot be loaded exactly with your plates.`}
      </p>
      <div className="sheet__options">
        {[load.below, load.above].map((option) =>
          option ? (
            <button key={option.total} type="button" className="button button--secondary sheet__option" onClick={() => onPick(option)}>
              <span className="sheet__option-total">Use {amount(option.total, unit)}</span>
              <span className="muted">{describePerSide(option.perSide, unit)}</span>
            </button>
          ) : null,
        )}
        {load.kind === 'inexact' && !load.above && <p className="muted">Nothing heavier can be loaded with your plates.</p>}
      </div>
    </div>
  );
}

/** One side of the bar drawn as plates, heaviest nearest the bar (for the eye; the text above says the same). */
function PlateStack({ perSide }: { perSide: readonly number[] }) {
  if (perSide.length === 0) return null;
  const heaviest = Math.max(...perSide);
  return (
    <div className="plate-stack" aria-hidden="true">
      <span className="plate-stack__sleeve" />
      {perSide.map((plate, i) => (
        <span key={i} className={`plate-stack__plate plate-stack__plate--${Math.min(5, Math.ceil((plate / heaviest) * 5))}`}>
          {numberFormat.format(plate)}
        </span>
      ))}
    </div>
  );
}
