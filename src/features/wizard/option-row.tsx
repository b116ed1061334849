import { useId } from 'react';

export interface OptionRowProps {
  type: 'radio' | 'checkbox';
  /** The radio group's name; unused by checkboxes. */
  name?: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  disabled?: boolean;
  /** Extra class names for the row. */
  className?: string;
  onChange: (checked: boolean) => void;
}

/** One answer option: a radio button or checkbox, its label and an optional hint, in one clickable row. */
export function OptionRow({ type, name, label, hint, checked, disabled = false, className, onChange }: OptionRowProps) {
  const id = useId();
  return (
    <label htmlFor={id} className={className ? `option ${className}` : 'option'}>
      <input
        id={id}
        type={type}
        name={type === 'radio' ? name : undefined}
        checked={checked}
        disabled={disabled}
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
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
}
