import { useEffect, useMemo, useRef } from 'react';
import {
  applyEdits,
  describeChange,
  evaluate,
  leadLine,
  headline,
  type Answers,
  type Bank,
  type Change,
  type Evaluation,
} from '../../engine';
import { DimensionMap } from './dimension-map';
import { FitChart } from './fit-chart';

interface WhatIfPanelProps {
  bank: Bank;
  /** The answers the result is for: the saved ones, or a shared link's. */
  answers: Answers;
  evaluation: Evaluation;
  change: Change;
  onClose: () => void;
}

/**
 * The result for changed answers, beside the change: the recommendation, the fit chart and the
 * map as they would be. Computed on the side: the stored answers never change.
 */
export function WhatIfPanel({ bank, answers, evaluation, change, onClose }: WhatIfPanelProps) {
  const changed = useMemo(() => applyEdits(bank, answers, change.edits), [bank, answers, change]);
  const trial = useMemo(() => evaluate(bank, changed), [bank, changed]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [change]);
  return (
    <section className="what-if no-print" aria-labelledby={`what-if-${trial.outcome}`}>
      <h3 id={`what-if-${trial.outcome}`} ref={headingRef} tabIndex={-1}>
        {describeChange(bank, answers, change)}?
      </h3>
      <p>
        Then the advice would be: <strong>{headline(bank, trial)}</strong>, instead of “{headline(bank, evaluation)}”.{' '}
        {leadLine(bank, changed, trial)}
      </p>
      <div className="what-if-figures">
        <FitChart bank={bank} evaluation={trial} caption="Fit with this change" />
        <DimensionMap bank={bank} evaluation={trial} before={evaluation} />
      </div>
      <p className="muted">
        This is only a preview: the answers have not changed, and the summary, files and share link use them, not this
        preview.
      </p>
      <button type="button" className="button" onClick={onClose}>
        Close the preview
      </button>
    </section>
  );
}
