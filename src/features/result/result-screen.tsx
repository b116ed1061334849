import { fullBank } from '../../components/full-bank';
import { useMemo } from 'react';
import { AskFirst } from '../../components/confirm-choice';
import { ScreenHeading } from '../../components/screen-heading';
import {
  confidenceLines,
  reasonWhich,
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
  type Bank,
  type Reason,
} from '../../engine';
import { cleanName } from '../../engine/scoring/compare';
import { fill, plural } from '../../i18n/format';
import { useLocale, useMessages, useResultMessages } from '../../i18n/language-context';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import type { AssessmentStore } from '../../store/assessment-store';
import { selectAnswers, selectStep } from '../../store/selectors';
import { ExportPanel } from './export-panel';
import { DimensionMap } from './dimension-map';
import { fillNodes } from './fill-nodes';
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

/** Whose result is shown, and the ways to make it one's own, compare it or leave it. */
function ViewedBanner({ viewed, hasProgress }: { viewed: Viewed; hasProgress: boolean }) {
  const locale = useLocale();
  const b = useResultMessages().result.banner;
  const label = b[viewed.from];
  const whose =
    viewed.from === 'link' && !viewed.name
      ? b.fromLink
      : viewed.name
        ? fill(locale, b.named, { name: viewed.name })
        : b.unnamed;
  const replace =
    viewed.from === 'link'
      ? b.replaceShared
      : viewed.name
        ? fill(locale, b.replaceNamed, { name: viewed.name })
        : b.replaceThese;
  const close = { link: b.closeLink, file: b.closeFile, comparison: b.closeComparison }[viewed.from];
  return (
    <section className="notice shared-banner no-print" aria-label={label}>
      <p>
        <strong>{fill(locale, b.lead, { label })}</strong> {whose} {b.ownKept}
        {viewed.notice ? ` ${viewed.notice}` : ''}
      </p>
      <div className="actions">
        {hasProgress ? (
          <AskFirst label={b.adopt} question={replace} confirmLabel={b.replaceConfirm} onConfirm={viewed.onAdopt} />
        ) : (
          <button type="button" className="button" onClick={viewed.onAdopt}>
            {b.adopt}
          </button>
        )}
        {viewed.onCompare ? (
          <button type="button" className="button" onClick={viewed.onCompare}>
            {b.compare}
          </button>
        ) : null}
        <button type="button" className="button" onClick={viewed.onClose}>
          {viewed.from === 'comparison' ? b.backToComparison : hasProgress ? b.backToMine : close}
        </button>
      </div>
    </section>
  );
}

/** One reason; `brief` names at most two of several ticked options, for the first screen ("Why" lists them all). */
function ReasonLine({ bank, reason, brief = false }: { bank: Bank; reason: Reason; brief?: boolean }) {
  const locale = useLocale();
  const m = useResultMessages().result.screen;
  const which = reasonWhich(reason, bank.locale);
  return fillNodes(locale, which ? m.reasonWithEffect : m.reason, {
    topic: <strong>{reason.topic}</strong>,
    answer: brief ? shortAnswer(reason, 2, bank.locale) : reason.answer,
    which: <span className="muted">{which}</span>,
  });
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
  const locale = useLocale();
  const r = useResultMessages().result;
  const m = r.screen;
  const startAgain = useMessages().shell.startAgain;
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
              ? () => compareWithMine([{ name: viewing.name, answers: viewing.answers, source: 'file' }])
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
  const whose = name
    ? fill(locale, m.whoseNamed, { name })
    : shared
      ? viewed.from === 'link'
        ? m.whoseShared
        : m.whoseTheirs
      : '';
  const title = headline(bank, evaluation);

  return (
    <>
      {viewed ? <ViewedBanner viewed={viewed} hasProgress={hasProgress} /> : null}
      <article className="result" aria-labelledby="result-title">
        <p className="eyebrow">
          {tentative ? fill(locale, m.tentative, { whose: whose || m.whoseOwn }) : whose || m.whoseOwn}
        </p>
        <ScreenHeading
          id="result-title"
          stepKey={viewed ? `${viewed.from}-result` : 'result'}
          documentTitle={
            whose
              ? fill(locale, m.documentTitle, { whose, headline: title })
              : fill(locale, m.documentTitleOwn, { headline: title })
          }
        >
          {title}
        </ScreenHeading>
        {situationLine(bank, evaluation) ? <p className="situation">{situationLine(bank, evaluation)}</p> : null}
        {/* The heading names the hire; the lead says why, in a line true for these answers. */}
        <p className="lead">{leadLine(bank, answers, evaluation)}</p>
        {tentative ? (
          <div className="coverage">
            <p>{fill(locale, shared ? m.coverageShared : m.coverage, { percent: Math.round(coverage.weight) })}</p>
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
          <HiringPlan bank={bank} evaluation={evaluation} title={shared ? m.planTheirs : m.planOwn} />
          <div>
            <section aria-labelledby="confidence-title" className="confidence">
              <h2 id="confidence-title">
                {fill(locale, m.confidence, { word: confidenceLines(bank, evaluation).word })}
              </h2>
              <p>{confidenceLines(bank, evaluation).text}</p>
            </section>
            {/* On paper "Why" lists the reasons in full, so they are not printed twice. */}
            <section aria-labelledby="reasons-title" className="no-print">
              <h2 id="reasons-title">{m.mainReasons}</h2>
              {reasons.length > 0 ? (
                <ul className="reasons main-reasons">
                  {reasons.slice(0, MAIN_REASONS).map((reason) => (
                    <li key={reason.question}>
                      <ReasonLine bank={bank} reason={reason} brief />
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{shared ? m.noReasonsShared : m.noReasonsOwn}</p>
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

        <ResultSection id="fit" title={m.fitTitle}>
          <div className="fit-figures">
            <FitChart bank={bank} evaluation={evaluation} />
            <DimensionMap bank={bank} evaluation={evaluation} />
          </div>
        </ResultSection>

        <ResultSection id="why" title={m.whyTitle}>
          <p>{outcome.summary}</p>
          {reasons.length > 0 ? (
            <ul className="reasons">
              {reasons.map((reason) => (
                <li key={reason.question}>
                  <ReasonLine bank={bank} reason={reason} />
                </li>
              ))}
            </ul>
          ) : null}
          {runnerUp ? <p>{runnerUp}</p> : null}
          {ruledOutLines(bank, evaluation).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </ResultSection>

        <ResultSection id="change" title={m.changeTitle}>
          <WhatWouldChange bank={bank} answers={answers} evaluation={evaluation} />
        </ResultSection>

        <ResultSection id="role" title={m.roleTitle}>
          <RoleDetails bank={bank} outcomeId={evaluation.outcome} />
          <h3 className="no-print">{m.otherOptions}</h3>
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
            <ResultSection id="job-posts" title={plural(locale, m.jobPostsTitle, posts)}>
              <JobPosts bank={bank} evaluation={evaluation} />
            </ResultSection>
          </div>
        ) : null}

        <HiringKitSection bank={bank} answers={answers} evaluation={evaluation} />

        <PrintRecord bank={bank} answers={answers} date={new Date()} name={name} shared={shared} />

        {shared ? null : (
          <div className="actions actions-split no-print">
            <button type="button" className="button" onClick={goBack}>
              {m.backToReview}
            </button>
            <button type="button" className="button" onClick={openCompare}>
              {m.compareWithColleagues}
            </button>
            <AskFirst
              label={m.startAgain}
              question={startAgain.question}
              confirmLabel={startAgain.confirmLabel}
              onConfirm={restart}
            />
          </div>
        )}
      </article>
    </>
  );
}
