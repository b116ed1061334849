import { useId } from 'react';
import type { NumberQuestion } from '../../engine';
import { fill } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/language-context';
import { OptionRow } from './option-row';

export interface NumberFieldProps {
  question: NumberQuestion;
  /** What is typed, kept as text until it is committed. */
  text: string;
  unsure: boolean;
  labelledBy: string;
  describedBy: string;
  onText: (text: string) => void;
  onUnsure: (unsure: boolean) => void;
  /** Commits the typed number (on leaving the field). */
  onCommit: () => void;
}

/** A whole-number input with its unit and bounds, and a "Not sure" box. */
export function NumberField({
  question,
  text,
  unsure,
  labelledBy,
  describedBy,
  onText,
  onUnsure,
  onCommit,
}: NumberFieldProps) {
  const m = useMessages().wizard;
  const locale = useLocale();
  const inputId = useId();
  const boundsId = useId();
  return (
    <div className="number-field">
      <div className="number-row">
        <input
          id={inputId}
          className="number-input"
          type="number"
          inputMode="numeric"
          min={question.min}
          max={question.max}
          step={1}
          value={unsure ? '' : text}
          disabled={unsure}
          aria-labelledby={labelledBy}
          aria-describedby={`${boundsId} ${describedBy}`}
          onChange={(event) => onText(event.currentTarget.value)}
          onBlur={onCommit}
        />
        <span className="number-unit" aria-hidden="true">
          {question.unit}
        </span>
      </div>
      <p id={boundsId} className="field-hint">
        {fill(locale, m.number.bounds, { unit: question.unit, min: question.min, max: question.max })}
      </p>
      <OptionRow type="checkbox" label={m.unsure} checked={unsure} className="option-unsure" onChange={onUnsure} />
    </div>
  );
}
