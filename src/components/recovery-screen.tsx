/**
 * The way out after an unexpected error (error-boundary.tsx): the answers are kept, and can be
 * downloaded or cleared. It loads when needed, with its words, so the first download stays small.
 */
import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Answers, Bank } from '../engine';
import type { AssessmentStore } from '../store/assessment-store';
import { fill, plural } from '../i18n/format';
import { useLocale, useResultMessages } from '../i18n/language-context';
import { MessageSlot } from './message-slot';
import { ScreenHeading } from './screen-heading';
import { downloadText } from './download';

export interface RecoveryScreenProps {
  bank: Bank;
  store: StoreApi<AssessmentStore>;
  error: string;
  stepKey: string;
  onTryAgain: () => void;
  onStartOver: () => void;
}

export default function RecoveryScreen({ bank, store, error, stepKey, onTryAgain, onStartOver }: RecoveryScreenProps) {
  const m = useResultMessages().recovery;
  const locale = useLocale();
  const [message, setMessage] = useState('');
  const { answers, saving } = store.getState();
  const count = Object.keys(answers).length;
  const kept =
    saving === 'on' ? (count === 1 ? m.stillSavedOne : m.stillSaved) : count === 1 ? m.pageOnlyOne : m.pageOnly;

  const download = async () => {
    const day = new Date().toISOString().slice(0, 10);
    const file = await answersFile(bank, store.getState().answers);
    const name = `role-fit-answers-${day}.json`;
    downloadText(name, 'application/json', file.text);
    setMessage(fill(locale, file.complete ? m.downloaded : m.downloadedPlain, { file: name }));
  };

  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <ScreenHeading id="recovery-title" documentTitle={m.title} stepKey={stepKey}>
        {m.title}
      </ScreenHeading>
      <p>
        {m.problem} {count === 0 ? m.noAnswers : `${plural(locale, m.safe, count)} ${kept}`}
      </p>
      <div className="actions no-print">
        <button type="button" className="button primary" onClick={onTryAgain}>
          {m.tryAgain}
        </button>
        {count > 0 ? (
          <button type="button" className="button" onClick={() => void download()}>
            {m.download}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onStartOver}>
          {m.startOver}
        </button>
      </div>
      <p className="field-hint">{m.startOverHint}</p>
      <MessageSlot role="status">{message}</MessageSlot>
      <details>
        <summary>{m.details}</summary>
        <pre>{error}</pre>
      </details>
    </section>
  );
}

/**
 * The answers as a result file that "Open a saved result" reads; a plain { answers } object
 * when that cannot be built (the engine's exporter failed to load or threw).
 */
async function answersFile(bank: Bank, answers: Answers): Promise<{ text: string; complete: boolean }> {
  try {
    // Brings Zod: loaded on demand, never with the first screen.
    const { resultFileText } = await import('../engine/exchange/result-file');
    return { text: resultFileText(bank, answers, new Date()), complete: true };
  } catch {
    return { text: `${JSON.stringify({ answers }, null, 2)}\n`, complete: false };
  }
}
