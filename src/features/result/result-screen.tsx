import { fullBank } from '../../components/full-bank';
import { useMemo } from 'react';
import { AskFirst, START_AGAIN } from '../../components/confirm-choice';
import { ScreenHeading } from '../../components/screen-heading';
import {
  confidenceLines,
  reasonEffect,
  shortAnswer,
  evaluate,
  headline,
  situationLine,
  jobPosts,
  leadLine,
  outcomeById,
  questionById,
  questionFlow,
  runnerUpLine,
  ruledOutLines,
  topReasons,
  type Answers,
  type Reason,
} from '../../engine';
import { cleanName } from '../../engine/compare';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import type { AssessmentStore } from '../../store/assessment-store';
import { selectAnswers, selectStep } from '../../store/selectors';
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

/** Someone else's answers, shown read-only instead of this browser's, and what can be done with them. */
export interface Viewed {
  from: 'link' | 'file' | 'comparison';
  answers: Answers;
  /** Whose they are, cleaned; '' when nobody said. */
  name: string;
  /** Set when the questions changed since the answers were saved or shared. */
  notice: string | undefined;
  /** Makes these answers this browser's own. */
  onAdopt: () => void;
  /** Compares them with this browser's own result; absent when there is none (or they are already in a comparison). */
  onCompare?: (() => void) | undefined;
  onClose: () => void;
}

export interface ResultScreenProps {
  /** Someone else's answers, from a share link: without it, a file's or a comparison's on the view step, else this browser's own. */
  viewed?: Viewed;
}

const selectViewing = (state: AssessmentStore) => state.viewing;
const selectName = (state: AssessmentStore) => state.name;

const BANNER_LABEL: Record<Viewed['from'], string> = {
  link: 'Shared result',
  file: 'Saved result',
  comparison: 'Result from the comparison',
};

/** Whose result is shown, and the ways to make it one's own, compare it or leave it. */
function ViewedBanner({ viewed, hasProgress }: { viewed: Viewed; hasProgress: boolean }) {
  const whose = viewed.name ? `${viewed.name}’s answers` : 'the answers of the person who sent them';
  return (
    <section className="notice shared-banner no-print" aria-label={BANNER_LABEL[viewed.from]}>
      <p>
        <strong>{BANNER_LABEL[viewed.from]}.</strong>{' '}
        {viewed.from === 'link' && !viewed.name
          ? 'These are the answers of the person who sent the link'
          : `These are ${whose}`}
        . Your own answers in this browser are not shown and not changed.{viewed.notice ? ` ${viewed.notice}` : ''}
      </p>
      <div className="actions">
        {hasProgress ? (
          <AskFirst
            label="Make these my answers"
            question={`Replace your answers in this browser with ${viewed.from === 'link' ? 'the shared ones' : viewed.name ? `${viewed.name}’s` : 'these'}?`}
            confirmLabel="Replace my answers"
            onConfirm={viewed.onAdopt}
          />
        ) : (
          <button type="button" className="button" onClick={viewed.onAdopt}>
            Make these my answers
          </button>
        )}
        {viewed.onCompare ? (
          <button type="button" className="button" onClick={viewed.onCompare}>
            Compare with mine
          </button>
        ) : null}
        <button type="button" className="button" onClick={viewed.onClose}>
          {viewed.from === 'comparison'
            ? 'Back to the comparison'
            : hasProgress
              ? 'Back to my answers'
              : `Close the ${BANNER_LABEL[viewed.from].toLowerCase()}`}
        </button>
      </div>
    </section>
  );
}

/** One reason; `brief` names at most two of several ticked options, for the first screen ("Why" lists them all). */
function ReasonLine({ reason, brief = false }: { reason: Reason; brief?: boolean }) {
  return (
    <>
      <strong>{reason.topic}</strong>: {brief ? shortAnswer(reason) : reason.answer}
      {reasonEffect(reason) ? <span className="muted">, which {reasonEffect(reason)}</span> : null}.
    </>
  );
}

/**
 * The recommendation, the plan, how sure it is, the main reasons and the ways to take it away
 * on the first screen; fit, map, why, what would change it, the role and job posts in sections
 * that open on request.
 */
