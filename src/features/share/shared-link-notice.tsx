import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MessageSlot } from '../../components/message-slot';
import { useSharedLink } from './use-shared-link';
import { ProblemDetails } from '../../components/problem-details';

/**
 * What happened to a share link the page was opened with, above the screen (`children`): a
 * question when it would replace answers in progress, or why it could not be opened.
 */
export function SharedLinkNotice({ children }: { children: ReactNode }) {
  const { pending, problem, replace, keep, dismissProblem } = useSharedLink();
  const questionId = useId();
  const problemId = useId();
  const [kept, setKept] = useState(false);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  // A parent's effects run after its children's: this focus wins over the screen heading's.
  useEffect(() => {
    if (pending) replaceRef.current?.focus();
  }, [pending]);

  return (
    <>
      <div className="no-print">
        {pending ? (
          <div className="notice share-confirm" role="group" aria-labelledby={questionId}>
            <p id={questionId}>Open the shared result in place of your own answers?</p>
            <p>Your answers in this browser would be replaced by the ones in the link. Cancel keeps yours.</p>
            <div className="clear-confirm">
              <button
                ref={replaceRef}
                type="button"
                className="button small danger"
                onClick={() => {
                  setKept(false);
                  replace();
                }}
              >
                Replace
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  keep();
                  setKept(true);
                  // The focused button is gone: the message takes its place.
                  statusRef.current?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        {problem ? (
          <div className="notice notice-warning" role="alert" aria-labelledby={problemId}>
            <p id={problemId}>
              <strong>The shared link could not be opened</strong>
            </p>
            <p>{problem.message}</p>
            <ProblemDetails details={problem.details} />
            <button type="button" className="button small" onClick={dismissProblem}>
              Dismiss
            </button>
          </div>
        ) : null}
        <MessageSlot role="status" ref={statusRef} collapse>
          {kept && !pending ? 'The shared result was not opened: your answers are kept.' : null}
        </MessageSlot>
      </div>
      {children}
    </>
  );
}
