import { ScreenHeading } from '../../components/screen-heading';
import { selectResumeOffered, useActions, useAssessment, useBank } from '../../store/assessment-context';
import type { AssessmentStore } from '../../store/assessment-store';
import { OpenOrCompare } from './open-or-compare';

const selectAnswered = (state: AssessmentStore) => Object.keys(state.answers).length;

/** What the assessment decides, how long it takes, and where answers go; then Start. */
export function LandingScreen() {
  const bank = useBank();
  const resumeOffered = useAssessment(selectResumeOffered);
  const answered = useAssessment(selectAnswered);
  const { start, resume } = useActions();

  return (
    <section className="landing" aria-labelledby="landing-title">
      <ScreenHeading id="landing-title" documentTitle="Find your next product hire" stepKey="landing">
        {bank.title}
      </ScreenHeading>
      <p className="lead">{bank.intro}</p>

      <h2>Four possible answers</h2>
      <ul className="outcome-list">
        {bank.outcomes.map((outcome) => (
          <li key={outcome.id}>
            <strong>{outcome.title}</strong>
            <span>{outcome.tagline}</span>
          </li>
        ))}
      </ul>

      <ul className="facts">
        <li>
          Takes about {bank.minutes} {bank.minutes === 1 ? 'minute' : 'minutes'}. Every question has a “Not sure”
          choice.
        </li>
        <li>Your answers never leave this browser: nothing is sent to a server.</li>
      </ul>

      {resumeOffered ? (
        <div className="resume">
          <p>
            You have saved progress in this browser ({answered} {answered === 1 ? 'answer' : 'answers'}).
          </p>
          <div className="actions no-print">
            <button type="button" className="button primary" onClick={resume}>
              Continue where you left off
            </button>
            <button type="button" className="button" onClick={start}>
              Start over
            </button>
          </div>
        </div>
      ) : (
        <div className="actions no-print">
          {/* data-early-action: clicked before the app has loaded, it still counts (src/early-action.ts). */}
          <button type="button" className="button primary" onClick={start} data-early-action="start">
            Start
          </button>
        </div>
      )}

      <OpenOrCompare />
    </section>
  );
}
