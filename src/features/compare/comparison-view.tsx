import { useId, useState, type Ref } from 'react';
import {
  agreementLine,
  outcomeById,
  planLine,
  type Bank,
  type Comparison,
  type OutcomeId,
  type Person,
} from '../../engine';
import { fill, plural } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';

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
  const c = useResultMessages().compare;
  const v = c.view;
  const locale = useLocale();
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
          {v.peopleTitle}
        </h2>
        <table className="compare-table">
          <caption>{bank.plan ? v.captionPlan : v.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{v.person}</th>
              <th scope="col">{v.recommendation}</th>
              {bank.plan ? <th scope="col">{v.plan}</th> : null}
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
                <td data-label={v.recommendation}>{title(person.evaluation.outcome)}</td>
                {bank.plan ? <td data-label={v.plan}>{planLine(bank, person.evaluation)}</td> : null}
                {scores(person.evaluation.dimensions)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{v.everyone}</th>
              <td data-label={v.recommendation}>{title(combined.outcome)}</td>
              {bank.plan ? <td data-label={v.plan}>{c.groupPlan}</td> : null}
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
                {fill(locale, v.openFull, { name: person.label })}
              </button>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="compare-differences-title">
        <h2 id="compare-differences-title">{v.differencesTitle}</h2>
        {differences.length === 0 ? (
          <p>{v.sameAnswers}</p>
        ) : (
          <table className="compare-table" id={differencesId}>
            <caption>
              {differences.length > shown.length
                ? fill(locale, v.differencesCaptionPart, { shown: shown.length, count: differences.length })
                : v.differencesCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{v.question}</th>
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
            {showAll ? v.showFewer : plural(locale, v.showAll, differences.length)}
          </button>
        ) : null}
      </section>

      <section aria-labelledby="compare-combined-title">
        <h2 id="compare-combined-title">{v.togetherTitle}</h2>
        <p className="lead">
          <strong>{title(combined.outcome)}</strong>
        </p>
        <p>{agreementLine(comparison, locale)}</p>
      </section>
    </div>
  );
}
