import { ScreenHeading } from '../../components/screen-heading';
import { plural } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/language-context';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectAnsweredCount } from '../../store/selectors';

/** What the assessment decides, how long it takes, and where answers go; then Start, or Continue. */
export function LandingScreen() {
  const bank = useBank();
  const answered = useAssessment(selectAnsweredCount);
  const { start, resume } = useActions();
  const m = useMessages().wizard.landing;
  const locale = useLocale();

  return (
    <section className="landing" aria-labelledby="landing-title">
      <ScreenHeading id="landing-title" documentTitle={m.documentTitle} stepKey="landing">
        {bank.title}
      </ScreenHeading>
      <p className="lead">{bank.intro}</p>

      {answered > 0 ? (
        <div className="resume">
          <p>{plural(locale, m.answered, answered)}</p>
          <div className="actions no-print">
            <button type="button" className="button primary" onClick={resume}>
              {m.continue}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions no-print">
          <button type="button" className="button primary" onClick={start}>
            {m.start}
          </button>
        </div>
      )}

      <ul className="facts">
        <li>{plural(locale, m.minutes, bank.minutes)}</li>
        <li>{m.private}</li>
      </ul>

      <h2>{m.outcomes}</h2>
      <ul className="outcome-list">
        {bank.outcomes.map((outcome) => (
          <li key={outcome.id}>
            <strong>{outcome.title}</strong>
            <span>{outcome.tagline}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
