import { planDetails, planSentences, type Bank, type Evaluation } from '../../engine';

/** What to hire now and later within the budget, with how many and under which title; `title` says whose plan it is. */
export function HiringPlan({ bank, evaluation, title }: { bank: Bank; evaluation: Evaluation; title: string }) {
  const sentences = planSentences(bank, evaluation);
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby="plan-title" className="hiring-plan">
      <h2 id="plan-title">{title}</h2>
      <p>{sentences.join(' ')}</p>
      <ul>
        {planDetails(bank, evaluation).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
