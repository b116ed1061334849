/**
 * The assessment's page without a site around it: the notices, the current screen (the
 * landing page, a question, the review, the result, the comparison, opening a file), a shared
 * link's result, and what goes above and below. The app (app.tsx) puts the site's header and
 * footer around it; the embed (src/embed) puts its own, smaller, ones.
 */
import { Suspense, lazy, useEffect, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { AssessmentErrorBoundary } from './components/error-boundary';
import type { Bank } from './engine';
import { LandingScreen } from './features/landing/landing-screen';
import { SharedLinkNotice } from './features/share/shared-link-notice';
import { DroppedAnswers, OpenedNotice } from './features/shell/notices';
import { QuestionScreen } from './features/wizard/question-screen';
import { useLocale, useMessages } from './i18n/language-context';
import { loadResult } from './i18n/packs';
import { ResultWords } from './i18n/result-words';
import { AssessmentProvider, useAssessment } from './store/assessment-context';
import type { AssessmentStore } from './store/assessment-store';
import { selectAnsweredCount, selectStep } from './store/selectors';

// The result (charts, what-if, exports) and the comparison load only when needed: the first screen stays small.
const ResultScreen = lazy(() => import('./features/result/result-screen'));
const CompareStep = lazy(() => import('./features/compare/compare-step'));
const OpenStep = lazy(() => import('./features/open/open-step'));
// The review comes after the last question: it loads while the questions are answered.
const loadReview = () => import('./features/review/review-screen');
const ReviewScreen = lazy(() => loadReview().then((module) => ({ default: module.ReviewScreen })));

export interface PageSlots {
  /** Above the main content: the site's header, or nothing in a frame. */
  header?: ReactNode;
  /** The storage notices, or a note short enough for a frame. */
  notices: ReactNode;
  /** Below the main content: the site's footer, or the embed's end. */
  footer: ReactNode;
  /** In a frame, the main landmark's name: the host page has a main of its own. */
  label?: string;
}

export function AssessmentPage({
  bank,
  store,
  slots,
}: {
  bank: Bank;
  store: StoreApi<AssessmentStore> | undefined;
  slots: PageSlots;
}) {
  const m = useMessages().shell;
  return (
    <AssessmentProvider bank={bank} store={store}>
      {slots.header}
      <main className="main" aria-label={slots.label}>
        {/* An unexpected error in a screen shows a way out that keeps the answers. */}
        <AssessmentErrorBoundary>
          {slots.notices}
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
      {slots.footer}
    </AssessmentProvider>
  );
}

function CurrentScreen() {
  const step = useAssessment(selectStep);
  const m = useMessages().shell.loading;
  const locale = useLocale();
  // Once a question is answered, the review and the result's words load for what comes next:
  // not before, so a visit that only looks at the first question downloads no more than it.
  const answered = useAssessment(selectAnsweredCount);
  const answering = typeof step === 'object' && answered > 0;
  useEffect(() => {
    if (answering) void Promise.all([loadReview(), loadResult(locale)]);
  }, [answering, locale]);
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
  if (step === 'review')
    return (
      <Suspense fallback={null}>
        <ResultWords>
          <ReviewScreen />
        </ResultWords>
      </Suspense>
    );
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
