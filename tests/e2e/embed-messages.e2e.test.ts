/**
 * What crosses the frame's edge (issue 23): the result event only when the host opted in and
 * with the documented payload only; nothing from another origin or another frame; the app
 * refuses to be framed while the embed page may be; a sandbox without downloads still lets
 * the person copy the summary and the link; "Open the full result" opens the app.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { encodeShareLink, evaluate, outcomeById } from '../../src/engine';
import { completed, embedAt, events, expect, hostPage, inFrame, recordEvents, test } from './support/embed-host';
import { bank, openSection, personaFor } from './support/wizard';

const answers = completed(personaFor('pm').answers);
const fragment = encodeShareLink(bank, answers);

/** Opens a share link in the frame and makes its answers the person's own: their result shows. */
async function reachOwnResult(iframe: Locator, frame: Frame): Promise<void> {
  await iframe.evaluate((element: HTMLIFrameElement, link) => {
    element.src = `${element.src.split('#')[0] ?? ''}#${link}`;
  }, fragment);
  await inFrame(frame).getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await inFrame(frame)
    .getByRole('link', { name: /Open the full result/ })
    .waitFor();
}

const messagesSeen = (page: Page) => page.evaluate(() => (window.__hostMessages ?? []).length);

test('the result event arrives with the documented payload, and only where the host opted in', async ({
  page,
  host,
  appOrigin,
}) => {
  await recordEvents(page);
  await page.goto(hostPage(host, appOrigin, { embeds: ['data-emit="result"', ''] }));
  const opted = await embedAt(page, 0);
  const silent = await embedAt(page, 1);

  await reachOwnResult(opted.iframe, opted.frame);
  const { outcome, status, plan } = evaluate(bank, answers);
  const expected = {
    outcome,
    status,
    hires: (plan?.hires ?? []).map(({ role, title, count, when, partTime }) => ({
      role,
      title,
      count,
      when,
      partTime,
    })),
    shareLink: `${appOrigin}/#${fragment}`,
  };
  await expect
    .poll(() => events(page, 'rolefit:result'))
    .toEqual([{ type: 'rolefit:result', id: opted.id, detail: expected }]);
  expect(expected.hires.length).toBeGreaterThan(0);

  // The other embed shows a result too. Its page posts in order: any result message would come
  // before the resize that opening a section causes, and none does.
  await reachOwnResult(silent.iframe, silent.frame);
  const resizes = (await events(page, 'rolefit:resize')).filter((event) => event.id === silent.id).length;
  await openSection(inFrame(silent.frame), 'Why');
  await expect
    .poll(async () => (await events(page, 'rolefit:resize')).filter((event) => event.id === silent.id).length)
    .toBeGreaterThan(resizes);
  const sent = await page.evaluate(() => window.__hostMessages ?? []);
  expect(sent.filter((data) => (data as { type?: unknown }).type === 'result')).toHaveLength(1);
  expect((await events(page, 'rolefit:result')).map((event) => event.id)).toEqual([opted.id]);
});

test('a message from another origin or from another frame does nothing', async ({ page, host, appOrigin }) => {
  await recordEvents(page);
  await page.goto(hostPage(host, appOrigin, { embeds: ['data-emit="result"', ''] }));
  const target = await embedAt(page, 0);
  const other = await embedAt(page, 1);
  await expect(target.iframe).not.toHaveCSS('height', '720px');
  const height = await target.iframe.evaluate((element) => element.style.height);
  const before = (await events(page)).length;
  const envelope = { source: 'role-fit', version: 1, id: target.id };
  const result = {
    ...envelope,
    type: 'result',
    payload: { outcome: 'po', status: 'ok', hires: [], shareLink: `${appOrigin}/#forged` },
  };
  const resize = { ...envelope, type: 'resize', payload: { height: 5000 } };
  const seen = await messagesSeen(page);

  // From the host page itself: right shape and id, wrong origin.
  await page.evaluate(
    (messages) => {
      for (const message of messages) window.postMessage(message, '*');
    },
    [result, resize],
  );
  // From the app's origin, but another frame than the one made for that id.
  await other.frame.evaluate(
    (messages) => {
      for (const message of messages) parent.postMessage(message, '*');
    },
    [result, resize],
  );
  // From the right frame, but not what the protocol allows.
  await target.frame.evaluate(
    ([forged, id]) => {
      parent.postMessage({ ...forged, payload: { ...forged.payload, shareLink: 'https://example.com/#x' } }, '*');
      parent.postMessage({ source: 'role-fit', version: 2, id, type: 'resize', payload: { height: 5000 } }, '*');
      parent.postMessage(
        { source: 'role-fit', version: 1, id, type: 'navigate', payload: { url: 'https://example.com' } },
        '*',
      );
    },
    [result, target.id] as const,
  );

  await expect.poll(() => messagesSeen(page)).toBe(seen + 7);
  // Every one of them has been handled by now (see recordEvents): none made an event or a change.
  expect((await events(page)).slice(before)).toEqual([]);
  expect(await target.iframe.evaluate((element) => element.style.height)).toBe(height);
});

