import { UNSURE, UNSURE_LABEL, type Answer, type ChoiceQuestion } from '../../engine';
import { OptionText } from './option-text';

export interface ChoiceFieldProps {
  question: Extract<ChoiceQuestion, { type: 'single' | 'scale' }>;
  answer: Answer | undefined;
  labelledBy: string;
  describedBy: string;
  onAnswer: (answer: Answer) => void;
}

/** One choice (single or agreement scale) as a native radio group: arrow keys move between options. */
export function ChoiceField({ question, answer, labelledBy, describedBy, onAnswer }: ChoiceFieldProps) {
  const options = [...question.options, { id: UNSURE, label: UNSURE_LABEL, hint: undefined }];
  return (
    <fieldset
      className={`options options-${question.type}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      {options.map((option, index) => {
        const id = `${question.id}--${option.id}`;
        return (
          // Keyed by position: the next question's options reuse these elements.
          <label key={index} htmlFor={id} className={option.id === UNSURE ? 'option option-unsure' : 'option'}>
            <input
              id={id}
              type="radio"
              name={question.id}
              value={option.id}
              checked={answer === option.id}
              aria-labelledby={`${id}--label`}
              aria-describedby={option.hint ? `${id}--hint` : undefined}
              onChange={() => onAnswer(option.id)}
            />
            <OptionText id={id} label={option.label} hint={option.hint} />
          </label>
        );
      })}
    </fieldset>
  );
}
