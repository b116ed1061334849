import { useId, type ReactNode } from 'react';
import { ProblemDetails } from '../../components/problem-details';
import { focusScreenHeading } from '../../components/screen-heading';
import type { Answers } from '../../engine';
import { useSharedLink, type LinkProblem as LinkProblemType } from './use-shared-link';
import { useResultMessages } from '../../i18n/language-context';

/** A link's answers, to show read-only, and what can be done with them. */
export interface SharedView {
  from: 'link';
  answers: Answers;
  name: string;
  notice: string | undefined;
  /** Makes them this browser's own answers. */
  onAdopt: () => void;
  /** Compares them with this browser's own result, when there is one. */
  onCompare: (() => void) | undefined;
  /** Leaves the shared result for this browser's own answers. */
  onClose: () => void;
}

export interface SharedLinkNoticeProps {
  /** This browser's own screens, shown whenever no shared result is. */
  children: ReactNode;
  /** The read-only result for a link's answers, with its banner. */
  renderShared: (view: SharedView) => ReactNode;
}

/**
 * What the link the page was opened with brings: the sender's result, read-only (the result
 * screen shows whose it is and the ways to make it one's own, compare it or leave it); or why
 * it could not be opened. A comparison link opens on the comparison screen.
 */
export function SharedLinkNotice({ children, renderShared }: SharedLinkNoticeProps) {
  const { shared, problem, hasResult, adopt, compareWithMine, close, dismissProblem } = useSharedLink();

  if (shared)
    return renderShared({
      from: 'link',
      answers: shared.answers,
      name: '',
      notice: shared.notice,
      onAdopt: adopt,
      onCompare: hasResult ? compareWithMine : undefined,
      onClose: close,
    });

  return (
    <>
      {problem ? <LinkProblem problem={problem} onDismiss={dismissProblem} /> : null}
      {children}
    </>
  );
}

/** Why a link could not be opened; the words load with the link's decoder (use-shared-link.ts). */
function LinkProblem({ problem, onDismiss }: { problem: LinkProblemType; onDismiss: () => void }) {
  const problemId = useId();
  const m = useResultMessages().links.notice;
  return (
    <div className="notice notice-warning no-print" role="alert" aria-labelledby={problemId}>
      <p id={problemId}>
        <strong>{problem.link === 'comparison' ? m.comparisonTitle : m.resultTitle}</strong>
      </p>
      <p>{problem.message}</p>
      <ProblemDetails details={problem.details} />
      <button
        type="button"
        className="button small"
        onClick={() => {
          onDismiss();
          focusScreenHeading();
        }}
      >
        {m.dismiss}
      </button>
    </div>
  );
}
