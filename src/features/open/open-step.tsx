import { useId, useRef, useState } from 'react';
import { MessageSlot } from '../../components/message-slot';
import { ProblemDetails } from '../../components/problem-details';
import { readResultFile } from '../../components/read-result-file';
import { ScreenHeading } from '../../components/screen-heading';
import { useActions, useBank } from '../../store/assessment-context';
import { useResultMessages } from '../../i18n/language-context';

interface Problem {
  message: string;
  details: string[];
}

/**
 * "Open a saved result": choose a .json file saved by Role Fit, yours or a colleague's. It opens
 * read-only, like a share link; making its answers one's own is a choice made there.
 */
export default function OpenStep() {
  const bank = useBank();
  const m = useResultMessages().links.open;
  const { viewAnswers, goBack } = useActions();
  const inputId = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  // Counts the files chosen, so a slow read of an earlier one cannot open over a later one.
  const reads = useRef(0);

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    const read = ++reads.current;
    // Cleared so choosing the same file again fires another change.
    input.value = '';
    setProblem(null);
    if (!file) return;
    const result = await readResultFile(bank, file);
    if (read !== reads.current) return;
    if (result.ok) viewAnswers({ from: 'file', answers: result.answers, name: result.person, notice: result.notice });
    else setProblem(result);
  };

  return (
    <section className="open-file" aria-labelledby="open-title">
      <ScreenHeading id="open-title" stepKey="open" documentTitle={m.title}>
        {m.title}
      </ScreenHeading>
      <p className="lead">{m.lead}</p>
      <div className="import-file">
        <label htmlFor={inputId}>{m.label}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void read(event.currentTarget)}
        />
      </div>
      <MessageSlot role="alert" tone="error">
        {problem ? (
          <>
            <p>{problem.message}</p>
            <ProblemDetails details={problem.details} />
          </>
        ) : null}
      </MessageSlot>
      <div className="actions">
        <button type="button" className="button" onClick={goBack}>
          {m.back}
        </button>
      </div>
    </section>
  );
}
