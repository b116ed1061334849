import { useId, useRef, useState, type ReactNode } from 'react';
import { ConfirmChoice } from '../../components/confirm-choice';
import { MessageSlot } from '../../components/message-slot';
import { useSharedLink } from './use-shared-link';
import { ProblemDetails } from '../../components/problem-details';
import { focusScreenHeading } from '../../components/screen-heading';

/**
 * What happened to a share link the page was opened with, above the screen (`children`): a
 * question when it would replace answers in progress, or why it could not be opened.
 */
export function SharedLinkNotice({ children }: { children: ReactNode }) {
  const { pending, problem, replace, keep, dismissProblem } = useSharedLink();
  const problemId = useId();
  const [kept, setKept] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  return (
    <>
      <div className="no-print">
        {pending ? (
          // The link is decoded after the screen has shown, so Replace, focused as it appears, keeps focus.
          <div className="notice share-confirm">
            <p>Your answers in this browser would be replaced by the ones in the link. Cancel keeps yours.</p>
            <ConfirmChoice
              question="Open the shared result in place of your own answers?"
              confirmLabel="Replace"
              onConfirm={() => {
                setKept(false);
                replace();
              }}
              onCancel={() => {
                keep();
                setKept(true);
                // The focused button is gone: the message takes its place.
                statusRef.current?.focus();
              }}
            />
          </div>
        ) : null}
        {problem ? (
          <div className="notice notice-warning" role="alert" aria-labelledby={problemId}>
            <p id={problemId}>
              <strong>The shared link could not be opened</strong>
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
        <MessageSlot role="status" ref={statusRef} collapse>
          {kept && !pending ? 'The shared result was not opened: your answers are kept.' : null}
        </MessageSlot>
      </div>
      {children}
    </>
  );
}
