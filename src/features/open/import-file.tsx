import { useId, useState } from 'react';
import { ConfirmChoice } from '../../components/confirm-choice';
import { MessageSlot } from '../../components/message-slot';
import { ProblemDetails } from '../../components/problem-details';
import { readResultFile } from '../../components/read-result-file';
import type { Answers, Bank } from '../../engine';

export interface ImportFileProps {
  bank: Bank;
  /** True when there are answers a successful import would replace: the user confirms first. */
  hasProgress: boolean;
  /** Called with checked answers, and a notice when the questions changed since saving. */
  onImport: (answers: Answers, notice: string | undefined) => void;
}

interface Problem {
  message: string;
  details: string[];
}

interface Pending {
  answers: Answers;
  notice: string | undefined;
  fileName: string;
}

/** "Open a saved result": reads a .json file saved by Role Fit and hands its answers on. */
export function ImportFile({ bank, hasProgress, onImport }: ImportFileProps) {
  const inputId = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');

  const accept = (next: Pending) => {
    setPending(null);
    setStatus(`Opened ${next.fileName}.`);
    onImport(next.answers, next.notice);
  };

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again fires another change.
    input.value = '';
    setProblem(null);
    setPending(null);
    setStatus('');
    if (!file) return;
    const result = await readResultFile(bank, file);
    if (!result.ok) {
      setProblem(result);
      return;
    }
    const next = { answers: result.answers, notice: result.notice, fileName: result.name };
    if (hasProgress) setPending(next);
    else accept(next);
  };

  return (
    <div className="import-file no-print">
      <label htmlFor={inputId}>Open a saved result</label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void read(event.currentTarget)}
      />
      <p className="field-hint">Choose a .json file saved with “Save result file (.json)”. It stays in this browser.</p>
      {pending ? (
        <ConfirmChoice
          question={`Replace your current answers with the ones in ${pending.fileName}?`}
          confirmLabel="Replace my answers"
          onConfirm={() => accept(pending)}
          onCancel={() => {
            setPending(null);
            setStatus('Nothing was changed: your current answers are kept.');
          }}
        />
      ) : null}
      <MessageSlot role="alert" tone="error">
        {problem ? (
          <>
            <p>{problem.message}</p>
            <ProblemDetails details={problem.details} />
          </>
        ) : null}
      </MessageSlot>
      <MessageSlot role="status">{status}</MessageSlot>
    </div>
  );
}
