/**
 * What the `result` event carries, and nothing more: the outcome, its status, the hires of
 * the plan and the share link to the standalone app. Loaded only when a result is shown.
 */
import { encodeShareLink, evaluate, type Answers, type Bank } from '../engine';
import type { ResultPayload } from './protocol';

/** The standalone app beside this page (`…/embed.html` → `…/`), with the answers' share link. */
export function shareLinkTo(bank: Bank, answers: Answers, href: string = location.href): string {
  const app = new URL('./', href);
  app.search = '';
  app.hash = encodeShareLink(bank, answers);
  return app.href;
}

export function resultPayload(bank: Bank, answers: Answers, href?: string): ResultPayload {
  const { outcome, status, plan } = evaluate(bank, answers);
  return {
    outcome,
    status,
    hires: (plan?.hires ?? []).map(({ role, title, count, when, partTime }) => ({
      role,
      title,
      count,
      when,
      partTime,
    })),
    shareLink: shareLinkTo(bank, answers, href),
  };
}
