import { Suspense, useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { Disclosure } from '../../components/disclosure';
import { MessageSlot } from '../../components/message-slot';
import { ScreenHeading } from '../../components/screen-heading';
import { UNSURE, questionById, type Answer, type NumberQuestion, type Question } from '../../engine';
import { fill } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/language-context';
import { resultPack } from '../../i18n/registry';
import { ResultWords } from '../../i18n/result-words';
import { useActions, useAssessment, useBank, useFlow } from '../../store/assessment-context';
import { selectFromReview } from '../../store/selectors';
import { NumberField } from './number-field';
import { OptionsField } from './options-field';
import { ProgressMeter, progressLabel } from './progress-meter';

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

/**
 * One question per screen: heading, "Why we ask", the answer field, Back and Next. The app
 * keys it by question, so each question starts with its own fresh state.
 */
export function QuestionScreen({ questionId }: QuestionScreenProps) {
  const bank = useBank();
  const { answerQuestion, goNext, goBack, backToReview } = useActions();
  const fromReview = useAssessment(selectFromReview);
  const { ids } = useFlow();
  const question = questionById(bank, questionId);
  const m = useMessages().wizard;
  const q = m.question;
  const locale = useLocale();
  const answer = useAssessment((state) => state.answers[questionId]);

  // A number is kept as typed until it is committed.
  const [text, setText] = useState(typeof answer === 'number' ? String(answer) : '');
  const [error, setError] = useState('');
  // Failed attempts: each one moves focus to the message.
  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) alertRef.current?.focus();
  }, [attempt]);

  const headingId = useId();
  const errorId = useId();

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

  // A number typed but not yet committed is kept when the page goes away (a reload, a closed tab).
  useEffect(() => {
    const keep = () => void commitNumber();
    window.addEventListener('pagehide', keep);
    return () => window.removeEventListener('pagehide', keep);
  });

  const fail = (message: string) => {
    setError(message);
    setAttempt(attempt + 1);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (question.type === 'number') {
      const committed = commitNumber();
      if (committed === 'invalid') {
        fail(fill(locale, q.invalidNumber, { min: question.min, max: question.max }));
        return;
      }
    }
    if (!goNext()) {
      fail(question.type === 'number' ? q.noNumber : q.noChoice);
    }
  };

  const onBack = () => {
    commitNumber();
    goBack();
  };

  const step = ids.indexOf(questionId) + 1;
  return (
    <form className="question" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <ProgressMeter current={step} position={bank.questions.indexOf(question) + 1} most={bank.questions.length} />
      <ScreenHeading
        id={headingId}
        stepKey={question.id}
        documentTitle={fill(locale, q.documentTitle, {
          progress: progressLabel(locale, m, step, bank.questions.length),
          topic: question.topic,
        })}
      >
        {question.title}
      </ScreenHeading>
      <Disclosure label={q.whyWeAsk}>{() => <QuestionHelp question={question} />}</Disclosure>

      {question.type === 'number' ? (
        <NumberField
          question={question}
          text={text}
          unsure={answer === UNSURE}
          labelledBy={headingId}
          describedBy={errorId}
          onText={(value) => {
            setText(value);
            setError('');
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
      ) : (
        <OptionsField question={question} labelledBy={headingId} describedBy={errorId} onAnswer={answer_} />
      )}

      <div id={errorId}>
        <MessageSlot role="alert" tone="error" ref={alertRef}>
          {error}
        </MessageSlot>
      </div>

      <div className="actions actions-split question-actions">
        <button type="button" className="button" onClick={onBack}>
          {q.back}
        </button>
        <div className="actions">
          {fromReview ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                if (commitNumber() !== 'invalid' && !backToReview()) fail(q.comesUp);
              }}
            >
              {q.backToReview}
            </button>
          ) : null}
          <button type="submit" className="button primary">
            {q.next}
          </button>
        </div>
      </div>
    </form>
  );
}

/**
 * Why the question is asked. The default bank's help texts load with the result's words, the
 * first time someone opens "Why we ask": most never do, and the first download stays small.
 */
function QuestionHelp({ question }: { question: Question }) {
  const loading = useMessages().wizard.question.loadingHelp;
  if (question.help) return <p>{question.help}</p>;
  return (
    <Suspense fallback={<p className="loading">{loading}</p>}>
      <ResultWords>
        <HelpText id={question.id} />
      </ResultWords>
    </Suspense>
  );
}

function HelpText({ id }: { id: string }) {
  return <p>{resultPack(useLocale()).bank[`questions.${id}.help`]}</p>;
}
