import type { Ref } from 'react';
import { planLine, type Bank, type Comparison } from '../../engine';

const DIFFERENCES_SHOWN = 8;

export interface ComparisonViewProps {
  bank: Bank;
  comparison: Comparison;
  notices: string[];
  title: (id: Comparison['combined']['outcome']) => string;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Each person's result, where they differ most, and the recommendation for everyone together. */
export function ComparisonView({ bank, comparison, notices, title, headingRef }: ComparisonViewProps) {
  const { people, differences, combined } = comparison;
  const shown = differences.slice(0, DIFFERENCES_SHOWN);
  return (
    <div className="comparison">
      {notices.map((notice, index) => (
        <p key={`${index}:${notice}`} className="notice notice-warning">
          {notice}
        </p>
      ))}
      <section aria-labelledby="compare-people-title">
        <h2 id="compare-people-title" ref={headingRef} tabIndex={-1}>
          Each person’s result
        </h2>
        <table className="compare-table">
          <caption>
            Recommendation{bank.plan ? ', hiring plan' : ''} and dimension scores (0 to 100) for each person
          </caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Recommendation</th>
              {bank.plan ? <th scope="col">Plan</th> : null}
              {bank.dimensions.map((dimension) => (
                <th key={dimension.id} scope="col">
                  {dimension.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person, index) => (
              <tr key={`${index}:${person.label}`}>
                <th scope="row">{person.label}</th>
                <td>{title(person.evaluation.outcome)}</td>
                {bank.plan ? <td>{planLine(bank, person.evaluation)}</td> : null}
                {bank.dimensions.map((dimension) => (
                  <td key={dimension.id}>{Math.round(person.evaluation.dimensions[dimension.id] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Everyone together</th>
              <td>{title(combined.outcome)}</td>
              {bank.plan ? <td>Follows from the answers you settle on</td> : null}
              {bank.dimensions.map((dimension) => (
                <td key={dimension.id}>{Math.round(combined.dimensions[dimension.id] ?? 0)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="compare-differences-title">
        <h2 id="compare-differences-title">Where you differ most</h2>
        {shown.length === 0 ? (
          <p>Everyone gave the same answers.</p>
        ) : (
          <table className="compare-table">
            <caption>
              Questions answered differently, the ones that move the scores most first
              {differences.length > shown.length ? ` (${shown.length} of ${differences.length})` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                {people.map((person, index) => (
                  <th key={`${index}:${person.label}`} scope="col">
                    {person.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((difference) => (
                <tr key={difference.question}>
                  <th scope="row">{difference.topic}</th>
                  {difference.answers.map((entry, index) => (
                    <td key={`${index}:${entry.label}`}>{entry.answer}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="compare-combined-title">
        <h2 id="compare-combined-title">Together</h2>
        <p className="lead">
          <strong>{title(combined.outcome)}</strong>
        </p>
        <p>
          {comparison.agree
            ? 'Everyone got this recommendation on their own answers too.'
            : 'You got different recommendations on your own answers. This one comes from the average of everyone’s dimension scores, so each person counts the same; talk through the questions above first.'}
        </p>
      </section>
    </div>
  );
}
