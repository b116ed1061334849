/**
 * The embed on another site's page (issue 23): its frame follows the content, it leaves the
 * host's focus and scroll alone, the keyboard goes in and out, it works with storage that
 * throws, and axe finds nothing. The host page is on another origin under a strict policy
 * (tests/e2e/support/embed-host.ts).
 */
import type { Frame, Locator, Page } from '@playwright/test';
import {
  completed,
  embedAt,
  events,
  expect,
  expectNoAxeViolations,
  hostPage,
  inFrame,
  recordEvents,
  test,
} from './support/embed-host';
import { answerQuestion, next, openSection, personaFor, questionsFor, sharePath } from './support/wizard';

const persona = personaFor('both');
const shareFragment = sharePath(completed(persona.answers)).slice(2);

async function measure(iframe: Locator, frame: Frame) {
  const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: Math.ceil(root.getBoundingClientRect().height),
      scroll: root.scrollHeight,
      client: root.clientHeight,
    };
  });
  // As tall as its content, nothing hidden below it, no scrollbar inside.
  return { fits: Math.abs(outer - inner.content) < 1 && inner.scroll <= inner.client, outer, ...inner };
}

/** The frame is as tall as its content, and stays so (a frame that grew with its content never would be). */
async function expectFitted(iframe: Locator, frame: Frame): Promise<number> {
  await expect.poll(() => measure(iframe, frame)).toMatchObject({ fits: true });
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const settled = await measure(iframe, frame);
  expect(settled).toMatchObject({ fits: true });
  return settled.outer;
}

/**
 * Where focus is once it has landed: the host element's id or tag, or `frame main` (or `frame
 * <tag>`) inside the frame. The frame is another site, so another process: a Tab into it or out
 * of it crosses processes through the browser, and for that moment the host's active element is
 * its body (going in) or the frame's is (going out). `keyboard.press` returns before then, so
 * this waits until neither is so.
 */
async function focusAfter(page: Page, frame: Frame, key: string): Promise<string> {
  await page.keyboard.press(key);
  let landed = '';
  await expect
    .poll(async () => {
      const host = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body ? '' : active.id || active.tagName;
      });
      if (host !== 'IFRAME') return (landed = host);
      const inside = await frame.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return '';
        if (active.closest('main')) return 'main';
        // The languages close the frame, after its main landmark.
        return active.closest('nav') ? 'languages' : active.tagName;
      });
      return (landed = inside && `frame ${inside}`);
    })
    .not.toBe('');
  return landed;
}

/** Opens a share link inside the frame, as following a link there would. */
async function openShareLinkInFrame(iframe: Locator): Promise<void> {
  await iframe.evaluate((element: HTMLIFrameElement, fragment) => {
    element.src = `${element.src.split('#')[0] ?? ''}#${fragment}`;
  }, shareFragment);
}

