import { useCallback, type ChangeEvent } from 'react';
import { useAssessment } from '../../store/assessment-context';
import type { AssessmentStore } from '../../store/assessment-store';
import { UNSURE, UNSURE_LABEL, inBankOrder, type Answer, type ChoiceQuestion } from '../../engine';
import { OptionRow } from './option-row';

export interface OptionsFieldProps {
  question: ChoiceQuestion;
  labelledBy: string;
  describedBy: string;
  onAnswer: (answer: Answer | undefined) => void;
}

const LIMIT_ID = 'choice-limit';

/**
 * The options of a choice question, with "Not sure" last. One choice (single or agreement
 * scale) is a native radio group: arrow keys move between options. Several choices are
 * checkboxes up to maxChoices; "Not sure" clears the ticks, a tick clears "Not sure".
 * Either way the rows are the same elements, reused by the next question whatever its type.
 */
export function OptionsField({ question, labelledBy, describedBy, onAnswer }: OptionsFieldProps) {
  const answer = useAssessment(useCallback((state: AssessmentStore) => state.answers[question.id], [question.id]));
  const multiple = question.type === 'multiple';
  const ticked = multiple && Array.isArray(answer) ? answer : [];
  const full = multiple && ticked.length >= question.maxChoices;

  const type = multiple ? 'checkbox' : 'radio';

  // One handler for every row: a radio reports being chosen, a checkbox being ticked or not.
  const onChange = (event: ChangeEvent<HTMLFieldSetElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    // Each row's input carries its place in the list as its value.
    const id = input.value === 'unsure' ? UNSURE : question.options[Number(input.value)]?.id;
    if (id === undefined) return;
    if (!multiple || id === UNSURE) return onAnswer(input.checked ? id : undefined);
    const next = inBankOrder(question, input.checked ? [...ticked, id] : ticked.filter((tick) => tick !== id));
    onAnswer(next.length > 0 ? next : undefined);
  };

  return (
    <fieldset
      className={`options options-${question.type}`}
      aria-labelledby={labelledBy}
      aria-describedby={multiple ? `${LIMIT_ID} ${describedBy}` : describedBy}
      onChange={onChange}
    >
      {multiple ? (
        <p id={LIMIT_ID} className="choice-limit" aria-live="polite">
          {question.maxChoices >= question.options.length
            ? 'Tick all that apply.'
            : full
              ? `You have ticked the most allowed (${question.maxChoices}). Untick one to choose another.`
              : `Tick up to ${question.maxChoices}.`}
        </p>
      ) : null}
      {question.options.map((option, index) => {
        const checked = multiple ? ticked.includes(option.id) : answer === option.id;
        return (
          // Keyed by position: the next question's options reuse these rows.
          <OptionRow
            key={index}
            slot={index}
            type={type}
            label={option.label}
            hint={option.hint}
            checked={checked}
            disabled={full && !checked}
          />
        );
      })}
      <OptionRow slot="unsure" type={type} label={UNSURE_LABEL} checked={answer === UNSURE} />
    </fieldset>
  );
}
