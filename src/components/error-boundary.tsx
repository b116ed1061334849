import { Component, useState, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Answers, Bank } from '../engine';
import { useAssessmentStore, useBank } from '../store/assessment-context';
import type { AssessmentStore } from '../store/assessment-store';
import { fill, plural } from '../i18n/format';
import { useLocale, useMessages } from '../i18n/language-context';
import { MessageSlot } from './message-slot';
import { ScreenHeading } from './screen-heading';
import { downloadText } from './download';

interface ErrorBoundaryProps {
  bank: Bank;
  store: StoreApi<AssessmentStore>;
  children?: ReactNode;
}

interface ErrorBoundaryState {
  /** The message of the error that stopped the screen, or null while all is well. */
  error: string | null;
  /** Counts recoveries, so each recovery screen is a new step for focus. */
  failures: number;
}

/**
 * Catches an unexpected error in the screens below it and shows a way out that keeps the
 * answers: they stay in the store (and in localStorage when saving works) and can be
 * downloaded. React 19 still needs a class for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failures: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(): void {
    this.setState((state) => ({ failures: state.failures + 1 }));
  }

  private readonly tryAgain = (): void => {
    this.setState({ error: null });
  };

  private readonly startOver = (): void => {
    this.props.store.getState().restart();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <RecoveryScreen
        bank={this.props.bank}
        store={this.props.store}
        error={this.state.error}
        stepKey={`failure-${this.state.failures}`}
        onTryAgain={this.tryAgain}
        onStartOver={this.startOver}
      />
    );
  }
}

/** The ErrorBoundary for the assessment in an AssessmentProvider. */
export function AssessmentErrorBoundary({ children }: { children?: ReactNode }) {
  return (
    <ErrorBoundary bank={useBank()} store={useAssessmentStore()}>
      {children}
    </ErrorBoundary>
  );
}

interface RecoveryScreenProps {
  bank: Bank;
  store: StoreApi<AssessmentStore>;
  error: string;
  stepKey: string;
  onTryAgain: () => void;
  onStartOver: () => void;
}

function RecoveryScreen({ bank, store, error, stepKey, onTryAgain, onStartOver }: RecoveryScreenProps) {
  const m = useMessages().shell.recovery;
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
    const { resultFileText } = await import('../engine/result-file');
    return { text: resultFileText(bank, answers, new Date()), complete: true };
  } catch {
    return { text: `${JSON.stringify({ answers }, null, 2)}\n`, complete: false };
  }
}
