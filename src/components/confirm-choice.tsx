import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface ConfirmChoiceProps {
  question: ReactNode;
  /** The label of the button that goes ahead, shown as a danger button. */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A question asked in place before something is lost: go ahead, or Cancel. The go-ahead button takes focus. */
export function ConfirmChoice({ question, confirmLabel, onConfirm, onCancel }: ConfirmChoiceProps) {
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <div className="clear-confirm" role="group" aria-labelledby={questionId}>
      <span id={questionId}>{question}</span>
      <button ref={confirmRef} type="button" className="button small danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        Cancel
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
}

/**
 * A button for something that removes answers: it asks in place first. Cancel puts the
 * button back and focus on it, so nothing is lost without a second, deliberate click.
 */
export function AskFirst({ label, question, confirmLabel, onConfirm }: AskFirstProps) {
  const [asking, setAsking] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (cancelled) buttonRef.current?.focus();
  }, [cancelled]);
  if (asking)
    return (
      <ConfirmChoice
        question={question}
        confirmLabel={confirmLabel}
        onConfirm={onConfirm}
        onCancel={() => {
          setAsking(false);
          setCancelled(true);
        }}
      />
    );
  return (
    <button
      ref={buttonRef}
      type="button"
      className="button"
      onClick={() => {
        setCancelled(false);
        setAsking(true);
      }}
    >
      {label}
    </button>
  );
}

/** The one wording for removing answers to start again, wherever it is offered. */
export const START_AGAIN = {
  question: 'Remove your answers from this browser and start again?',
  confirmLabel: 'Remove and start again',
} as const;
