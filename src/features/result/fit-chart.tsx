import { outcomeById, type Bank, type Evaluation } from '../../engine';

export interface FitChartProps {
  bank: Bank;
  evaluation: Evaluation;
}

/** The four fit scores as bars, with a real table for screen readers. */
export function FitChart({ bank, evaluation }: FitChartProps) {
  const rows = evaluation.ranking.map((id) => ({
    id,
    title: outcomeById(bank, id).title,
    fit: evaluation.fit[id],
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
            <span className="bar-value">{Math.round(row.fit)}</span>
          </div>
        ))}
      </div>
      <div className="visually-hidden">
        <table>
          <caption>Fit of each option, out of 100 (higher fits better)</caption>
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
                <td>{row.fit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>Fit out of 100: how closely your answers match the situation each option suits.</figcaption>
    </figure>
  );
}
