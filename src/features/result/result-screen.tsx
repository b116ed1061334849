import { useEffect, useMemo, useRef, useState } from 'react';
import { ScreenHeading } from '../../components/screen-heading';
import {
  applyEdits,
  describeChange,
  evaluate,
  orderChanges,
  revisitPoints,
  topReasons,
  outcomeById,
  robustnessText,
  confidenceWord,
  type Bank,
  type Change,
  type Evaluation,
} from '../../engine';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectAnswers } from '../../store/selectors';
import { ExportPanel } from './export-panel';
import { DimensionMap } from './dimension-map';
import { FitChart } from './fit-chart';

const CHANGES_SHOWN = 6;

/** The recommendation, how sure it is, why, what would change it, and what the hire does. */
export default function ResultScreen() {
  const bank = useBank();
  const answers = useAssessment(selectAnswers);
  const { goBack, restart } = useActions();
  const evaluation = useMemo(() => evaluate(bank, answers), [bank, answers]);
  const outcome = outcomeById(bank, evaluation.outcome);
  const reasons = useMemo(() => topReasons(bank, evaluation), [bank, evaluation]);
  const revisit = useMemo(() => revisitPoints(bank, evaluation, answers), [bank, evaluation, answers]);
  const changes = useMemo(() => orderChanges(evaluation.changes), [evaluation]);
  const [showAllChanges, setShowAllChanges] = useState(false);
  const [whatIf, setWhatIf] = useState<Change | null>(null);
  const changeHeadingRef = useRef<HTMLHeadingElement>(null);
  const { coverage } = evaluation;

  return (
    <article className="result" aria-labelledby="result-title">
      <p className="eyebrow">Our recommendation</p>
      <ScreenHeading id="result-title" stepKey="result" documentTitle={`Your result: ${outcome.title}`}>
        {outcome.title}
      </ScreenHeading>
      {/* The heading names the hire; the lead says why, without repeating it. */}
      <p className="lead">{outcome.tagline}</p>
      <p>{outcome.summary}</p>
      <p className="confidence">
        <strong>How sure is this? {confidenceWord(evaluation.robustness)}.</strong>{' '}
        {robustnessText(evaluation.robustness)}.
      </p>
      {coverage.unsure + coverage.unanswered > 0 ? (
        <p className="coverage">
          You answered “Not sure” to {coverage.unsure} of {coverage.shown} questions, so the result rests on{' '}
          {coverage.answered} answers: {Math.round(coverage.weight)}% of what the questions can weigh. Answering more of
          them would make it firmer.
        </p>
      ) : null}

      <section aria-labelledby="fit-title">
        <h2 id="fit-title">How well each option fits</h2>
        <FitChart bank={bank} evaluation={evaluation} />
      </section>

      <section aria-labelledby="map-title">
        <h2 id="map-title">Where you are</h2>
        <DimensionMap bank={bank} evaluation={evaluation} />
      </section>

      <section aria-labelledby="why-title">
        <h2 id="why-title">Why</h2>
        {reasons.length > 0 ? (
          <ul className="reasons">
            {reasons.map((reason) => (
              <li key={reason.question}>
                You said: <strong>{reason.topic}</strong> — {reason.answer}.
                {reason.raised.length > 0
                  ? ` That raised ${reason.raised
                      .slice(0, 2)
                      .map((entry) => `${entry.label.toLowerCase()} by ${Math.round(entry.points)} points`)
                      .join(' and ')}.`
                  : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>None of your answers pushed strongly in one direction.</p>
        )}
      </section>

      <section aria-labelledby="change-title">
        <h2 id="change-title" ref={changeHeadingRef} tabIndex={-1}>
          What would change it
        </h2>
        {whatIf ? (
          <WhatIfPanel
            bank={bank}
            evaluation={evaluation}
            change={whatIf}
            onClose={() => {
              setWhatIf(null);
              changeHeadingRef.current?.focus();
            }}
          />
        ) : null}
        {changes.length > 0 ? (
          <>
            <p>
              {changes[0]?.edits.length === 1 ? 'Each of these single changes' : 'Each of these pairs of changes'} would
              lead to another recommendation. Try one: your saved answers stay as they are.
            </p>
            <ul className="changes">
              {(showAllChanges ? changes : changes.slice(0, CHANGES_SHOWN)).map((change) => {
                const text = describeChange(bank, answers, change);
                return (
                  <li key={text} className="change-item">
                    <span>
                      {text} → <strong>{outcomeById(bank, change.outcome).title}</strong>
                    </span>
                    <button
                      type="button"
                      className="button small"
                      aria-label={`What if: ${text}?`}
                      onClick={() => setWhatIf(change)}
                    >
                      What if?
                    </button>
                  </li>
                );
              })}
            </ul>
            {changes.length > CHANGES_SHOWN ? (
              <button
                type="button"
                className="link-button no-print"
                onClick={() => setShowAllChanges((value) => !value)}
              >
                {showAllChanges ? 'Show fewer' : `Show all ${changes.length} changes`}
              </button>
            ) : null}
          </>
        ) : (
          <p>No change of one or two answers would alter this recommendation.</p>
        )}
      </section>

      {revisit.length > 0 ? (
        <section aria-labelledby="revisit-title">
          <h2 id="revisit-title">When to revisit this decision</h2>
          <ul className="revisit">
            {revisit.map((item) => (
              <li key={item.question}>
                <strong>{item.when}.</strong> The advice could then become:{' '}
                {item.outcomes.map((id) => outcomeById(bank, id).title).join(' or ')}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="role-title">
        <h2 id="role-title">What this hire does</h2>
        <RoleDetails bank={bank} outcomeId={evaluation.outcome} />
        <h3 className="no-print">The other options</h3>
        {bank.outcomes
          .filter((other) => other.id !== evaluation.outcome)
          .map((other) => (
            <details key={other.id} className="other-outcome no-print">
              <summary>{other.title}</summary>
              <p>{other.summary}</p>
              <RoleDetails bank={bank} outcomeId={other.id} level={4} />
            </details>
          ))}
      </section>

      <JobPostStarter bank={bank} outcomeId={evaluation.outcome} />

      {/* Exports always use the saved answers, never a what-if preview. */}
      <ExportPanel bank={bank} answers={answers} evaluation={evaluation} />

      <div className="actions actions-split no-print">
        <button type="button" className="button" onClick={goBack}>
          Back to review
        </button>
        <button type="button" className="button" onClick={restart}>
          Start again
        </button>
      </div>
    </article>
  );
}

/** Confidence in words from the engine's robustness. */
interface RoleDetailsProps {
  bank: Bank;
  outcomeId: Evaluation['outcome'];
  level?: 3 | 4;
}

function RoleDetails({ bank, outcomeId, level = 3 }: RoleDetailsProps) {
  const outcome = outcomeById(bank, outcomeId);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="role-details">
      <div>
        <Heading>Responsibilities</Heading>
        <ul>
          {outcome.responsibilities.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      <div>
        <Heading>Skills to hire for</Heading>
        <ul>
          {outcome.skills.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A draft job post for the recommended hire, from the bank's own words: on screen and in print. */
function JobPostStarter({ bank, outcomeId }: { bank: Bank; outcomeId: Evaluation['outcome'] }) {
  const outcome = outcomeById(bank, outcomeId);
  return (
    <section aria-labelledby="job-post-title" className="job-post">
      <h2 id="job-post-title">Job post starter</h2>
      <p className="muted">A draft to adapt: add your company, your team, where you work and how.</p>
      <blockquote>
        <p>
          <strong>About the role.</strong> {outcome.summary}
        </p>
        <p>
          <strong>What you will do:</strong> {outcome.responsibilities.join('; ')}.
        </p>
        <p>
          <strong>What you bring:</strong> {outcome.skills.join('; ')}.
        </p>
      </blockquote>
    </section>
  );
}

interface WhatIfPanelProps {
  bank: Bank;
  evaluation: Evaluation;
  change: Change;
  onClose: () => void;
}

/** The result for changed answers, computed on the side: the stored answers never change. */
function WhatIfPanel({ bank, evaluation, change, onClose }: WhatIfPanelProps) {
  const answers = useAssessment(selectAnswers);
  const trial = useMemo(() => evaluate(bank, applyEdits(bank, answers, change.edits)), [bank, answers, change]);
  const outcome = outcomeById(bank, trial.outcome);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [change]);
  return (
    <section className="what-if no-print" aria-labelledby="what-if-title">
      <h3 id="what-if-title" ref={headingRef} tabIndex={-1}>
        What if {describeChange(bank, answers, change)}?
      </h3>
      <p>
        Then the advice would be: <strong>{outcome.title}</strong> (fit {Math.round(trial.fit[trial.outcome])} of 100,
        against {Math.round(evaluation.fit[evaluation.outcome])} for your current answer “
        {outcomeById(bank, evaluation.outcome).title}”).
      </p>
      <p>{outcome.tagline}</p>
      <p className="muted">
        This is only a preview. Your saved answers have not changed, and the summary, files and share link below use
        them, not this preview.
      </p>
      <button type="button" className="button" onClick={onClose}>
        Back to my answers
      </button>
    </section>
  );
}
