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
import { fill } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';
import { DimensionMap } from './dimension-map';
import { fillNodes } from './fill-nodes';
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
  const locale = useLocale();
  const m = useResultMessages().result.whatIf;
  const changed = useMemo(() => applyEdits(bank, answers, change.edits), [bank, answers, change]);
  const trial = useMemo(() => evaluate(bank, changed), [bank, changed]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [change]);
  return (
    <section className="what-if no-print" aria-labelledby={`what-if-${trial.outcome}`}>
      <h3 id={`what-if-${trial.outcome}`} ref={headingRef} tabIndex={-1}>
        {fill(locale, m.question, { change: describeChange(bank, answers, change) })}
      </h3>
      <p>
        {fillNodes(locale, m.then, { then: <strong>{headline(bank, trial)}</strong>, now: headline(bank, evaluation) })}{' '}
        {leadLine(bank, changed, trial)}
      </p>
      <div className="what-if-figures">
        <FitChart bank={bank} evaluation={trial} caption={m.fitCaption} />
        <DimensionMap bank={bank} evaluation={trial} before={evaluation} />
      </div>
      <p className="muted">{m.previewOnly}</p>
      <button type="button" className="button" onClick={onClose}>
        {m.close}
      </button>
    </section>
  );
}
