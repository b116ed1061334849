/**
 * Share links arrive in the address's fragment (#v1....). On start and on every hashchange
 * the fragment is decoded against the bank. A good link is shown read-only and stays in the
 * address, so a reload or a bookmark shows it again; the recipient's own progress is neither
 * shown nor changed until they choose "Make these my answers". A bad link is explained and
 * removed from the address. The result is always recomputed from the decoded answers.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { Answers, Bank, ShareLinkError } from '../../engine';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectHasProgress } from '../../store/selectors';

export interface PendingLink {
  answers: Answers;
  notice: string | undefined;
}

/** What a fragment brings: a shared result to look at, or a problem to explain. */
type Arrival = ({ kind: 'view' } & PendingLink) | { kind: 'problem'; error: ShareLinkError } | null;

/** Decodes a fragment. The decoder loads only when a link arrives: most visits carry none. */
async function arrive(bank: Bank, fragment: string): Promise<Arrival> {
  const { decodeShareLink } = await import('../../engine/share-link');
  const decoded = decodeShareLink(bank, fragment);
  if (!decoded.ok) return { kind: 'problem', error: decoded.error };
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
  problem: ShareLinkError | null;
  /** True when this browser holds answers of its own, which "Make these my answers" would replace. */
  hasProgress: boolean;
  /** Makes the shared answers this browser's own. */
  adopt: () => void;
  /** Leaves the shared result for this browser's own answers. */
  close: () => void;
  dismissProblem: () => void;
}

export function useSharedLink(): SharedLink {
  const bank = useBank();
  const { openSharedLink } = useActions();
  const hasProgress = useAssessment(selectHasProgress);
  const [arrival, setArrival] = useState<Arrival>(null);

  const settle = useEffectEvent((next: Arrival) => {
    setArrival(next);
    if (next?.kind === 'problem') clearFragment();
  });

  useEffect(() => {
    const take = () => {
      const fragment = location.hash;
      // Back to an address without a link leaves the shared result.
      if (fragment === '' || fragment === '#') settle(null);
      else void arrive(bank, fragment).then(settle);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => {
      window.removeEventListener('hashchange', take);
    };
  }, [bank]);

  return {
    shared: arrival?.kind === 'view' ? arrival : null,
    problem: arrival?.kind === 'problem' ? arrival.error : null,
    hasProgress,
    adopt: () => {
      if (arrival?.kind !== 'view') return;
      clearFragment();
      setArrival(null);
      openSharedLink(arrival.answers, arrival.notice);
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
