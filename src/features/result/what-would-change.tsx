import { useMemo, useRef, useState } from 'react';
import { describeChange, headlineOf, revisitPoints, type Answers, type Bank, type Evaluation } from '../../engine';
import { fill, formatList } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';
import { fillNodes } from './fill-nodes';
import { noChangeText } from '../../engine/words/describe';
import { WhatIfPanel } from './what-if-panel';

export interface WhatWouldChangeProps {
  bank: Bank;
  answers: Answers;
  evaluation: Evaluation;
}

/** The answer changes that would give another recommendation, each with a preview beside it, and when to revisit. */
export function WhatWouldChange({ bank, answers, evaluation }: WhatWouldChangeProps) {
  const locale = useLocale();
  const m = useResultMessages().result.changes;
  const changes = evaluation.changes;
  const revisit = useMemo(() => revisitPoints(bank, evaluation, answers), [bank, evaluation, answers]);
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  return (
    <>
      {changes.length > 0 ? (
        <>
          <p>
            {m.intro} <span className="no-print">{m.tryOne}</span>
          </p>
          <ul className="changes">
            {changes.map((change) => {
              const text = describeChange(bank, answers, change);
              return (
                <li key={text} className="change-item">
                  <div className="change-row">
                    <span>
                      {fillNodes(locale, m.line, {
                        change: text,
                        headline: <strong>{headlineOf(bank, change.outcome, change.hires)}</strong>,
                      })}
                    </span>
                    <button
                      ref={(button) => {
                        if (button) buttons.current.set(text, button);
                        else buttons.current.delete(text);
                      }}
                      type="button"
                      className="button small no-print"
                      aria-label={fill(locale, m.whatIfLabel, { change: text })}
                      aria-expanded={open === text}
                      onClick={() => setOpen(open === text ? null : text)}
                    >
                      {m.whatIf}
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
        <p>{noChangeText(bank.locale, evaluation.status)}</p>
      )}
      <h3>{m.revisitTitle}</h3>
      {revisit.length > 0 ? (
        <ul className="revisit">
          {revisit.map((item) => (
            <li key={item.question}>
              {fillNodes(locale, m.revisit, {
                when: <strong>{item.when}</strong>,
                headlines: formatList(
                  locale,
                  [...new Set(item.changes.map((change) => headlineOf(bank, change.outcome, change.hires)))],
                  'or',
                ),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.noRevisit}</p>
      )}
    </>
  );
}
