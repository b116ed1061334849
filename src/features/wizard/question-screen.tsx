import { memo, useCallback, useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { Disclosure } from '../../components/disclosure';
import { MessageSlot } from '../../components/message-slot';
import { ScreenHeading } from '../../components/screen-heading';
import { UNSURE, formatWhole, questionById, type Answer, type NumberQuestion } from '../../engine';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectShownIds, type AssessmentStore } from '../../store/assessment-store';
import { NumberField } from './number-field';
import { OptionsField } from './options-field';
import { ProgressMeter } from './progress-meter';

export interface QuestionScreenProps {
  questionId: string;
}

type Commit = 'ok' | 'empty' | 'invalid';

const selectFromReview = (state: AssessmentStore) => state.fromReview;

/** What belongs to the question on screen: the number being typed, and the message after a Next that failed. */
interface Draft {
  questionId: string;
  text: string;
  error: string;
  /** Failed attempts: each one moves focus to the message. */
  attempt: number;
}

const freshDraft = (questionId: string, text: string): Draft => ({ questionId, text, error: '', attempt: 0 });

/** What is typed, read as a whole number within the question's bounds: a number, 'empty' or 'invalid'. */
function readTyped(text: string, question: NumberQuestion): number | 'empty' | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  const value = Number(trimmed);
  return Number.isInteger(value) && value >= question.min && value <= question.max ? value : 'invalid';
}

/** One question per screen: heading, "Why we ask", the answer field, Back and Next. */
export function QuestionScreen({ questionId }: QuestionScreenProps) {
  const bank = useBank();
  const { answerQuestion, goNext, goBack, backToReview } = useActions();
  const fromReview = useAssessment(selectFromReview);
  const shownIds = useAssessment(useMemo(() => selectShownIds(bank), [bank]));
  const index = shownIds.indexOf(questionId);
  const question = questionById(bank, questionId);
  // A choice question's field reads its own answer: choosing an option renders only the field.
  const isNumber = question.type === 'number';
  const answer = useAssessment(
    useCallback((state: AssessmentStore) => (isNumber ? state.answers[questionId] : undefined), [isNumber, questionId]),
  );

  const typedAnswer = typeof answer === 'number' ? String(answer) : '';
  const [kept, setDraft] = useState<Draft>(() => freshDraft(questionId, typedAnswer));
  // The screen stays mounted from one question to the next: a draft kept for another question is not this one's.
  const draft = kept.questionId === questionId ? kept : freshDraft(questionId, typedAnswer);
  const { text, error, attempt } = draft;
  const setError = (message: string) => {
    if (message !== error) setDraft({ ...draft, error: message });
  };
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) alertRef.current?.focus();
  }, [attempt]);

  // One question shows at a time: fixed ids keep the elements' attributes from step to step.
  const headingId = 'question-title';
  const errorId = 'question-error';

  const answer_ = (value: Answer | undefined) => {
    setError('');
    answerQuestion(question.id, value);
  };

  /** Numbers are stored when the field is left, not on every keystroke: typing "40" must not pass through 4. */
  const commitNumber = (): Commit => {
    if (question.type !== 'number' || answer === UNSURE) return 'ok';
    const value = readTyped(text, question);
    if (value === 'empty') {
      if (answer !== undefined) answerQuestion(question.id, undefined);
      return 'empty';
    }
    if (value === 'invalid') return 'invalid';
    if (value !== answer) answerQuestion(question.id, value);
    return 'ok';
  };

  const fail = (message: string) => {
    setDraft({ ...draft, error: message, attempt: attempt + 1 });
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (question.type === 'number') {
      const committed = commitNumber();
      if (committed === 'invalid') {
        fail(
          `Enter a whole number from ${formatWhole(question.min)} to ${formatWhole(question.max)}, or tick “Not sure”.`,
        );
        return;
      }
    }
    if (!goNext()) {
      fail(
        question.type === 'number'
          ? 'Enter a number, or tick “Not sure”, to continue.'
          : 'Choose an answer, or “Not sure”, to continue.',
      );
    }
  };

  const onBack = () => {
    commitNumber();
    goBack();
  };

  const step = index + 1;
  return (
    <form className="question" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <ProgressMeter current={step} total={shownIds.length} />
      <ScreenHeading
        id={headingId}
        stepKey={question.id}
        documentTitle={`Question ${step} of ${shownIds.length}: ${question.topic}`}
      >
        {question.title}
      </ScreenHeading>
      <WhyWeAsk questionId={question.id} help={question.help} />

      {question.type === 'number' ? (
        <NumberField
          question={question}
          text={text}
          unsure={answer === UNSURE}
          labelledBy={headingId}
          describedBy={errorId}
          onText={(value) => setDraft({ ...draft, text: value, error: '' })}
          onUnsure={(unsure) => {
            if (unsure) answer_(UNSURE);
            else {
              const value = readTyped(text, question);
              answer_(typeof value === 'number' ? value : undefined);
            }
          }}
          onCommit={commitNumber}
        />
      ) : (
        <OptionsField question={question} labelledBy={headingId} describedBy={errorId} onAnswer={answer_} />
      )}

      <div id={errorId}>
        <MessageSlot role="alert" tone="error" ref={alertRef}>
          {error}
        </MessageSlot>
      </div>

      <div className="actions actions-split">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <div className="actions">
          {fromReview ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                if (commitNumber() !== 'invalid') backToReview();
              }}
            >
              Back to review
            </button>
          ) : null}
          <button type="submit" className="button primary">
            Next
          </button>
        </div>
      </div>
    </form>
  );
}

/** The question's "Why we ask" text, closed again on each new question. */
const WhyWeAsk = memo(function WhyWeAsk({ questionId, help }: { questionId: string; help: string }) {
  return (
    <Disclosure label="Why we ask" resetKey={questionId}>
      <p>{help}</p>
    </Disclosure>
  );
});
