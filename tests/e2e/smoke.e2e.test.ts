import { contentSecurityPolicy } from '../../scripts/content-security-policy';
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

test('the served page carries the Content Security Policy, and it blocks inline script', async ({ page, guard }) => {
  await openLanding(page);
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
  // The violation this provoked is the only one allowed: the guard checks for any other.
  // Chromium reports it twice: as an event and on the console. Wait for both, then allow them.
  await expect
    .poll(async () => {
      const { cspViolations } = await guard.collect();
      return [
        cspViolations.some((line) => line.startsWith('console:')),
        cspViolations.some((line) => line.startsWith('script-src')),
      ];
    })
    .toEqual([true, true]);
  expect(guard.take('cspViolations')).toHaveLength(2);
});
