import { useEffect, useMemo, useRef } from 'react';
import {
  applyEdits,
  describeChange,
  evaluate,
  outcomeById,
  type Answers,
  type Bank,
  type Change,
  type Evaluation,
} from '../../engine';

interface WhatIfPanelProps {
  bank: Bank;
  /** The answers the result is for: the saved ones, or a shared link's. */
  answers: Answers;
  evaluation: Evaluation;
  change: Change;
  onClose: () => void;
}

/** The result for changed answers, computed on the side: the stored answers never change. */
export function WhatIfPanel({ bank, answers, evaluation, change, onClose }: WhatIfPanelProps) {
  const trial = useMemo(() => evaluate(bank, applyEdits(bank, answers, change.edits)), [bank, answers, change]);
  const outcome = outcomeById(bank, trial.outcome);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [change]);
  return (
    <section className="what-if no-print" aria-labelledby="what-if-title">
      <h3 id="what-if-title" ref={headingRef} tabIndex={-1}>
        What if {describeChange(bank, answers, change)}?
      </h3>
      <p>
        Then the advice would be: <strong>{outcome.title}</strong>, instead of “
        {outcomeById(bank, evaluation.outcome).title}”.
      </p>
      <p>{outcome.tagline}</p>
      <p className="muted">
        This is only a preview: the answers have not changed, and the summary, files and share link below use them, not
        this preview.
      </p>
      <button type="button" className="button" onClick={onClose}>
        Back to my answers
      </button>
    </section>
  );
}
