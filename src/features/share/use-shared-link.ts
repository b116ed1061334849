/**
 * Share links arrive in the address's fragment (#v1....). On start and on every hashchange
 * the fragment is read once, decoded against the bank and removed from the address, so a
 * reload does not open it again. The result is always recomputed from the decoded answers.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { Answers, Bank, ShareLinkError } from '../../engine';
import { useActions, useAssessment, useBank } from '../../store/assessment-context';
import { selectHasProgress } from '../../store/selectors';

export interface PendingLink {
  answers: Answers;
  notice: string | undefined;
}

/** What a fragment asks for: open at once, ask first (answers in progress), or explain a problem. */
type Arrival = ({ kind: 'open' | 'confirm' } & PendingLink) | { kind: 'problem'; error: ShareLinkError } | null;

/** Decodes a fragment. The decoder loads only when a link arrives: most visits carry none. */
async function arrive(bank: Bank, fragment: string, hasProgress: () => boolean): Promise<Arrival> {
  if (fragment === '' || fragment === '#') return null;
  const { decodeShareLink } = await import('../../engine/share-link');
  const decoded = decodeShareLink(bank, fragment);
  if (!decoded.ok) return { kind: 'problem', error: decoded.error };
  return { kind: hasProgress() ? 'confirm' : 'open', answers: decoded.answers, notice: decoded.notice };
}

/** Takes the fragment out of the address without adding a history entry. */
function clearFragment(): void {
  if (location.hash !== '') history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

export interface SharedLink {
  /** A link's answers, waiting for the user to agree to replace the answers they have. */
  pending: PendingLink | null;
  /** Why the last link could not be opened. */
  problem: ShareLinkError | null;
  /** Opens the pending link's answers in place of the user's. */
  replace: () => void;
  /** Drops the pending link: the user's answers stay as they are. */
  keep: () => void;
  dismissProblem: () => void;
}

export function useSharedLink(): SharedLink {
  const bank = useBank();
  const { openSharedLink } = useActions();
  const hasProgress = useAssessment(selectHasProgress);
  const [arrival, setArrival] = useState<Arrival>(null);

  const hasProgressNow = useEffectEvent(() => hasProgress);
  const settle = useEffectEvent((next: Arrival) => {
    if (next === null) return;
    setArrival(next);
    if (next.kind === 'open') openSharedLink(next.answers, next.notice);
  });

  useEffect(() => {
    const take = () => {
      const fragment = location.hash;
      clearFragment();
      void arrive(bank, fragment, hasProgressNow).then(settle);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => {
      window.removeEventListener('hashchange', take);
    };
  }, [bank]);

  return {
    pending: arrival?.kind === 'confirm' ? arrival : null,
    problem: arrival?.kind === 'problem' ? arrival.error : null,
    replace: () => {
      if (arrival?.kind !== 'confirm') return;
      setArrival(null);
      openSharedLink(arrival.answers, arrival.notice);
    },
    keep: () => {
      setArrival(null);
    },
    dismissProblem: () => {
      setArrival(null);
    },
  };
}
