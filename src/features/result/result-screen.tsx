import { useMemo, useRef, useState } from 'react';
import { AskFirst, START_AGAIN } from '../../components/confirm-choice';
import { ScreenHeading } from '../../components/screen-heading';
import {
  confidenceWord,
  describeChange,
  evaluate,
  leadLine,
  openQuestionTitles,
  orderChanges,
  outcomeById,
  revisitPoints,
  robustnessText,
  runnerUpLine,
  ruledOutLines,
  topReasons,
  type Answers,
  type Change,
} from '../../engine';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectAnswers } from '../../store/selectors';
import { ExportPanel } from './export-panel';
import { DimensionMap } from './dimension-map';
import { FitChart } from './fit-chart';
import { HiringPlan } from './hiring-plan';
import { JobPosts } from './job-posts';
import { PrintRecord } from './print-record';
import { RoleDetails } from './role-details';
import { WhatIfPanel } from './what-if-panel';
import './result.css';
import './print.css';

const CHANGES_SHOWN = 6;

export interface ResultScreenProps {
  /** Someone else's answers, from a share link: shown read-only instead of this browser's. */
  shared?: Answers;
}

/** The recommendation, how sure it is, why, what would change it, and what the hire does. */
export default function ResultScreen({ shared }: ResultScreenProps) {
  const bank = useBank();
  const ownAnswers = useAssessment(selectAnswers);
  const answers = shared ?? ownAnswers;
  const { goBack, restart, openCompare } = useActions();
  const evaluation = useMemo(() => evaluate(bank, answers), [bank, answers]);
  const outcome = outcomeById(bank, evaluation.outcome);
  const reasons = useMemo(() => topReasons(bank, evaluation), [bank, evaluation]);
  const revisit = useMemo(() => revisitPoints(bank, evaluation, answers), [bank, evaluation, answers]);
  const changes = useMemo(() => orderChanges(evaluation.changes), [evaluation]);
  const [showAllChanges, setShowAllChanges] = useState(false);
  const [whatIf, setWhatIf] = useState<Change | null>(null);
  const changeHeadingRef = useRef<HTMLHeadingElement>(null);
  const { coverage } = evaluation;
  const tentative = evaluation.status === 'tentative';
  const runnerUp = runnerUpLine(bank, evaluation);

  return (
    <article className="result" aria-labelledby="result-title">
      <p className="eyebrow">
        {shared ? 'Shared result' : 'Our recommendation'}
        {tentative ? ': tentative, not enough answers yet' : ''}
      </p>
      <ScreenHeading
        id="result-title"
        stepKey={shared ? 'shared-result' : 'result'}
        documentTitle={`${shared ? 'Shared result' : 'Your result'}: ${outcome.title}`}
      >
        {outcome.title}
      </ScreenHeading>
      {/* The heading names the hire; the lead says why, in a line true for these answers. */}
      <p className="lead">{leadLine(bank, answers, evaluation)}</p>
      {tentative ? (
        <div className="coverage">
          <p>
            Only {Math.round(coverage.weight)}% of what the questions can weigh is answered, so this only shows where
            the answers lean. These would matter most:
          </p>
          <ul>
            {openQuestionTitles(bank, evaluation).map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <HiringPlan bank={bank} evaluation={evaluation} />
      <p className="confidence">
        <strong>How sure is this? {tentative ? 'Tentative' : confidenceWord(evaluation.robustness)}.</strong>{' '}
        {robustnessText(evaluation.robustness)}.
      </p>
      {!tentative && coverage.unsure + coverage.unanswered > 0 ? (
        <p className="coverage">
          You answered “Not sure” to {coverage.unsure} of {coverage.shown} questions, so the result rests on{' '}
          {coverage.answered} answers: {Math.round(coverage.weight)}% of what the questions can weigh. Answering more of
          them would make it firmer.
        </p>
      ) : null}
      <p>{outcome.summary}</p>

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
                {reason.raised[0] ? (
                  <span className="muted">
                    {' '}
                    It raised {reason.raised[0].label.toLowerCase()} by {Math.round(reason.raised[0].points)} points.
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>None of your answers pushed strongly in one direction.</p>
        )}
        {runnerUp ? <p>{runnerUp}</p> : null}
        {ruledOutLines(bank, evaluation).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>

      <section aria-labelledby="change-title">
        <h2 id="change-title" ref={changeHeadingRef} tabIndex={-1}>
          What would change it
        </h2>
        {whatIf ? (
          <WhatIfPanel
            bank={bank}
            answers={answers}
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
              lead to another recommendation. <span className="no-print">Try one: the answers stay as they are.</span>
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

      <JobPosts bank={bank} evaluation={evaluation} />

      <PrintRecord bank={bank} answers={answers} date={new Date()} />

      {/* Exports always use the saved answers, never a what-if preview. */}
      <ExportPanel bank={bank} answers={answers} evaluation={evaluation} />

      {shared ? null : (
        <div className="actions actions-split no-print">
          <button type="button" className="button" onClick={goBack}>
            Back to review
          </button>
          <button type="button" className="button" onClick={openCompare}>
            Compare with colleagues
          </button>
          <AskFirst label="Start again" {...START_AGAIN} onConfirm={restart} />
        </div>
      )}
    </article>
  );
}
