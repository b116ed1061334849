/**
 * Host pages for the embed's end-to-end tests: served from another origin
 * (http://localhost:<port>, while the app is on http://127.0.0.1:<port>) by a small server
 * started once per worker, each page under the demo's strict policy (scripts/embed-demo.ts):
 * scripts, frames and styles from the app's origin only, nothing inline. The `page` is
 * guarded as in fixtures.ts, with the host's origin allowed besides the app's.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { UNSURE, questionFlow, type Answers } from '../../../src/engine';
import { demoHostPage, demoHostPolicy, type DemoOptions } from '../../../scripts/embed-demo';
import { formatAxeViolations, wcagTags } from './axe';
import { PageGuard, formatProblems } from './page-guard';
import { bank } from './wizard';

export interface HostServer {
  /** http://localhost:<port>: another origin, and another site, than the app's. */
  origin: string;
  /** Serves `html` under the host policy (or `policy`) and returns its address. */
  serve: (html: string, policy?: string) => string;
  close: () => Promise<void>;
}

async function startHostServer(appOrigin: string): Promise<HostServer> {
  const pages = new Map<string, { html: string; policy: string }>();
  const server = createServer((req, res) => {
    const found = pages.get(req.url ?? '');
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': found.policy });
    res.end(found.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve: (html, policy = demoHostPolicy(appOrigin)) => {
      const path = `/host-${pages.size + 1}.html`;
      pages.set(path, { html, policy });
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const test = base.extend<{ guard: PageGuard; appOrigin: string; host: HostServer }, { hostServer: HostServer }>({
  hostServer: [
    // Playwright reads a fixture's dependencies from this pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, give, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error('playwright.config.ts sets use.baseURL');
      const server = await startHostServer(new URL(baseURL).origin);
      await give(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  host: async ({ hostServer }, give) => give(hostServer),
  appOrigin: async ({ baseURL }, give) => {
    if (!baseURL) throw new Error('playwright.config.ts sets use.baseURL');
    await give(new URL(baseURL).origin);
  },
  guard: async ({ context, baseURL, hostServer }, give) => {
    if (!baseURL) throw new Error('playwright.config.ts sets use.baseURL');
    const guard = await PageGuard.attach(context, baseURL);
    // Registered last, so it runs first: the host's own pages are not foreign.
    await context.route(
      (url) => url.origin === hostServer.origin,
      (route) => route.continue(),
    );
    await give(guard);
    const report = formatProblems(await guard.collect());
    if (report) throw new Error(`The page reported problems:\n${report}`);
  },
  page: async ({ guard }, give) => give(await guard.context.newPage()),
});

export { expect };

/** A host page built like the demo, with these embeds (their data-* attributes). */
export function hostPage(host: HostServer, appOrigin: string, options: DemoOptions = {}): string {
  return host.serve(demoHostPage(appOrigin, { listener: false, ...options }));
}

export interface RecordedEvent {
  type: string;
  /** The data-role-fit-id of the element it was dispatched on. */
  id: string | null;
  detail: unknown;
}

declare global {
  interface Window {
    __rolefitEvents?: RecordedEvent[];
    __hostMessages?: unknown[];
  }
}

/**
 * Records, from before the host page's own scripts, every rolefit:* event and every message
 * the host window receives. A message's listeners all run in one task: once a later look
 * finds a message recorded, the loader has handled it too.
 */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__rolefitEvents = [];
    window.__hostMessages = [];
    for (const type of ['rolefit:ready', 'rolefit:resize', 'rolefit:result'])
      document.addEventListener(type, (event) => {
        const target = event.target instanceof Element ? event.target : null;
        window.__rolefitEvents?.push({
          type,
          id: target?.getAttribute('data-role-fit-id') ?? null,
          detail: (event as CustomEvent<unknown>).detail,
        });
      });
    window.addEventListener('message', (event) => window.__hostMessages?.push(event.data));
  });
}

export async function events(page: Page, type?: string): Promise<RecordedEvent[]> {
  const all = await page.evaluate(() => window.__rolefitEvents ?? []);
  return type ? all.filter((event) => event.type === type) : all;
}

/** The n-th embed's element, frame element and frame, once its page has said it is ready. */
export async function embedAt(
  page: Page,
  index = 0,
): Promise<{ element: Locator; iframe: Locator; frame: Frame; id: string }> {
  const element = page.locator('[data-role-fit]').nth(index);
  const iframe = element.locator('iframe');
  await expect(element).toHaveAttribute('data-role-fit-id', /^rf-/);
  const id = await element.getAttribute('data-role-fit-id');
  if (!id) throw new Error('the loader gave the element no id');
  await expect(async () => {
    expect((await events(page, 'rolefit:ready')).some((event) => event.id === id)).toBe(true);
  }).toPass();
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (!frame) throw new Error('the embed has no frame');
  return { element, iframe, frame, id };
}

/**
 * The answers with "Not sure" for every question they leave open, so they lead to a result
 * whatever questions the bank has gained since the persona was written.
 */
export function completed(answers: Answers): Answers {
  let complete = { ...answers };
  for (
    let left = questionFlow(bank, complete).firstUnanswered;
    left;
    left = questionFlow(bank, complete).firstUnanswered
  )
    complete = { ...complete, [left]: UNSURE };
  return complete;
}

/** Runs axe on the host page and its frames. Stylesheets are read in the page, not fetched: the host's policy allows no fetch. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).options({ preload: false }).analyze();
  if (results.violations.length > 0)
    throw new Error(
      `axe found ${results.violations.length} violations on ${what}:\n${formatAxeViolations(results.violations)}`,
    );
}

/** The wizard's helpers (support/wizard.ts) use only getByRole, which a frame has too. */
export const inFrame = (frame: Frame): Page => frame as unknown as Page;
