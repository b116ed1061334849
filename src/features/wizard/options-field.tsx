import { useId, useState } from 'react';
import { UNSURE, inBankOrder, type Answer, type ChoiceQuestion } from '../../engine';
import { fill, plural } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/language-context';
import { useAssessment } from '../../store/assessment-context';
import type { AssessmentStore } from '../../store/assessment-store';
import { OptionRow } from './option-row';

export interface OptionsFieldProps {
  question: ChoiceQuestion;
  labelledBy: string;
  describedBy: string;
  onAnswer: (answer: Answer | undefined) => void;
}

/** The ticks after ticking (or unticking) one option: an exclusive option stands alone. */
function tick(question: ChoiceQuestion, ticked: readonly string[], id: string, checked: boolean): string[] {
  if (!checked) return ticked.filter((other) => other !== id);
  const exclusive = (optionId: string) => question.options.some((option) => option.id === optionId && option.exclusive);
  if (exclusive(id)) return [id];
  return inBankOrder(question, [...ticked.filter((other) => !exclusive(other)), id]);
}

/**
 * The options of a choice question, with "Not sure" last. One choice (single or agreement
 * scale) is a native radio group: arrow keys move between options. Several choices are
 * checkboxes up to maxChoices; "Not sure" and an exclusive option ("None of these") clear the
 * other ticks, and another tick clears them, which the limit line says aloud.
 */
export function OptionsField({ question, labelledBy, describedBy, onAnswer }: OptionsFieldProps) {
  const answer = useAssessment((state: AssessmentStore) => state.answers[question.id]);
  const m = useMessages().wizard;
  const locale = useLocale();
  const name = useId();
  const limitId = useId();
  const [cleared, setCleared] = useState('');
  const multiple = question.type === 'multiple';
  const ticked = multiple && Array.isArray(answer) ? answer : [];
  const full = multiple && ticked.length >= question.maxChoices;
  const type = multiple ? 'checkbox' : 'radio';

  const choose = (id: string, checked: boolean) => {
    if (!multiple) return onAnswer(checked ? id : undefined);
    const next = tick(question, ticked, id, checked);
    const removed = [...ticked, ...(answer === UNSURE ? [UNSURE] : [])].filter(
      (other) => other !== id && !next.includes(other),
    );
    const label = (optionId: string) =>
      optionId === UNSURE ? m.unsure : (question.options.find((option) => option.id === optionId)?.label ?? optionId);
    const quoted = removed.map((other) => fill(locale, m.options.quoted, { label: label(other) }));
    setCleared(
      checked && removed.length > 0
        ? plural(locale, m.options.unticked, removed.length, { options: quoted.join(', ') })
        : '',
    );
    onAnswer(next.length > 0 ? next : undefined);
  };
  const chooseUnsure = (checked: boolean) => {
    setCleared(checked && ticked.length > 0 ? m.options.untickedOthers : '');
    onAnswer(checked ? UNSURE : undefined);
  };

  // An exclusive option ("None of these") stands alone, so it never counts towards the limit.
  const limit =
    question.type !== 'multiple'
      ? ''
      : question.maxChoices >= question.options.filter((option) => !option.exclusive).length
        ? m.options.all
        : fill(locale, full ? m.options.full : m.options.upTo, { count: question.maxChoices });

  return (
    <fieldset
      className={`options options-${question.type}`}
      aria-labelledby={labelledBy}
      aria-describedby={multiple ? `${limitId} ${describedBy}` : describedBy}
    >
      {multiple ? (
        <p id={limitId} className="choice-limit" aria-live="polite">
          {limit} {cleared}
        </p>
      ) : null}
      {question.options.map((option) => {
        const checked = multiple ? ticked.includes(option.id) : answer === option.id;
        return (
          <OptionRow
            key={option.id}
            type={type}
            name={name}
            label={option.label}
            hint={option.hint}
            checked={checked}
            disabled={full && !checked && !option.exclusive}
            onChange={(next) => choose(option.id, next)}
          />
        );
      })}
      <OptionRow
        type={type}
        name={name}
        label={m.unsure}
        checked={answer === UNSURE}
        className="option-unsure"
        onChange={chooseUnsure}
      />
    </fieldset>
  );
}
