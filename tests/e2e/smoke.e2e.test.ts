import { contentSecurityPolicy, contentSecurityPolicyHeader } from '../../scripts/content-security-policy';
import { languagePageScriptHash } from '../../scripts/language-page-script';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { bank, openLanding } from './support/wizard';

test('the landing page loads with its heading, title and Start button', async ({ page }) => {
  await openLanding(page);
  await expect(page.title()).resolves.toMatch(/^.+ · Role Fit$/);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(bank.title);
  await expect(page.getByRole('button', { name: 'Start', exact: true }).isVisible()).resolves.toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`the landing page has no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openLanding(page);
    await expectNoAxeViolations(page, `the landing page (${colorScheme})`);
  });

// The build's index.html carries the policy in a meta tag, for hosts that cannot send headers; a
// host that can sends it as a header as well (public/_headers, which vite preview applies), with
// frame-ancestors added. The browser enforces each policy on its own, so either alone protects
// the page, and each reports what it blocks.
test('the served page carries the Content Security Policy, as a header and in a meta tag, and each blocks any other inline script', async ({
  page,
  guard,
}) => {
  const served = page.waitForEvent('response', (response) => response.request().isNavigationRequest());
  await openLanding(page);
  expect((await (await served).allHeaders())['content-security-policy']).toBe(contentSecurityPolicyHeader);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toBe(
    contentSecurityPolicy,
  );
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return new Promise<boolean>((done) =>
      setTimeout(() => done((window as { __inlineRan?: boolean }).__inlineRan === true), 50),
    );
  });
  expect(ran).toBe(false);
  // Each policy blocked it, once: a policy that allowed inline script would report nothing.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window.__cspViolations ?? []).map(({ directive, policy }) => `${directive} by ${policy}`).sort(),
      ),
    )
    .toEqual(
      [`script-src-elem by ${contentSecurityPolicy}`, `script-src-elem by ${contentSecurityPolicyHeader}`].sort(),
    );
  // Chromium also puts each on the console. Wait for both lines, then allow these four and nothing else.
  const onConsole = (line: string) =>
    line.startsWith(
      `console: Executing inline script violates the following Content Security Policy directive 'script-src 'self' ${languagePageScriptHash}'`,
    );
  await expect.poll(async () => (await guard.collect()).cspViolations.filter(onConsole)).toHaveLength(2);
  const taken = guard.take('cspViolations');
  expect(taken.filter(onConsole)).toHaveLength(2);
  expect(taken.filter((line) => !onConsole(line))).toEqual([
    'script-src-elem blocked inline',
    'script-src-elem blocked inline',
  ]);
});
