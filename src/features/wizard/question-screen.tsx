import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { Disclosure } from '../../components/disclosure';
import { MessageSlot } from '../../components/message-slot';
import { ScreenHeading } from '../../components/screen-heading';
import { UNSURE, formatWhole, questionById, visibleQuestions, type Answer, type NumberQuestion } from '../../engine';
import { useAssessment, useBank } from '../../store/assessment-context';
import { ChoiceField } from './choice-field';
import { MultipleField } from './multiple-field';
import { NumberField } from './number-field';
import { ProgressMeter } from './progress-meter';

export interface QuestionScreenProps {
  questionId: string;
}

type Commit = 'ok' | 'empty' | 'invalid';

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
  const answers = useAssessment((state) => state.answers);
  const fromReview = useAssessment((state) => state.fromReview);
  const answerQuestion = useAssessment((state) => state.answerQuestion);
  const goNext = useAssessment((state) => state.goNext);
  const goBack = useAssessment((state) => state.goBack);
  const backToReview = useAssessment((state) => state.backToReview);

  const visible = useMemo(() => visibleQuestions(bank, answers), [bank, answers]);
  const index = visible.findIndex((candidate) => candidate.id === questionId);
  const question = visible[index] ?? questionById(bank, questionId);
  const answer = answers[questionId];

  const typedAnswer = typeof answer === 'number' ? String(answer) : '';
  const [text, setText] = useState(typedAnswer);
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);
  // The screen stays mounted from one question to the next: what was typed or wrong belongs to one question.
  const [shownQuestion, setShownQuestion] = useState(questionId);
  if (shownQuestion !== questionId) {
    setShownQuestion(questionId);
    setText(typedAnswer);
    setError('');
    setAttempt(0);
  }
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) alertRef.current?.focus();
  }, [attempt]);

  const headingId = `${question.id}--title`;
  const errorId = `${question.id}--error`;

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
    setError(message);
    setAttempt((count) => count + 1);
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
      <ProgressMeter current={step} total={visible.length} />
      <ScreenHeading
        id={headingId}
        stepKey={question.id}
        documentTitle={`Question ${step} of ${visible.length}: ${question.topic}`}
      >
        {question.title}
      </ScreenHeading>
      <Disclosure key={question.id} label="Why we ask">
        <p>{question.help}</p>
      </Disclosure>

      {question.type === 'number' ? (
        <NumberField
          question={question}
          text={text}
          unsure={answer === UNSURE}
          labelledBy={headingId}
          describedBy={errorId}
          onText={(value) => {
            setError('');
            setText(value);
          }}
          onUnsure={(unsure) => {
            if (unsure) answer_(UNSURE);
            else {
              const value = readTyped(text, question);
              answer_(typeof value === 'number' ? value : undefined);
            }
          }}
          onCommit={commitNumber}
        />
      ) : question.type === 'multiple' ? (
        <MultipleField
          question={question}
          answer={answer}
          labelledBy={headingId}
          describedBy={errorId}
          onAnswer={answer_}
        />
      ) : (
        <ChoiceField
          question={question}
          answer={answer}
          labelledBy={headingId}
          describedBy={errorId}
          onAnswer={answer_}
        />
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
