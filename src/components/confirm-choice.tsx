import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/language-context';

export interface ConfirmChoiceProps {
  question: ReactNode;
  /** The label of the button that goes ahead, shown as a danger button. */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  id?: string;
  className?: string;
}

/** A question asked in place before something is lost: go ahead, or Cancel. The go-ahead button takes focus. */
export function ConfirmChoice({ question, confirmLabel, onConfirm, onCancel, id, className }: ConfirmChoiceProps) {
  const m = useMessages().shell;
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Without scrolling: a page that moved between two clicks of a double click would take the second elsewhere.
  useEffect(() => {
    confirmRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      id={id}
      className={className ? `clear-confirm ${className}` : 'clear-confirm'}
      role="group"
      aria-labelledby={questionId}
    >
      <span id={questionId}>{question}</span>
      <button ref={confirmRef} type="button" className="button small danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        {m.confirm.cancel}
      </button>
    </div>
  );
}

export interface AskFirstProps {
  /** The button's label before asking: "Start over". */
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** The button's class: "button" unless told. */
  className?: string;
}

/**
 * A button for something that removes answers: it asks first, on a line of its own below the
 * button's row (app.css), so nothing moves under the pointer and a double click cannot land on
 * the go-ahead. Cancel takes the question away and puts focus back on the button.
 */
export function AskFirst({ label, question, confirmLabel, onConfirm, className = 'button' }: AskFirstProps) {
  const [asking, setAsking] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const confirmId = useId();
  useEffect(() => {
    if (cancelled) buttonRef.current?.focus();
  }, [cancelled]);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-expanded={asking}
        aria-controls={asking ? confirmId : undefined}
        onClick={() => {
          setCancelled(false);
          setAsking(true);
        }}
      >
        {label}
      </button>
      {asking ? (
        <ConfirmChoice
          id={confirmId}
          className="ask-first"
          question={question}
          confirmLabel={confirmLabel}
          onConfirm={() => {
            setAsking(false);
            onConfirm();
          }}
          onCancel={() => {
            setAsking(false);
            setCancelled(true);
          }}
        />
      ) : null}
    </>
  );
}

/** The one wording for removing answers to start again, wherever it is offered, in the visit's language. */
export function useStartAgain(): { question: string; confirmLabel: string } {
  return useMessages().shell.startAgain;
}
