/**
 * Timing inside the page. A screen counts as shown in the first frame whose DOM holds it,
 * once that frame is painted: a requestAnimationFrame callback finds it, and a message posted
 * from there runs after the frame's paint. That message waits for any task queued before it,
 * such as a script's evaluation, so when the frame was the page's first contentful paint the
 * browser's own paint time (the first-contentful-paint entry) is used instead. Times are
 * performance.now() values, so from the navigation's start (the first page's, when it sent the
 * visit on to another); a click's time runs from the click event's timeStamp.
 */

/** An element the page must show: `selector` whose text is `text`, starts with `prefix`, or differs from `not`. */
export interface Target {
  selector: string;
  text?: string;
  prefix?: string;
  not?: string;
}

export interface Probe {
  /** Paint time of each target given at install, by name. */
  marks: Record<string, Promise<number>>;
  /** Waits for the next click, then for `target` (if any) to be painted. */
  armClick: (target: Target | null) => void;
  /** Milliseconds from the armed click to the paint, once it has happened. */
  clicked?: Promise<number>;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/** Init script: serialised into the page, so everything it uses is defined inside it. */
export function installProbe(targets: Record<string, Target>): void {
  const timeoutMs = 20_000;
  const shows = (target: Target): boolean => {
    const element = document.querySelector(target.selector);
    if (!element) return false;
    const text = element.textContent.trim();
    if (target.text !== undefined) return text === target.text;
    if (target.not !== undefined) return text !== target.not;
    return text.startsWith(target.prefix ?? '');
  };
  const afterPaint = (done: (time: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };
  /** When the frame that began at `frame` was painted: its first-contentful-paint time if it was that frame. */
  const paintTime = (frame: number, afterwards: number): number => {
    const firstContentful = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return firstContentful !== undefined && firstContentful >= frame
      ? Math.min(firstContentful, afterwards)
      : afterwards;
  };
  /** Polls once a frame, from inside requestAnimationFrame, until the target is there. */
  const painted = (target: Target | null, since: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const poll = () => {
        const frame = performance.now();
        if (target === null || shows(target)) afterPaint((afterwards) => resolve(paintTime(frame, afterwards)));
        else if (performance.now() - since > timeoutMs) reject(new Error(`not shown: ${JSON.stringify(target)}`));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });

  // A visit that a page sends on to its language's page (src/i18n/language-page-script.ts) is
  // timed from the first page's navigation: that page's time origin is kept for the next one.
  const originKey = '__benchTimeOrigin';
  const firstOrigin = Number(sessionStorage.getItem(originKey) ?? performance.timeOrigin);
  sessionStorage.setItem(originKey, String(firstOrigin));
  const sinceFirstPage = performance.timeOrigin - firstOrigin;

  const probe: Probe = {
    marks: {},
    armClick(target) {
      probe.clicked = new Promise((resolve, reject) => {
        document.addEventListener(
          'click',
          (event) => {
            const start = event.timeStamp;
            painted(target, start).then((time) => resolve(time - start), reject);
          },
          { capture: true, once: true },
        );
      });
    },
  };
  for (const [name, target] of Object.entries(targets))
    probe.marks[name] = painted(target, 0).then((time) => time + sinceFirstPage);
  window.__bench = probe;
}
