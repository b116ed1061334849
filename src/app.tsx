import { Suspense, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { AssessmentPage } from './assessment-page';
import { formatBankIssues, type ParsedBank } from './engine';
import { ClearData } from './features/shell/clear-data';
import { LanguageSwitcher } from './features/shell/language-switcher';
import { StorageNotices } from './features/shell/notices';
import { SiteActions } from './features/shell/site-actions';
import { useMessages, useResultMessages } from './i18n/language-context';
import { ResultWords } from './i18n/result-words';
import type { AssessmentStore } from './store/assessment-store';

export interface AppProps {
  bank: ParsedBank;
  /** A store made elsewhere (tests); by default one is created for the bank. */
  store?: StoreApi<AssessmentStore>;
}

/** The site: its header and footer around the assessment's page (assessment-page.tsx). */
export function App({ bank, store }: AppProps) {
  const m = useMessages().shell;
  return (
    <div className="app">
      {bank.ok ? (
        <AssessmentPage
          bank={bank.bank}
          store={store}
          slots={{
            header: (
              <SiteHeader>
                <SiteActions />
              </SiteHeader>
            ),
            notices: <StorageNotices />,
            footer: (
              <footer className="site-footer no-print">
                <p>{m.footer.privacy}</p>
                <ClearData />
              </footer>
            ),
          }}
        />
      ) : (
        <BrokenBank issues={formatBankIssues(bank.issues)} />
      )}
    </div>
  );
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
  return (
    <>
      <SiteHeader />
      <main className="main">
        {/* Never for the bundled bank, which every build checks: its words load when needed. */}
        <Suspense fallback={null}>
          <ResultWords>
            <BrokenBankText issues={issues} />
          </ResultWords>
        </Suspense>
      </main>
    </>
  );
}

function BrokenBankText({ issues }: { issues: string }) {
  const m = useResultMessages().recovery.brokenBank;
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <details>
        <summary>{m.details}</summary>
        <pre>{issues}</pre>
      </details>
    </>
  );
}