for (const width of [360, 1280])
  test(`at ${width} px the frame follows the content: questions, the result, sections opened and closed`, async ({
    page,
    host,
    appOrigin,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await recordEvents(page);
    await page.goto(hostPage(host, appOrigin));
    const { iframe, frame } = await embedAt(page);
    const app = inFrame(frame);

    await app.getByRole('heading', { level: 1 }).waitFor();
    const landing = await expectFitted(iframe, frame);
    await app.getByRole('button', { name: 'Start', exact: true }).click();
    const [first, second] = questionsFor(persona);
    if (!first || !second) throw new Error('the persona answers fewer than two questions');
    await answerQuestion(app, first, persona.answers[first.id] ?? 'unsure');
    await expectFitted(iframe, frame);
    await next(app, first);
    await app.getByRole('form', { name: second.title, exact: true }).waitFor();
    const question = await expectFitted(iframe, frame);
    expect(question).not.toBe(landing);

    await openShareLinkInFrame(iframe);
    await app.getByRole('region', { name: 'Shared result' }).waitFor();
    const result = await expectFitted(iframe, frame);
    await openSection(app, 'How well each option fits');
    const opened = await expectFitted(iframe, frame);
    expect(opened).toBeGreaterThan(result);
    await app.getByRole('button', { name: 'How well each option fits', exact: true }).click();
    await expect.poll(() => measure(iframe, frame)).toMatchObject({ fits: true, outer: result });
  });

test('the host keeps its focus and scroll while the embed loads; Tab goes into the frame and out again', async ({
  page,
  host,
  appOrigin,
}) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await recordEvents(page);
  // The embed page waits until the host has its focus and scroll, so the test sees any change.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === '/embed.html',
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto(hostPage(host, appOrigin, { embeds: ['data-start="question"'] }), { waitUntil: 'domcontentloaded' });
  // embed.js is async and may run after DOMContentLoaded: until it has put in the frame (at its
  // reserved height) the page can be too short to scroll.
  await page.locator('[data-role-fit] iframe').waitFor({ state: 'attached' });
  const search = page.locator('#host-search');
  await search.focus();
  await page.evaluate(() => window.scrollTo(0, 60));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  release();

  const { iframe, frame } = await embedAt(page);
  const app = inFrame(frame);
  const [first] = questionsFor(persona);
  if (!first) throw new Error('no first question');
  // It opened on the first question, whose heading takes focus in the app.
  await app.getByRole('form', { name: first.title, exact: true }).waitFor();
  await expectFitted(iframe, frame);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('host-search');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  expect(await frame.evaluate(() => document.hasFocus())).toBe(false);

  // Tab goes into the frame, through its main landmark (no site header there), then its three
  // languages, and on to the host's next link; Shift+Tab goes back into the frame's languages.
  expect(await focusAfter(page, frame, 'Tab')).toBe('frame main');
  const stops: string[] = [];
  for (let landed = 'frame main'; landed.startsWith('frame') && stops.length < 80;)
    stops.push((landed = await focusAfter(page, frame, 'Tab')));
  expect(stops.at(-1)).toBe('host-after');
  expect(stops.filter((stop) => stop === 'frame languages')).toHaveLength(3);
  expect(stops.slice(0, -4).every((stop) => stop === 'frame main')).toBe(true);
  expect(await focusAfter(page, frame, 'Shift+Tab')).toBe('frame languages');
});

test('with storage that throws inside the frame, it says so briefly and works in memory', async ({
  page,
  host,
  appOrigin,
}) => {
  await page.addInitScript((app) => {
    if (location.origin !== app) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }, appOrigin);
  await recordEvents(page);
  await page.goto(hostPage(host, appOrigin, { embeds: ['data-emit="result"'] }));
  const { iframe, frame, id } = await embedAt(page);
  const app = inFrame(frame);
  await expect(app.getByText('Progress is kept only while this page is open.')).toBeVisible();

  await app.getByRole('button', { name: 'Start', exact: true }).click();
  const [first, second] = questionsFor(persona);
  if (!first || !second) throw new Error('the persona answers fewer than two questions');
  await answerQuestion(app, first, persona.answers[first.id] ?? 'unsure');
  await next(app, first);
  await app.getByRole('form', { name: second.title, exact: true }).waitFor();
  await app.getByRole('button', { name: 'Back', exact: true }).click();
  // The answer is still there: kept in memory.
  await expect(app.getByRole('form', { name: first.title, exact: true }).locator(':checked').first()).toBeAttached();
  await expectFitted(iframe, frame);

  await openShareLinkInFrame(iframe);
  await app.getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await app.getByRole('button', { name: 'Replace my answers', exact: true }).click();
  await app.getByRole('link', { name: /Open the full result/ }).waitFor();
  await expect.poll(async () => (await events(page, 'rolefit:result')).map((event) => event.id)).toEqual([id]);
});

test('axe finds nothing on the host page with the embed, on its landing page and on a result', async ({
  page,
  host,
  appOrigin,
}) => {
  await recordEvents(page);
  await page.goto(hostPage(host, appOrigin, { embeds: ['data-theme="dark" data-accent="#7ee2b8"'] }));
  const { iframe, frame } = await embedAt(page);
  await inFrame(frame).getByRole('button', { name: 'Start', exact: true }).waitFor();
  // The host chose the dark scheme, whatever the system's; the accent is readable there, so it is used.
  expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 21, 25)');
  await expect
    .poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent')))
    .toBe('#7ee2b8');
  await expectNoAxeViolations(page, 'the host page with the embed');

  await openShareLinkInFrame(iframe);
  await inFrame(frame).getByRole('region', { name: 'Shared result' }).waitFor();
  await inFrame(frame).getByRole('heading', { level: 2 }).first().waitFor();
  await expectNoAxeViolations(page, 'the host page with a result in the embed');
});
