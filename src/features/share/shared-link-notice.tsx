import { useId, type ReactNode } from 'react';
import { AskFirst } from '../../components/confirm-choice';
import { ProblemDetails } from '../../components/problem-details';
import { focusScreenHeading } from '../../components/screen-heading';
import type { Answers } from '../../engine';
import { useSharedLink } from './use-shared-link';

export interface SharedLinkNoticeProps {
  /** This browser's own screens, shown whenever no shared result is. */
  children: ReactNode;
  /** The read-only result for a link's answers. */
  renderShared: (answers: Answers) => ReactNode;
}

/**
 * What the link the page was opened with brings: the sender's result, read-only, with ways to
 * make those answers one's own, compare them with one's own or go back to one's own; or why
 * it could not be opened. A comparison link opens on the comparison screen.
 */
export function SharedLinkNotice({ children, renderShared }: SharedLinkNoticeProps) {
  const { shared, problem, hasProgress, hasResult, adopt, compareWithMine, close, dismissProblem } = useSharedLink();
  const problemId = useId();

  if (shared)
    return (
      <>
        <section className="notice shared-banner no-print" aria-label="Shared result">
          <p>
            <strong>Shared result.</strong> These are the answers of the person who sent the link. Your own answers in
            this browser are not shown and not changed.{shared.notice ? ` ${shared.notice}` : ''}
          </p>
          <div className="actions">
            {hasProgress ? (
              <AskFirst
                label="Make these my answers"
                question="Replace your answers in this browser with the shared ones?"
                confirmLabel="Replace my answers"
                onConfirm={adopt}
              />
            ) : (
              <button type="button" className="button" onClick={adopt}>
                Make these my answers
              </button>
            )}
            {hasResult ? (
              <button type="button" className="button" onClick={compareWithMine}>
                Compare with mine
              </button>
            ) : null}
            <button type="button" className="button" onClick={close}>
              {hasProgress ? 'Back to my answers' : 'Close the shared result'}
            </button>
          </div>
        </section>
        {renderShared(shared.answers)}
      </>
    );

  return (
    <>
      {problem ? (
        <div className="notice notice-warning no-print" role="alert" aria-labelledby={problemId}>
          <p id={problemId}>
            <strong>
              {problem.link === 'comparison'
                ? 'The comparison link could not be opened'
                : 'The shared link could not be opened'}
            </strong>
          </p>
          <p>{problem.message}</p>
          <ProblemDetails details={problem.details} />
          <button
            type="button"
            className="button small"
            onClick={() => {
              dismissProblem();
              focusScreenHeading();
            }}
          >
            Dismiss
          </button>
        </div>
      ) : null}
      {children}
    </>
  );
}
