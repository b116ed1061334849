import { useEffect, useId, useRef, type ReactNode } from 'react';

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
