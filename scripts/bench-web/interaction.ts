/**
 * Interaction timings in Chromium with 4x CPU throttling, for the baseline and for Role Fit.
 *
 * First question: the baseline shows its first question on load, Role Fit shows a landing
 * page with a Start button first. Role Fit's figure is navigation → Start painted, plus
 * Start click → first question painted: the user's think time is left out, the work of both
 * screens is counted. The landing page is plain HTML until the app's script has run, and a
 * click before then does nothing: Start is clicked once the app is running (the first frame
 * after it has focused the landing heading), which is reported too.
 *
 * Step: on a single-choice question, click an option, then Next. A step is option click →
 * its frame painted, plus Next click → the next question painted; the harness's own time
 * between the two clicks is left out.
 */
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { installProbe, type Target } from './probe';

export type AppName = 'baseline' | 'ours';

export interface AppUnderTest {
  name: AppName;
  origin: string;
  /** The first question's title as the page shows it. */
  firstTitle: string;
  /** The browser's language (Playwright's context locale), which picks Role Fit's language; the browser's default when absent. */
  browserLocale?: string;
  /** Ours: the landing page's Start button as the page shows it, in the page's language. */
  startLabel?: string;
  /** The address a visit opens: `/` when absent. */
  entry?: string;
  /** Ours: where the visit's landing page is when that is not `entry`: the page it is sent on to (`/de/`). */
  landingPath?: string;
}

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FirstQuestion {
  /** Navigation start → first question painted (for ours: including the Start click). */
  total: number;
  /** Ours only: navigation start → Start button painted. */
  landing?: number;
  /** Ours only: navigation start → the first frame painted with the app running. */
  running?: number;
  /** JS and CSS fetched before the first question was shown. */
  js: Bytes;
  css: Bytes;
}

/** Per-app selectors: what the question screen looks like. */
const screens: Record<AppName, { question: string; progress: string }> = {
  baseline: { question: 'legend', progress: '.count' },
  ours: { question: 'h1', progress: '.progress-label' },
};

const CPU_SLOWDOWN = 4;

async function throttledPage(
  browser: Browser,
  targets: Record<string, Target>,
  browserLocale: string | undefined,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1,
    ...(browserLocale === undefined ? {} : { locale: browserLocale }),
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // tsx (esbuild keepNames) wraps inner functions in __name(): give the page a stand-in.
  await context.addInitScript({
    content: `var __name = (fn) => fn; (${installProbe.toString()})(${JSON.stringify(targets)});`,
  });
  return page;
}

async function mark(page: Page, name: string): Promise<number> {
  return page.evaluate(async (key) => {
    const probe = window.__bench;
    const promise = probe?.marks[key];
    if (!promise) throw new Error(`no probe mark ${key}`);
    return promise;
  }, name);
}

/** Clicks `locator`-like action and returns click → `target` painted, in ms. */
async function timedClick(page: Page, target: Target | null, click: () => Promise<void>): Promise<number> {
  await page.evaluate((armed) => window.__bench?.armClick(armed), target);
  await click();
  return page.evaluate(async () => {
    const clicked = window.__bench?.clicked;
    if (!clicked) throw new Error('no click was armed');
    return clicked;
  });
}

