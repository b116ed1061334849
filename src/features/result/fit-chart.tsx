import { outcomeById, ruledOut, type Bank, type Evaluation } from '../../engine';
import { fill, formatNumber } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';

export interface FitChartProps {
  bank: Bank;
  evaluation: Evaluation;
  /** For a preview: names the chart instead of the explanation under the main one. */
  caption?: string;
}

/** The four fit scores as bars, with a real table for screen readers. */
export function FitChart({ bank, evaluation, caption }: FitChartProps) {
  const locale = useLocale();
  const m = useResultMessages().result.fitChart;
  const excluded = ruledOut(bank, evaluation);
  const rows = evaluation.ranking.map((id) => ({
    id,
    title: outcomeById(bank, id).title,
    fit: evaluation.fit[id],
    value: excluded.includes(id) ? m.ruledOut : formatNumber(locale, Math.round(evaluation.fit[id])),
    chosen: id === evaluation.outcome,
  }));
  return (
    <figure className="fit-chart">
      <div className="bars" aria-hidden="true">
        {rows.map((row) => (
          <div key={row.id} className={row.chosen ? 'bar-row is-chosen' : 'bar-row'}>
            <span className="bar-label">{row.title}</span>
            <span className="bar-track">
              <span className="bar-fill" style={{ width: `${Math.max(0, Math.min(100, row.fit))}%` }} />
            </span>
            <span className="bar-value">{row.value}</span>
          </div>
        ))}
      </div>
      <div className="visually-hidden">
        <table>
          <caption>{fill(locale, m.tableCaption, { name: caption ?? m.tableName })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.option}</th>
              <th scope="col">{m.fit}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.chosen ? fill(locale, m.recommended, { title: row.title }) : row.title}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>{caption ?? m.caption}</figcaption>
    </figure>
  );
}
