import { outcomeById, ruledOut, type Bank, type Evaluation } from '../../engine';

export interface FitChartProps {
  bank: Bank;
  evaluation: Evaluation;
  /** For a preview: names the chart instead of the explanation under the main one. */
  caption?: string;
}

/** The four fit scores as bars, with a real table for screen readers. */
export function FitChart({ bank, evaluation, caption }: FitChartProps) {
  const excluded = ruledOut(bank, evaluation);
  const rows = evaluation.ranking.map((id) => ({
    id,
    title: outcomeById(bank, id).title,
    fit: evaluation.fit[id],
    value: excluded.includes(id) ? 'Ruled out' : String(Math.round(evaluation.fit[id])),
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
          <caption>{caption ?? 'Fit of each option'}, out of 100 (higher fits better)</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Fit</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.title}
                  {row.chosen ? ' (recommended)' : ''}
                </th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        {caption ??
          'Fit out of 100: 100 is where your answers lead; each point less is a point your scores would have to move to reach that option. “Ruled out”: a rule for companies like yours excludes it; “Why” says which.'}
      </figcaption>
    </figure>
  );
}
