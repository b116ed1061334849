import { Component, Suspense, lazy, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Bank } from '../engine';
import { useAssessmentStore, useBank } from '../store/assessment-context';
import type { AssessmentStore } from '../store/assessment-store';
import { useMessages } from '../i18n/language-context';
import { ResultWords } from '../i18n/result-words';

// Loads only after an error, with its words: nearly every visit never needs it.
const RecoveryScreen = lazy(() => import('./recovery-screen'));

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
      <LoadGuard>
        <Suspense fallback={null}>
          <ResultWords>
            <RecoveryScreen
              bank={this.props.bank}
              store={this.props.store}
              error={this.state.error}
              stepKey={`failure-${this.state.failures}`}
              onTryAgain={this.tryAgain}
              onStartOver={this.startOver}
            />
          </ResultWords>
        </Suspense>
      </LoadGuard>
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

/** Where the recovery screen itself cannot load (the network is gone): a line that says what to do. */
class LoadGuard extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashNote /> : this.props.children;
  }
}

function CrashNote() {
  const m = useMessages().shell.crash;
  return (
    <section className="recovery" role="alert">
      <h1>{m.title}</h1>
      <p>{m.reload}</p>
    </section>
  );
}
