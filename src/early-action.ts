/**
 * Until the app has loaded, the landing page in index.html is plain HTML. A click on one of
 * its buttons marked data-early-action is noted on the root element by public/landing.js;
 * the app carries it out once it starts. Only these actions are honoured.
 */
export type EarlyAction = 'start' | 'compare';

const actions: readonly string[] = ['start', 'compare'] satisfies EarlyAction[];

/** The action clicked before the app started, if any; clears it and tells public/landing.js to stop noting. */
export function takeEarlyAction(container: HTMLElement): EarlyAction | null {
  const noted = container.dataset.earlyAction;
  delete container.dataset.earlyAction;
  container.dataset.started = '';
  return noted !== undefined && actions.includes(noted) ? (noted as EarlyAction) : null;
}
