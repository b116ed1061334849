import { useMemo, useRef, useState } from 'react';
import {
  describeChange,
  NO_CHANGE,
  headlineOf,
  revisitPoints,
  type Answers,
  type Bank,
  type Evaluation,
} from '../../engine';
import { WhatIfPanel } from './what-if-panel';

export interface WhatWouldChangeProps {
  bank: Bank;
  answers: Answers;
  evaluation: Evaluation;
}

/** The answer changes that would give another recommendation, each with a preview beside it, and when to revisit. */
export function WhatWouldChange({ bank, answers, evaluation }: WhatWouldChangeProps) {
  const changes = evaluation.changes;
  const revisit = useMemo(() => revisitPoints(bank, evaluation, answers), [bank, evaluation, answers]);
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  return (
    <>
      {changes.length > 0 ? (
        <>
          <p>
            Each of these changes could happen next and would lead to another recommendation, the likeliest first.{' '}
            <span className="no-print">Try one: the answers stay as they are.</span>
          </p>
          <ul className="changes">
            {changes.map((change) => {
              const text = describeChange(bank, answers, change);
              return (
                <li key={text} className="change-item">
                  <div className="change-row">
                    <span>
                      {text} → <strong>{headlineOf(bank, change.outcome, change.hires)}</strong>
                    </span>
                    <button
                      ref={(button) => {
                        if (button) buttons.current.set(text, button);
                        else buttons.current.delete(text);
                      }}
                      type="button"
                      className="button small no-print"
                      aria-label={`What if? ${text}`}
                      aria-expanded={open === text}
                      onClick={() => setOpen(open === text ? null : text)}
                    >
                      What if?
                    </button>
                  </div>
                  {open === text ? (
                    <WhatIfPanel
                      bank={bank}
                      answers={answers}
                      evaluation={evaluation}
                      change={change}
                      onClose={() => {
                        setOpen(null);
                        buttons.current.get(text)?.focus();
                      }}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{NO_CHANGE}</p>
      )}
      <h3>When to revisit this decision</h3>
      {revisit.length > 0 ? (
        <ul className="revisit">
          {revisit.map((item) => (
            <li key={item.question}>
              <strong>{item.when}.</strong> The advice could then become:{' '}
              {[...new Set(item.changes.map((change) => headlineOf(bank, change.outcome, change.hires)))].join(' or ')}.
            </li>
          ))}
        </ul>
      ) : (
        <p>None of the answers that could change soon would alter this on its own.</p>
      )}
    </>
  );
}
