import { UNSURE, UNSURE_LABEL, type Answer, type ChoiceQuestion } from '../../engine';
import { OptionText } from './option-text';

export interface MultipleFieldProps {
  question: Extract<ChoiceQuestion, { type: 'multiple' }>;
  answer: Answer | undefined;
  labelledBy: string;
  describedBy: string;
  onAnswer: (answer: Answer | undefined) => void;
}

/** Checkboxes up to maxChoices; "Not sure" clears the ticks, a tick clears "Not sure". */
export function MultipleField({ question, answer, labelledBy, describedBy, onAnswer }: MultipleFieldProps) {
  const ticked = Array.isArray(answer) ? answer : [];
  const unsure = answer === UNSURE;
  const full = ticked.length >= question.maxChoices;
  const limitId = `${question.id}--limit`;

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...ticked, id] : ticked.filter((tick) => tick !== id);
    // Bank order, as checkAnswers would return it.
    const ordered = question.options.map((option) => option.id).filter((optionId) => next.includes(optionId));
    onAnswer(ordered.length > 0 ? ordered : undefined);
  };

  return (
    <fieldset
      className="options options-multiple"
      aria-labelledby={labelledBy}
      aria-describedby={`${limitId} ${describedBy}`}
    >
      <p id={limitId} className="choice-limit" aria-live="polite">
        {question.maxChoices >= question.options.length
          ? 'Tick all that apply.'
          : full
            ? `You have ticked the most allowed (${question.maxChoices}). Untick one to choose another.`
            : `Tick up to ${question.maxChoices}.`}
      </p>
      {question.options.map((option, index) => {
        const id = `${question.id}--${option.id}`;
        const checked = ticked.includes(option.id);
        const disabled = full && !checked;
        return (
          // Keyed by position: the next question's options reuse these elements.
          <label key={index} htmlFor={id} className={disabled ? 'option is-disabled' : 'option'}>
            <input
              id={id}
              type="checkbox"
              value={option.id}
              checked={checked}
              disabled={disabled}
              aria-labelledby={`${id}--label`}
              aria-describedby={option.hint ? `${id}--hint` : undefined}
              onChange={(event) => toggle(option.id, event.currentTarget.checked)}
            />
            <OptionText id={id} label={option.label} hint={option.hint} />
          </label>
        );
      })}
      <label htmlFor={`${question.id}--${UNSURE}`} className="option option-unsure">
        <input
          id={`${question.id}--${UNSURE}`}
          type="checkbox"
          checked={unsure}
          onChange={(event) => onAnswer(event.currentTarget.checked ? UNSURE : undefined)}
        />
        <span className="option-text">{UNSURE_LABEL}</span>
      </label>
    </fieldset>
  );
}
