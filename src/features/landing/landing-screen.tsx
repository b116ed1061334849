import { ScreenHeading } from '../../components/screen-heading';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectAnsweredCount } from '../../store/selectors';

/** What the assessment decides, how long it takes, and where answers go; then Start, or Continue. */
export function LandingScreen() {
  const bank = useBank();
  const answered = useAssessment(selectAnsweredCount);
  const { start, resume } = useActions();

  return (
    <section className="landing" aria-labelledby="landing-title">
      <ScreenHeading id="landing-title" documentTitle="Find your next product hire" stepKey="landing">
        {bank.title}
      </ScreenHeading>
      <p className="lead">{bank.intro}</p>

      {answered > 0 ? (
        <div className="resume">
          <p>
            You have answered {answered} {answered === 1 ? 'question' : 'questions'} in this browser.
          </p>
          <div className="actions no-print">
            <button type="button" className="button primary" onClick={resume}>
              Continue
            </button>
          </div>
        </div>
      ) : (
        <div className="actions no-print">
          <button type="button" className="button primary" onClick={start}>
            Start
          </button>
        </div>
      )}

      <ul className="facts">
        <li>
          Takes about {bank.minutes} {bank.minutes === 1 ? 'minute' : 'minutes'}. Every question has a “Not sure”
          choice.
        </li>
        <li>Your answers never leave this browser: nothing is sent to a server.</li>
      </ul>

      <h2>Four possible answers</h2>
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