function sizes(bodies: Buffer[]): Bytes {
  return bodies.reduce(
    (sum, body) => ({
      raw: sum.raw + body.length,
      gzip: sum.gzip + gzipSync(body, { level: 9 }).length,
      brotli: sum.brotli + brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

export async function measureFirstQuestion(browser: Browser, app: AppUnderTest): Promise<FirstQuestion> {
  const question: Target = { selector: screens[app.name].question, text: app.firstTitle };
  const targets: Record<string, Target> =
    app.name === 'baseline'
      ? { question }
      : {
          start: { selector: '.landing button.primary', text: app.startLabel ?? 'Start' },
          running: { selector: '#landing-title:focus' },
        };
  const page = await throttledPage(browser, targets, app.browserLocale);
  const responses: Response[] = [];
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') responses.push(response);
  };
  page.on('response', onResponse);
  try {
    await page.goto(`${app.origin}${app.entry ?? '/'}`, { waitUntil: 'commit' });
    // A page that sends the visit on to its language's page: the marks are read on that one.
    if (app.landingPath !== undefined)
      await page.waitForURL(`${app.origin}${app.landingPath}`, { waitUntil: 'commit' });
    let total: number;
    let landing: number | undefined;
    let running: number | undefined;
    if (app.name === 'baseline') total = await mark(page, 'question');
    else {
      landing = await mark(page, 'start');
      running = await mark(page, 'running');
      const toQuestion = await timedClick(page, question, () => page.locator('.landing button.primary').click());
      total = landing + toQuestion;
    }
    page.off('response', onResponse);
    const loaded = await Promise.all(
      responses.map(async (response) => ({ type: response.request().resourceType(), body: await response.body() })),
    );
    return {
      total,
      ...(landing === undefined ? {} : { landing }),
      ...(running === undefined ? {} : { running }),
      js: sizes(loaded.filter((entry) => entry.type === 'script').map((entry) => entry.body)),
      css: sizes(loaded.filter((entry) => entry.type === 'stylesheet').map((entry) => entry.body)),
    };
  } finally {
    await page.context().close();
  }
}

/** Answers the question on screen without timing it: a number, a tick, or the first option. */
async function answerUntimed(page: Page): Promise<void> {
  const number = page.locator('input[type=number]');
  if ((await number.count()) > 0) await number.fill((await number.getAttribute('min')) ?? '1');
  else await page.locator('input[type=checkbox], input[type=radio]').first().check();
}

/** Option + Next step times on single-choice questions, from one fresh run through the questions, at most `count`. */
async function stepRun(browser: Browser, app: AppUnderTest, count: number): Promise<number[]> {
  const { question, progress } = screens[app.name];
  const steps: number[] = [];
  const page = await throttledPage(browser, {}, app.browserLocale);
  try {
    await page.goto(`${app.origin}${app.entry ?? '/'}`);
    if (app.name === 'ours') await page.locator('.landing button.primary').click();
    await page.locator(question, { hasText: app.firstTitle }).waitFor();
    while (steps.length < count && (await page.locator(progress).count()) > 0) {
      const title = ((await page.locator(question).first().textContent()) ?? '').trim();
      // Ours: the question form's submit button (Next, or See result), in any language.
      const next =
        app.name === 'ours'
          ? page.locator('form.question button[type=submit]')
          : page.getByRole('button', { name: /^(Next|See result)$/ });
      const radios = page.locator('input[type=radio]');
      if ((await radios.count()) === 0) {
        await answerUntimed(page);
        await next.click();
      } else {
        const option = await timedClick(page, null, () => radios.first().click());
        const toNext = await timedClick(page, { selector: question, not: title }, () => next.click());
        // Only question → question steps count (not the last one, into a review or result).
        if ((await page.locator(progress).count()) > 0) steps.push(option + toNext);
      }
      await page.waitForFunction(
        ([questionSelector, progressSelector, shown]) =>
          !document.querySelector(progressSelector) ||
          (document.querySelector(questionSelector)?.textContent ?? '').trim() !== shown,
        [question, progress, title] as const,
      );
    }
  } finally {
    await page.context().close();
  }
  if (steps.length === 0) throw new Error(`${app.name}: a run through the questions gave no step to time`);
  return steps;
}

/**
 * `count` option + Next step times for each app, over fresh runs through the questions. The
 * apps take turns run by run, so a machine that gets slower or faster during the benchmark
 * weighs on both alike.
 */
export async function measureSteps(
  browser: Browser,
  apps: AppUnderTest[],
  count: number,
): Promise<Map<AppName, number[]>> {
  const steps = new Map<AppName, number[]>(apps.map((app) => [app.name, []]));
  const short = () => apps.filter((app) => (steps.get(app.name)?.length ?? 0) < count);
  for (let waiting = short(); waiting.length > 0; waiting = short())
    for (const app of waiting) {
      const taken = steps.get(app.name) ?? [];
      taken.push(...(await stepRun(browser, app, count - taken.length)));
      steps.set(app.name, taken);
    }
  return steps;
}
