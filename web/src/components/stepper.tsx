import { useId } from 'react';
import { stepFrom } from '../lib/units';

/** A number field between big − / + buttons, for one-handed entry at the gym. */
export function Stepper({
  label,
  value,
  onChange,
  step,
  min = 0,
  max,
  decimal = false,
}: {
  label: string;
  /** The field's text, so a half-typed number is not rewritten under the thumb. */
  value: string;
  onChange: (next: string) => void;
  step: number;
  min?: number;
  max: number;
  decimal?: boolean;
}) {
  const id = useId();
  const current = Number(value) || 0;
  // From 176.4 the + goes to 180, not 181.4: steps land on multiples of the step.
  const bump = (direction: 1 | -1) => {
    const next = Math.min(max, Math.max(min, stepFrom(current, direction, step)));
    onChange(String(next));
  };
  return (
    <div className="stepper">
      <label htmlFor={id}>{label}</label>
      <div className="stepper__controls">
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={`Decrease ${label} by ${step}`}
          disabled={current <= min}
          onClick={() => bump(-1)}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode={decimal ? 'decimal' : 'numeric'}
          min={min}
          max={max}
          step={decimal ? 'any' : 1}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={`Increase ${label} by ${step}`}
          disabled={current >= max}
          onClick={() => bump(1)}
        >
          +
        </button>
      </div>
    </div>
  );
}
