import { useRef, useState, useEffect } from 'react';
import { MessageSlot } from '../../components/message-slot';
import { ScreenHeading } from '../../components/screen-heading';
import { answerLabel } from '../../engine';
import { useActions, useAssessment, useFlow } from '../../store/assessment-context';
import { selectAnswers } from '../../store/selectors';

/** Every shown question with its answer and a Change button; then the result. */
export function ReviewScreen() {
  const answers = useAssessment(selectAnswers);
  const { changeAnswer, goBack, showResult } = useActions();
  const { questions } = useFlow();
  const missing = questions.filter((question) => answers[question.id] === undefined);

  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) alertRef.current?.focus();
  }, [attempt]);

  return (
    <section className="review" aria-labelledby="review-title">
      <ScreenHeading id="review-title" stepKey="review" documentTitle="Review your answers">
        Review your answers
      </ScreenHeading>
      <p className="lead">
        Check each answer before you see the result. “Change” takes you to that question; your other answers stay as
        they are.
      </p>
      <ol className="review-list">
        {questions.map((question) => (
          <li key={question.id} className="review-item">
            <div className="review-text">
              <span className="review-topic">{question.topic}</span>
              <span className="review-question">{question.title}</span>
              <span className={answers[question.id] === undefined ? 'review-answer is-missing' : 'review-answer'}>
                {answerLabel(question, answers[question.id])}
              </span>
            </div>
            <button type="button" className="button small" onClick={() => changeAnswer(question.id)}>
              Change <span className="visually-hidden">{question.topic}</span>
            </button>
          </li>
        ))}
      </ol>
      <MessageSlot role="alert" tone="error" ref={alertRef}>
        {attempt > 0 && missing.length > 0 ? (
          <>
            {missing.length === 1 ? 'One question still needs' : `${missing.length} questions still need`} an answer (or
            “Not sure”):{' '}
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
          Back
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            if (missing.length > 0) setAttempt((count) => count + 1);
            else showResult();
          }}
        >
          See my result
        </button>
      </div>
    </section>
  );
}
