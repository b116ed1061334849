import { useId, useState, type Ref } from 'react';
import {
  GROUP_PLAN_LINE,
  agreementLine,
  outcomeById,
  planLine,
  type Bank,
  type Comparison,
  type OutcomeId,
  type Person,
} from '../../engine';

/** How many differences show before "Show all". */
const DIFFERENCES_SHOWN = 8;

export interface ComparisonViewProps {
  bank: Bank;
  comparison: Comparison;
  notices: readonly string[];
  /** The "Each person’s result" heading, for the screen to move focus to. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Opens one person's full result read-only: each name becomes a button. */
  onView?: ((person: Person) => void) | undefined;
}

/**
 * Each person's result, where they differ most, and the recommendation for everyone together.
 * Each cell carries its column's name in data-label: on a narrow screen the rows become cards
 * of labelled lines (compare.css), and the elements stay a table's.
 */
export function ComparisonView({ bank, comparison, notices, headingRef, onView }: ComparisonViewProps) {
  const { people, differences, combined } = comparison;
  const [showAll, setShowAll] = useState(false);
  const differencesId = useId();
  const shown = showAll ? differences : differences.slice(0, DIFFERENCES_SHOWN);
  const title = (id: OutcomeId) => outcomeById(bank, id).title;
  const scores = (dimensions: Record<string, number>) =>
    bank.dimensions.map((dimension) => (
      <td key={dimension.id} data-label={dimension.label}>
        {Math.round(dimensions[dimension.id] ?? 0)}
      </td>
    ));
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
                <td data-label="Recommendation">{title(person.evaluation.outcome)}</td>
                {bank.plan ? <td data-label="Plan">{planLine(bank, person.evaluation)}</td> : null}
                {scores(person.evaluation.dimensions)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Everyone together</th>
              <td data-label="Recommendation">{title(combined.outcome)}</td>
              {bank.plan ? <td data-label="Plan">{GROUP_PLAN_LINE}</td> : null}
              {scores(combined.dimensions)}
            </tr>
          </tfoot>
        </table>
        {onView ? (
          <p className="actions no-print">
            {people.map((person, index) => (
              <button
                key={`${index}:${person.label}`}
                type="button"
                className="button small"
                onClick={() => onView(person)}
              >
                Open {person.label}’s full result
              </button>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="compare-differences-title">
        <h2 id="compare-differences-title">Where you differ most</h2>
        {differences.length === 0 ? (
          <p>Everyone gave the same answers.</p>
        ) : (
          <table className="compare-table" id={differencesId}>
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
                    <td key={`${index}:${entry.label}`} data-label={entry.label}>
                      {entry.answer}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {differences.length > DIFFERENCES_SHOWN ? (
          <button
            type="button"
            className="button no-print"
            aria-expanded={showAll}
            aria-controls={differencesId}
            onClick={() => setShowAll((all) => !all)}
          >
            {showAll ? 'Show fewer' : `Show all ${differences.length} differences`}
          </button>
        ) : null}
      </section>

      <section aria-labelledby="compare-combined-title">
        <h2 id="compare-combined-title">Together</h2>
        <p className="lead">
          <strong>{title(combined.outcome)}</strong>
        </p>
        <p>{agreementLine(comparison)}</p>
      </section>
    </div>
  );
}