test('the app refuses to be framed; the embed page may be, and a plain iframe scrolls inside', async ({
  page,
  guard,
  host,
  appOrigin,
  request,
}) => {
  const app = await request.get(`${appOrigin}/`);
  expect(app.headers()['x-frame-options']).toBe('DENY');
  expect(app.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const embedPage = await request.get(`${appOrigin}/embed.html`);
  expect(embedPage.headers()['x-frame-options']).toBeUndefined();
  expect(embedPage.headers()['content-security-policy']).toContain('frame-ancestors *');

  await page.goto(
    host.serve(`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Frames</title></head>
  <body>
    <main>
      <h1>Frames</h1>
      <iframe id="app" src="${appOrigin}/" title="The app"></iframe>
      <iframe id="embed" src="${appOrigin}/embed.html" title="Role Fit" width="600" height="400"></iframe>
    </main>
  </body>
</html>`),
  );
  const embedded = page.frameLocator('#embed');
  await embedded.getByRole('button', { name: 'Start', exact: true }).waitFor();
  const scroll = await embedded.locator('html').evaluate((root) => ({
    scroll: root.scrollHeight,
    client: root.clientHeight,
    overflow: getComputedStyle(root).overflowY,
  }));
  expect(scroll.scroll).toBeGreaterThan(scroll.client);
  expect(scroll.overflow).not.toBe('hidden');

  // The browser refused the app's frame, and said why: the guard's report of it is expected here.
  await expect.poll(() => guard.take('cspViolations').join('\n')).toContain("frame-ancestors 'none'");
  expect(guard.take('failedRequests')).toEqual([`GET ${appOrigin}/: net::ERR_BLOCKED_BY_RESPONSE`]);
  const appFrame = await (await page.locator('#app').elementHandle()).contentFrame();
  expect(appFrame?.url()).not.toBe(`${appOrigin}/`);
});

test('in a sandbox without downloads, the summary and the link can still be copied; the link opens the app', async ({
  page,
  context,
  host,
  appOrigin,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(
    host.serve(`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Sandboxed</title></head>
  <body>
    <main>
      <h1>Sandboxed</h1>
      <iframe src="${appOrigin}/embed.html#${fragment}" title="Role Fit" width="800" height="600" allow="clipboard-write"
        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
    </main>
  </body>
</html>`),
  );
  const frame = page.frameLocator('iframe');
  await frame.getByRole('region', { name: 'Shared result' }).waitFor();
  await frame.getByRole('button', { name: 'Copy summary', exact: true }).click();
  await expect(frame.getByText('Summary copied as plain text.')).toBeVisible();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain(outcomeById(bank, evaluate(bank, answers).outcome).title);

  await frame.getByRole('button', { name: 'Copy share link', exact: true }).click();
  await expect(frame.getByText(/^Share link copied\./)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.endsWith(`#${fragment}`)).toBe(true);

  // Opened on its own, the link shows the result in the standalone app.
  const opened = await context.newPage();
  await opened.goto(link);
  await opened.waitForURL(`${appOrigin}/#${fragment}`);
  await opened.getByRole('region', { name: 'Shared result' }).waitFor();
});

test('"Open the full result" opens the standalone app on the share link in a new tab', async ({
  page,
  context,
  host,
  appOrigin,
}) => {
  await recordEvents(page);
  await page.goto(hostPage(host, appOrigin));
  const { iframe, frame } = await embedAt(page);
  await reachOwnResult(iframe, frame);
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    inFrame(frame)
      .getByRole('link', { name: /Open the full result/ })
      .click(),
  ]);
  await opened.waitForURL(`${appOrigin}/#${fragment}`);
  await opened.getByRole('region', { name: 'Shared result' }).waitFor();
});

test('attribute values the loader does not know fall back to the defaults and never reach the page', async ({
  page,
  host,
  appOrigin,
}) => {
  await recordEvents(page);
  await page.goto(
    hostPage(host, appOrigin, {
      embeds: [
        'data-theme="dark;color:red" data-accent="#000;background:url(https://example.com/x)" data-lang="xx-&lt;b&gt;" data-start="result" data-emit="everything"',
      ],
    }),
  );
  const { iframe, frame, id } = await embedAt(page);
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  expect([...src.searchParams.keys()]).toEqual(['id', 'host']);
  expect(src.searchParams.get('id')).toBe(id);
  await inFrame(frame).getByRole('button', { name: 'Start', exact: true }).waitFor();
  expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual([
    'en',
    undefined,
  ]);
});