export default function ResultScreen(props: ResultScreenProps) {
  const bank = fullBank(useBank());
  const ownAnswers = useAssessment(selectAnswers);
  const step = useAssessment(selectStep);
  const viewing = useAssessment(selectViewing);
  const ownName = useAssessment(selectName);
  const { goBack, restart, openCompare, changeAnswer, importAnswers, compareWithMine, nameAnswers } = useActions();
  const hasProgress = Object.keys(ownAnswers).length > 0;
  const hasResult = hasProgress && questionFlow(bank, ownAnswers).complete;
  const viewed: Viewed | undefined =
    props.viewed ??
    (step === 'view' && viewing
      ? {
          ...viewing,
          onAdopt: () => importAnswers(viewing.answers, viewing.notice),
          onCompare:
            viewing.from === 'file' && hasResult
              ? () => compareWithMine([{ name: viewing.name, answers: viewing.answers, source: 'the saved file' }])
              : undefined,
          onClose: goBack,
        }
      : undefined);
  const shared = viewed !== undefined;
  const answers = viewed?.answers ?? ownAnswers;
  // The name the exports and the printout carry: whose answers these are.
  const name = viewed ? viewed.name : cleanName(ownName);
  const evaluation = useMemo(() => evaluate(bank, answers), [bank, answers]);
  const outcome = outcomeById(bank, evaluation.outcome);
  const reasons = useMemo(() => topReasons(bank, evaluation, 6), [bank, evaluation]);
  const { coverage } = evaluation;
  const tentative = evaluation.status === 'tentative';
  const runnerUp = runnerUpLine(bank, evaluation);
  // A tentative result offers no job post: it is not a recommendation yet.
  const posts = tentative ? 0 : jobPosts(bank, evaluation).length;
  const whose = name ? `${name}’s result` : shared ? (viewed.from === 'link' ? 'Shared result' : 'Their result') : '';

  return (
    <>
      {viewed ? <ViewedBanner viewed={viewed} hasProgress={hasProgress} /> : null}
      <article className="result" aria-labelledby="result-title">
        <p className="eyebrow">
          {whose || 'Our recommendation'}
          {tentative ? ': tentative, not enough answers yet' : ''}
        </p>
        <ScreenHeading
          id="result-title"
          stepKey={viewed ? `${viewed.from}-result` : 'result'}
          documentTitle={`${whose || 'Your result'}: ${headline(bank, evaluation)}`}
        >
          {headline(bank, evaluation)}
        </ScreenHeading>
        {situationLine(bank, evaluation) ? <p className="situation">{situationLine(bank, evaluation)}</p> : null}
        {/* The heading names the hire; the lead says why, in a line true for these answers. */}
        <p className="lead">{leadLine(bank, answers, evaluation)}</p>
        {tentative ? (
          <div className="coverage">
            <p>
              Only {Math.round(coverage.weight)}% of what the questions can weigh is answered, so this only shows where
              the answers lean. These would matter most{shared ? '' : ' (each opens its question)'}:
            </p>
            <ul>
              {evaluation.open.map((id) => (
                <li key={id}>
                  {shared ? (
                    questionById(bank, id).title
                  ) : (
                    <button type="button" className="link-button" onClick={() => changeAnswer(id)}>
                      {questionById(bank, id).title}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <div className="result-summary">
          <HiringPlan bank={bank} evaluation={evaluation} title={shared ? 'Their hiring plan' : 'Your hiring plan'} />
          <div>
            <section aria-labelledby="confidence-title" className="confidence">
              <h2 id="confidence-title">How sure is this? {confidenceLines(bank, evaluation).word}</h2>
              <p>{confidenceLines(bank, evaluation).text}</p>
            </section>
            {/* On paper "Why" lists the reasons in full, so they are not printed twice. */}
            <section aria-labelledby="reasons-title" className="no-print">
              <h2 id="reasons-title">Main reasons</h2>
              {reasons.length > 0 ? (
                <ul className="reasons main-reasons">
                  {reasons.slice(0, MAIN_REASONS).map((reason) => (
                    <li key={reason.question}>
                      <ReasonLine reason={reason} brief />
                    </li>
                  ))}
                </ul>
              ) : (
                <p>None of {shared ? 'these' : 'your'} answers pushed strongly in one direction.</p>
              )}
            </section>
          </div>
        </div>

        {/* Exports always use the answers the result is for, never a what-if preview. */}
        <ExportPanel
          bank={bank}
          answers={answers}
          evaluation={evaluation}
          name={name}
          typedName={shared ? undefined : ownName}
          onName={nameAnswers}
        />

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

        <PrintRecord bank={bank} answers={answers} date={new Date()} name={name} shared={shared} />

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
    </>
  );
}
