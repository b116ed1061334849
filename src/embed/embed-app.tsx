import { Suspense, lazy, useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { AssessmentPage } from '../assessment-page';
import { ResultWords } from '../i18n/result-words';
import { MessageSlot } from '../components/message-slot';
import type { Bank } from '../engine';
import { LanguageSwitcher } from '../features/shell/language-switcher';
import { StorageNotices } from '../features/shell/notices';
import { useMessages } from '../i18n/language-context';
import { useAssessment } from '../store/assessment-context';
import type { AssessmentStore } from '../store/assessment-store';
import { selectAnswers, selectRestoreProblem, selectSaving, selectStep } from '../store/selectors';

const FullResultLink = lazy(() => import('./full-result-link'));

export interface EmbedAppProps {
  bank: Bank;
  store: StoreApi<AssessmentStore> | undefined;
  /** Called once the first screen is on the page. */
  onReady?: (() => void) | undefined;
}

/**
 * The app inside a host's page: the same screens, result, exports and share link, without
 * the site's header and footer, with a short storage note and "Open the full result" under
 * the result.
 */
export function EmbedApp({ bank, store, onReady }: EmbedAppProps) {
  useEffect(() => onReady?.(), [onReady]);
  const appName = useMessages().shell.appName;
  return (
    <div className="app">
      <AssessmentPage
        bank={bank}
        store={store}
        slots={{ notices: <StorageNote />, footer: <EmbedEnd />, label: appName }}
      />
    </div>
  );
}

/** The frame's last line: the full result's link under the result, and the languages. */
function EmbedEnd() {
  return (
    <>
      <FullResult />
      <LanguageSwitcher />
    </>
  );
}

/** Under the person's own result: the standalone app in a new tab, on the result's share link. */
function FullResult() {
  const step = useAssessment(selectStep);
  const answers = useAssessment(selectAnswers);
  if (step !== 'result') return null;
  return (
    <Suspense fallback={null}>
      <ResultWords>
        <FullResultLink answers={answers} />
      </ResultWords>
    </Suspense>
  );
}

/**
 * Blocked or partitioned storage is common in a frame: a short note says progress lives in
 * the page only. Rarer problems (unreadable or newer saved progress) get the app's notices.
 */
function StorageNote() {
  const saving = useAssessment(selectSaving);
  const problem = useAssessment(selectRestoreProblem);
  const m = useMessages().shell.embed;
  if (problem || saving === 'newer' || saving === 'unreadable') return <StorageNotices />;
  return (
    <MessageSlot role="status" collapse>
      {saving === 'unavailable' ? <p className="notice embed-note">{m.storageNote}</p> : null}
    </MessageSlot>
  );
}
