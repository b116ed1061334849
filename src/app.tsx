import { Suspense, lazy, type ReactNode } from 'react';
import { ResultWords } from './i18n/result-words';
import { AssessmentErrorBoundary } from './components/error-boundary';
import { formatBankIssues, type Bank, type ParsedBank } from './engine';
import { LandingScreen } from './features/landing/landing-screen';
import { ReviewScreen } from './features/review/review-screen';
import { SharedLinkNotice } from './features/share/shared-link-notice';
import { ClearData } from './features/shell/clear-data';
import { LanguageSwitcher } from './features/shell/language-switcher';
import { useMessages } from './i18n/language-context';
import { SiteActions } from './features/shell/site-actions';
import { DroppedAnswers, OpenedNotice, StorageNotices } from './features/shell/notices';
import { QuestionScreen } from './features/wizard/question-screen';
import { AssessmentProvider, useAssessment } from './store/assessment-context';
import type { AssessmentStore } from './store/assessment-store';
import { selectStep } from './store/selectors';
import type { StoreApi } from 'zustand/vanilla';

// The result (charts, what-if, exports) and the comparison load only when needed: the first screen stays small.
const ResultScreen = lazy(() => import('./features/result/result-screen'));
const CompareStep = lazy(() => import('./features/compare/compare-step'));
const OpenStep = lazy(() => import('./features/open/open-step'));

export interface AppProps {
  bank: ParsedBank;
  /** A store made elsewhere (tests); by default one is created for the bank. */
  store?: StoreApi<AssessmentStore>;
  /** Inside another site's page (src/embed): no site header or footer, and these in their place. */
  embed?: EmbedSlots;
}

export interface EmbedSlots {
  /** Instead of the storage notices: a note short enough for a frame. */
  notices: ReactNode;
  /** Instead of the footer. */
  end: ReactNode;
}

export function App({ bank, store, embed }: AppProps) {
  return (
    <div className="app">
      {bank.ok ? (
        <Assessment bank={bank.bank} store={store} embed={embed} />
      ) : (
        <BrokenBank issues={formatBankIssues(bank.issues)} />
      )}
    </div>
  );
}

function Assessment({
  bank,
  store,
  embed,
}: {
  bank: Bank;
  store: StoreApi<AssessmentStore> | undefined;
  embed: EmbedSlots | undefined;
}) {
  const m = useMessages().shell;
  return (
    <AssessmentProvider bank={bank} store={store}>
      {embed ? null : (
        <SiteHeader>
          <SiteActions />
        </SiteHeader>
      )}
      {/* In a frame, a named landmark: the host page has a main of its own. */}
      <main className="main" aria-label={embed ? m.appName : undefined}>
        {/* An unexpected error in a screen shows a way out that keeps the answers. */}
        <AssessmentErrorBoundary>
          {embed ? embed.notices : <StorageNotices />}
          <SharedLinkNotice
            renderShared={(viewed) => (
              <Suspense fallback={<p className="loading">{m.loading.shared}</p>}>
                <ResultWords>
                  <ResultScreen viewed={viewed} />
                </ResultWords>
              </Suspense>
            )}
          >
            <OpenedNotice />
            <CurrentScreen />
          </SharedLinkNotice>
          <DroppedAnswers />
        </AssessmentErrorBoundary>
      </main>
      {embed ? (
        embed.end
      ) : (
        <footer className="site-footer no-print">
          <p>{m.footer.privacy}</p>
          <ClearData />
        </footer>
      )}
    </AssessmentProvider>
  );
}

function CurrentScreen() {
  const step = useAssessment(selectStep);
  const m = useMessages().shell.loading;
  if (step === 'compare')
    return (
      <Suspense fallback={<p className="loading">{m.compare}</p>}>
        <ResultWords>
          <CompareStep />
        </ResultWords>
      </Suspense>
    );
  if (step === 'open')
    return (
      <Suspense fallback={<p className="loading">{m.open}</p>}>
        <ResultWords>
          <OpenStep />
        </ResultWords>
      </Suspense>
    );
  if (step === 'landing') return <LandingScreen />;
  if (step === 'review') return <ReviewScreen />;
  if (step === 'result' || step === 'view')
    return (
      <Suspense fallback={<p className="loading">{m.result}</p>}>
        <ResultWords>
          <ResultScreen key={step} />
        </ResultWords>
      </Suspense>
    );
  return <QuestionScreen key={step.question} questionId={step.question} />;
}

function SiteHeader({ children }: { children?: ReactNode }) {
  const m = useMessages().shell;
  return (
    <header className="site-header no-print">
      <span className="site-name">{m.appName}</span>
      {children}
      <LanguageSwitcher />
    </header>
  );
}

function BrokenBank({ issues }: { issues: string }) {
  const m = useMessages().shell.brokenBank;
  return (
    <>
      <SiteHeader />
      <main className="main">
        <h1>{m.title}</h1>
        <p>{m.body}</p>
        <details>
          <summary>{m.details}</summary>
          <pre>{issues}</pre>
        </details>
      </main>
    </>
  );
}
