import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { ConfirmChoice } from '../../components/confirm-choice';
import { readText } from '../../components/download';
import { MessageSlot } from '../../components/message-slot';
import type { Answers, Bank } from '../../engine';
import { ProblemDetails } from '../../components/problem-details';

/** Larger files are refused before reading: a real result file is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

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
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem({
        message:
          'This file is larger than 1 MB, so it cannot be a Role Fit result; choose the .json file Role Fit saved.',
        details: [`${file.name}: ${file.size} bytes`],
      });
      return;
    }
    // Parsing brings Zod: it loads when a file is chosen (while the file is read), not with the first screen.
    const parser = import('../../engine/result-file');
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setProblem({ message: 'The browser could not read this file; try choosing it again.', details: [] });
      return;
    }
    const { parseResultFile } = await parser;
    const parsed = parseResultFile(bank, text);
    if (!parsed.ok) {
      setProblem(parsed.error);
      return;
    }
    const next = { answers: parsed.answers, notice: parsed.notice, fileName: file.name };
    if (hasProgress) setPending(next);
    else accept(next);
  };

  // The landing page is plain HTML until the app runs (public/landing.js): a file chosen before
  // then fired its change with nobody listening, so it is read now.
  const inputRef = useRef<HTMLInputElement>(null);
  const readChosenEarly = useEffectEvent((input: HTMLInputElement) => void read(input));
  useEffect(() => {
    const input = inputRef.current;
    if (input?.files?.length) readChosenEarly(input);
  }, []);

  return (
    <div className="import-file no-print">
      <label htmlFor={inputId}>Open a saved result</label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void read(event.currentTarget)}
      />
      <p className="field-hint">Choose a .json file saved with “Download .json”. It stays in this browser.</p>
      {pending ? (
        <ConfirmChoice
          question={`Replace your current answers with the ones in ${pending.fileName}?`}
          confirmLabel="Replace"
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
