import { answerLabel, questionFlow, type Answers, type Bank } from '../../engine';

/**
 * On paper only: when the result was made, from which question set, and every answer, so a
 * printed or PDF result stands on its own.
 */
export interface PrintRecordProps {
  bank: Bank;
  answers: Answers;
  date: Date;
  /** Whose answers these are, cleaned ('' for nobody). */
  name: string;
  /** Someone else's answers: never "Your answers". */
  shared: boolean;
}

export function PrintRecord({ bank, answers, date, name, shared }: PrintRecordProps) {
  const shown = questionFlow(bank, answers).questions;
  return (
    <section className="print-only print-record" aria-labelledby="print-record-title">
      <h2 id="print-record-title">{name ? `${name}’s answers` : shared ? 'Their answers' : 'Your answers'}</h2>
      <p>
        Made with Role Fit on {date.toISOString().slice(0, 10)} from the question set “{bank.title}” ({bank.id}{' '}
        {bank.version}).
      </p>
      <dl>
        {shown.map((question) => (
          <div key={question.id}>
            <dt>{question.topic}</dt>
            <dd>{answerLabel(question, answers[question.id])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
