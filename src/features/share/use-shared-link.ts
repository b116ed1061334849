/**
 * Share links and comparison links arrive in the address's fragment (#v1.… or #c1.…). On start,
 * on every hashchange and on Back and Forward the fragment is decoded against the bank. A good link is shown
 * read-only and stays in the address, so a reload or a bookmark shows it again; the
 * recipient's own progress is neither shown nor changed until they choose "Make these my
 * answers". A shared result shows here; a comparison opens, through the store, on the
 * comparison screen, and leaving that screen leaves the link. A bad link is explained and
 * removed from the address. Results are always recomputed from the decoded answers.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { questionFlow, type Answers, type Bank, type Person } from '../../engine';
import type { Locale } from '../../i18n/languages';
import { loadResult } from '../../i18n/packs';
import { useActions, useAssessment, useAssessmentStore, useBank } from '../../store/assessment-context';
import type { Step } from '../../store/assessment-store';
import { selectAnswers } from '../../store/selectors';

export interface PendingLink {
  answers: Answers;
  notice: string | undefined;
}

/** Why a link could not be opened. */
export interface LinkProblem {
  /** Which kind of link it was, for the notice's title. */
  link: 'result' | 'comparison';
  message: string;
  details?: string[];
}

/** What a fragment brings: a shared result or a comparison to look at, or a problem to explain. */
type Arrival =
  | ({ kind: 'view' } & PendingLink)
  | { kind: 'comparison'; people: Person[]; notice: string | undefined }
  | { kind: 'problem'; problem: LinkProblem }
  | null;

/**
 * Decodes a fragment. The decoders load only when a link arrives, and so do the words that
 * explain a link (and the result it opens), in the bank's language: most visits carry none.
 */
async function arrive(bank: Bank, fragment: string): Promise<Arrival> {
  const [{ decodeLink }] = await Promise.all([
    import('../../engine/exchange/compare-link'),
    loadResult(bank.locale as Locale),
  ]);
  const decoded = decodeLink(bank, fragment);
  if (!decoded.ok) return { kind: 'problem', problem: { link: decoded.kind, ...decoded.error } };
  if (decoded.kind === 'comparison') return { kind: 'comparison', people: decoded.people, notice: decoded.notice };
  return { kind: 'view', answers: decoded.answers, notice: decoded.notice };
}

/** Takes the fragment out of the address without adding a history entry. */
function clearFragment(): void {
  if (location.hash !== '') history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

export interface SharedLink {
  /** A link's answers, shown read-only. */
  shared: PendingLink | null;
  /** Why the last link could not be opened. */
  problem: LinkProblem | null;
  /** True when this browser holds answers of its own, which "Make these my answers" would replace. */
  hasProgress: boolean;
  /** True when this browser's own answers give a result, to compare a shared one with. */
  hasResult: boolean;
  /** Makes the shared answers this browser's own. */
  adopt: () => void;
  /** Opens the comparison of the shared answers with this browser's own, which stay as they are. */
  compareWithMine: () => void;
  /** Leaves the shared result for this browser's own answers. */
  close: () => void;
  dismissProblem: () => void;
}

export function useSharedLink(): SharedLink {
  const bank = useBank();
  const store = useAssessmentStore();
  const actions = useActions();
  const own = useAssessment(selectAnswers);
  const [arrival, setArrival] = useState<Arrival>(null);
  const hasProgress = Object.keys(own).length > 0;

  const settle = useEffectEvent((next: Arrival) => {
    setArrival(next);
    if (next?.kind === 'problem') clearFragment();
    if (next?.kind === 'comparison') actions.openSharedComparison(next.people, next.notice);
  });
  // Leaving the comparison screen (its banner's button, the browser's Back) leaves the link, and
  // so does any move of this browser's own (the header's Start over, Open a saved result, Compare).
  const leave = useEffectEvent((step: Step, moved: boolean) => {
    if (arrival?.kind === 'comparison' ? step === 'compare' || step === 'view' : !(arrival?.kind === 'view' && moved))
      return;
    clearFragment();
    setArrival(null);
  });

  useEffect(() => {
    const take = () => {
      const fragment = location.hash;
      // Back to an address without a link leaves the shared result.
      if (fragment === '' || fragment === '#') settle(null);
      else void arrive(bank, fragment).then(settle);
    };
    take();
    // Back and Forward between entries that differ in more than the fragment fire no hashchange.
    window.addEventListener('hashchange', take);
    window.addEventListener('popstate', take);
    // Runs after history-sync's own listener has written the new step's address, so it clears that one.
    const unsubscribe = store.subscribe((state, previous) => {
      leave(state.step, state.step !== previous.step);
    });
    return () => {
      window.removeEventListener('hashchange', take);
      window.removeEventListener('popstate', take);
      unsubscribe();
    };
  }, [bank, store]);

  return {
    shared: arrival?.kind === 'view' ? arrival : null,
    problem: arrival?.kind === 'problem' ? arrival.problem : null,
    hasProgress,
    hasResult: hasProgress && questionFlow(bank, own).complete,
    adopt: () => {
      if (arrival?.kind !== 'view') return;
      clearFragment();
      setArrival(null);
      actions.openSharedLink(arrival.answers, arrival.notice);
    },
    compareWithMine: () => {
      if (arrival?.kind !== 'view') return;
      setArrival(null);
      // The store moves to the comparison, and history-sync adds its address with the link
      // still in it; taking the link out of that new entry leaves it in the one before, so
      // the browser's Back returns to the shared result.
      // The comparison names the person in the visitor's words (compare.screen.shared).
      actions.compareWithMine([{ name: '', answers: arrival.answers, source: 'shared' }]);
      clearFragment();
    },
    close: () => {
      clearFragment();
      setArrival(null);
    },
    dismissProblem: () => {
      setArrival(null);
    },
  };
}
