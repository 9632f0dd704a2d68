import type { ReactNode } from 'react';
import type { WeightUnit } from '../lib/api/types';

/** Kilograms or pounds as two big radio buttons (settings, and the unit an import reads weights in). */
export function UnitChoice({
  legend,
  name,
  value,
  onChange,
  disabled = false,
  className,
  children,
}: {
  legend: string;
  name: string;
  value: WeightUnit;
  onChange: (unit: WeightUnit) => void;
  disabled?: boolean;
  className?: string;
  /** A hint under the options. */
  children?: ReactNode;
}) {
  return (
    <fieldset className={className ? `field segmented ${className}` : 'field segmented'} disabled={disabled}>
      <legend>{legend}</legend>
      <div className="segmented__options">
        {(['kg', 'lb'] as const).map((unit) => (
          <label key={unit} className="segmented__option">
            <input type="radio" name={name} value={unit} checked={value === unit} onChange={() => onChange(unit)} />
            <span>{unit === 'kg' ? 'Kilograms (kg)' : 'Pounds (lb)'}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
