import { useRef, useState, useEffect } from 'react';
import { MessageSlot } from '../../components/message-slot';
import { ScreenHeading } from '../../components/screen-heading';
import { UNSURE, type Answer, type Question } from '../../engine';
import { fill, plural } from '../../i18n/format';
import type { Locale } from '../../i18n/languages';
import type { ResultMessages } from '../../i18n/registry';
import { useLocale, useMessages, useResultMessages } from '../../i18n/language-context';
import { useActions, useAssessment, useFlow } from '../../store/assessment-context';
import { selectAnswers } from '../../store/selectors';

/** An answer in words, in the visit's language: option labels, a number with its unit, or "Not sure". */
function answerText(
  locale: Locale,
  m: ResultMessages['review'],
  unsure: string,
  question: Question,
  answer: Answer | undefined,
): string {
  if (answer === undefined) return m.notAnswered;
  if (answer === UNSURE) return unsure;
  if (question.type === 'number') {
    if (typeof answer !== 'number') return String(answer);
    const unit = answer === 1 ? (question.unitOne ?? question.unit) : question.unit;
    return fill(locale, m.number, { number: answer, unit });
  }
  const ids = Array.isArray(answer) ? answer : [answer];
  return ids.map((id) => question.options.find((option) => option.id === id)?.label ?? String(id)).join(', ');
}

/** Every shown question with its answer and a Change button; then the result. */
export function ReviewScreen() {
  const answers = useAssessment(selectAnswers);
  const { changeAnswer, goBack, showResult } = useActions();
  const { questions } = useFlow();
  const unsure = useMessages().wizard.unsure;
  const m = useResultMessages().review;
  const locale = useLocale();
  const missing = questions.filter((question) => answers[question.id] === undefined);

  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) alertRef.current?.focus();
  }, [attempt]);

  return (
    <section className="review" aria-labelledby="review-title">
      <ScreenHeading id="review-title" stepKey="review" documentTitle={m.title}>
        {m.title}
      </ScreenHeading>
      <p className="lead">{m.lead}</p>
      <ol className="review-list">
        {questions.map((question) => (
          <li key={question.id} className="review-item">
            <div className="review-text">
              <span className="review-topic">{question.topic}</span>
              <span className="review-question">{question.title}</span>
              <span className={answers[question.id] === undefined ? 'review-answer is-missing' : 'review-answer'}>
                {answerText(locale, m, unsure, question, answers[question.id])}
              </span>
            </div>
            <button type="button" className="button small" onClick={() => changeAnswer(question.id)}>
              {m.change} <span className="visually-hidden">{question.topic}</span>
            </button>
          </li>
        ))}
      </ol>
      <MessageSlot role="alert" tone="error" ref={alertRef}>
        {attempt > 0 && missing.length > 0 ? (
          <>
            {plural(locale, m.missing, missing.length)}{' '}
            {missing.map((question) => (
              <button key={question.id} type="button" className="link-button" onClick={() => changeAnswer(question.id)}>
                {question.topic}
              </button>
            ))}
          </>
        ) : null}
      </MessageSlot>
      <div className="actions actions-split no-print">
        <button type="button" className="button" onClick={goBack}>
          {m.back}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            if (missing.length > 0) setAttempt((count) => count + 1);
            else showResult();
          }}
        >
          {m.seeResult}
        </button>
      </div>
    </section>
  );
}
