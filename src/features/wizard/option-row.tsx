import { memo } from 'react';

export interface OptionRowProps {
  /**
   * The row's place in the list. Its element ids and its input's value come from it, not
   * from the question, so the next question's rows keep their inputs as they are and only
   * their text changes. One question shows at a time, so the ids stay unique.
   */
  slot: number | 'unsure';
  type: 'radio' | 'checkbox';
  label: string;
  hint?: string | undefined;
  checked: boolean;
  disabled?: boolean;
}

/**
 * One answer option: a radio button or checkbox, its label and an optional hint, in one
 * clickable row. Its input has no handler of its own, which would change from one question to
 * the next: its change bubbles up to the element around the rows (see OptionsField).
 */
export const OptionRow = memo(function OptionRow({
  slot,
  type,
  label,
  hint,
  checked,
  disabled = false,
}: OptionRowProps) {
  const id = `option-${slot}`;
  const className = [
    'option',
    slot === 'unsure' ? 'option-unsure' : '',
    checked ? 'is-checked' : '',
    disabled ? 'is-disabled' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <label htmlFor={id} className={className}>
      <OptionInput id={id} slot={slot} type={type} checked={checked} disabled={disabled} hinted={Boolean(hint)} />
      <span className="option-text">
        <span id={`${id}-label`}>{label}</span>
        {hint ? (
          <span id={`${id}-hint`} className="option-hint">
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
});

interface OptionInputProps {
  id: string;
  slot: number | 'unsure';
  type: 'radio' | 'checkbox';
  checked: boolean;
  disabled: boolean;
  hinted: boolean;
}

// The change is handled where it bubbles to; React expects a controlled input to have a handler.
const handledAbove = () => undefined;

const OptionInput = memo(function OptionInput({ id, slot, type, checked, disabled, hinted }: OptionInputProps) {
  return (
    <input
      id={id}
      type={type}
      // One radio group on the page at a time: arrow keys move within it.
      name={type === 'radio' ? 'answer' : undefined}
      value={slot}
      checked={checked}
      disabled={disabled}
      aria-labelledby={`${id}-label`}
      aria-describedby={hinted ? `${id}-hint` : undefined}
      onChange={handledAbove}
    />
  );
});
