import { answerLabel, questionFlow, type Answers, type Bank } from '../../engine';
import { fill, formatDay } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';

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
  const locale = useLocale();
  const m = useResultMessages().result.printRecord;
  const shown = questionFlow(bank, answers).questions;
  return (
    <section className="print-only print-record" aria-labelledby="print-record-title">
      <h2 id="print-record-title">{name ? fill(locale, m.named, { name }) : shared ? m.theirs : m.own}</h2>
      <p>
        {fill(locale, m.made, {
          date: formatDay(locale, date),
          title: bank.title,
          id: bank.id,
          version: bank.version,
        })}
      </p>
      <dl>
        {shown.map((question) => (
          <div key={question.id}>
            <dt>{question.topic}</dt>
            <dd>{answerLabel(question, answers[question.id], bank.locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
