import { useMemo } from 'react';
import { AskFirst, START_AGAIN } from '../../components/confirm-choice';
import { ScreenHeading } from '../../components/screen-heading';
import {
  confidenceWord,
  evaluate,
  jobPosts,
  leadLine,
  openQuestionTitles,
  outcomeById,
  robustnessText,
  runnerUpLine,
  ruledOutLines,
  topReasons,
  type Answers,
  type Reason,
} from '../../engine';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectAnswers } from '../../store/selectors';
import { ExportPanel } from './export-panel';
import { DimensionMap } from './dimension-map';
import { FitChart } from './fit-chart';
import { HiringKitSection } from './hiring-kit';
import { HiringPlan } from './hiring-plan';
import { JobPosts } from './job-posts';
import { PrintRecord } from './print-record';
import { ResultSection } from './result-section';
import { RoleDetails } from './role-details';
import { WhatWouldChange } from './what-would-change';
import './result.css';
import './print.css';

/** How many reasons the first screen shows; "Why" lists more. */
const MAIN_REASONS = 3;

export interface ResultScreenProps {
  /** Someone else's answers, from a share link: shown read-only instead of this browser's. */
  shared?: Answers;
}

function ReasonLine({ reason }: { reason: Reason }) {
  return (
    <>
      <strong>{reason.topic}</strong>: {reason.answer}.
      {reason.raised[0] ? (
        <span className="muted">
          {' '}
          It raised {reason.raised[0].label.toLowerCase()} by {Math.round(reason.raised[0].points)} points.
        </span>
      ) : null}
    </>
  );
}

/**
 * The recommendation, the plan, how sure it is, the main reasons and the ways to take it away
 * on the first screen; fit, map, why, what would change it, the role and job posts in sections
 * that open on request.
 */
export default function ResultScreen({ shared }: ResultScreenProps) {
  const bank = useBank();
  const ownAnswers = useAssessment(selectAnswers);
  const answers = shared ?? ownAnswers;
  const { goBack, restart, openCompare } = useActions();
  const evaluation = useMemo(() => evaluate(bank, answers), [bank, answers]);
  const outcome = outcomeById(bank, evaluation.outcome);
  const reasons = useMemo(() => topReasons(bank, evaluation, 6), [bank, evaluation]);
  const { coverage } = evaluation;
  const tentative = evaluation.status === 'tentative';
  const runnerUp = runnerUpLine(bank, evaluation);
  const posts = jobPosts(bank, evaluation).length;

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

      <div className="result-summary">
        <HiringPlan bank={bank} evaluation={evaluation} />
        <div>
          <section aria-labelledby="confidence-title" className="confidence">
            <h2 id="confidence-title">
              How sure is this? {tentative ? 'Tentative' : confidenceWord(evaluation.robustness)}
            </h2>
            <p>
              {robustnessText(evaluation.robustness)}.
              {!tentative && coverage.unsure + coverage.unanswered > 0
                ? ` ${coverage.unsure + coverage.unanswered} of ${coverage.shown} questions are “Not sure” or open, so it rests on ${coverage.answered} answers (${Math.round(coverage.weight)}% of what the questions can weigh).`
                : ''}
            </p>
          </section>
          {/* On paper "Why" lists the reasons in full, so they are not printed twice. */}
          <section aria-labelledby="reasons-title" className="no-print">
            <h2 id="reasons-title">Main reasons</h2>
            {reasons.length > 0 ? (
              <ul className="reasons main-reasons">
                {reasons.slice(0, MAIN_REASONS).map((reason) => (
                  <li key={reason.question}>
                    <span className="clamp">
                      <ReasonLine reason={reason} />
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>None of your answers pushed strongly in one direction.</p>
            )}
          </section>
        </div>
      </div>

      {/* Exports always use the answers the result is for, never a what-if preview. */}
      <ExportPanel bank={bank} answers={answers} evaluation={evaluation} />

      <ResultSection id="fit" title="How well each option fits">
        <div className="fit-figures">
          <FitChart bank={bank} evaluation={evaluation} />
          <DimensionMap bank={bank} evaluation={evaluation} />
        </div>
      </ResultSection>

      <ResultSection id="why" title="Why">
        <p>{outcome.summary}</p>
        {reasons.length > 0 ? (
          <ul className="reasons">
            {reasons.map((reason) => (
              <li key={reason.question}>
                <ReasonLine reason={reason} />
              </li>
            ))}
          </ul>
        ) : null}
        {runnerUp ? <p>{runnerUp}</p> : null}
        {ruledOutLines(bank, evaluation).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </ResultSection>

      <ResultSection id="change" title="What would change it">
        <WhatWouldChange bank={bank} answers={answers} evaluation={evaluation} />
      </ResultSection>

      <ResultSection id="role" title="What this hire does">
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
      </ResultSection>

      {posts > 0 ? (
        <div className="no-print">
          <ResultSection id="job-posts" title={posts === 1 ? 'Job post starter' : 'Job post starters'}>
            <JobPosts bank={bank} evaluation={evaluation} />
          </ResultSection>
        </div>
      ) : null}

      <HiringKitSection bank={bank} answers={answers} evaluation={evaluation} />

      <PrintRecord bank={bank} answers={answers} date={new Date()} />

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
