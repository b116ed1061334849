import { useId, useRef, useState } from 'react';
import { MessageSlot } from '../../components/message-slot';
import { ProblemDetails } from '../../components/problem-details';
import { readResultFile } from '../../components/read-result-file';
import { ScreenHeading } from '../../components/screen-heading';
import { useActions, useBank } from '../../store/assessment-context';

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
      <ScreenHeading id="open-title" stepKey="open" documentTitle="Open a saved result">
        Open a saved result
      </ScreenHeading>
      <p className="lead">
        Choose a .json file saved with “Save result file (.json)”: yours or a colleague’s. It opens read-only; your own
        answers stay as they are until you choose to replace them. The file stays in this browser.
      </p>
      <div className="import-file">
        <label htmlFor={inputId}>Saved result file</label>
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
          Back
        </button>
      </div>
    </section>
  );
}
