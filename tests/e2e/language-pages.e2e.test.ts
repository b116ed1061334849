/**
 * One built page per language (src/i18n/language-page.ts): a visit reaches its language's page
 * before anything shows, that page holds the landing page in its language before the app runs,
 * and the app takes that HTML as it is. The address never picks the language.
 */
import type { Page } from '@playwright/test';
import { LANGUAGE_PAGES } from '../../src/i18n/language-page';
import { LANGUAGE_NAMES } from '../../src/i18n/languages';
import { coreMessages } from '../../src/i18n/registry';
import '../../src/i18n/all-languages';
import { expect, test } from './support/fixtures';
import { holdAppScript } from './support/hold-app';
import { bankIn, browserLocale, openLandingIn } from './support/languages';

/** Records, for every page the visit passes through, its address and language whenever a frame was about to paint its landing page. */
async function recordPaintedPages(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const record = () => {
      const root = document.documentElement;
      // The landing page is in the document and the document is shown: the next frame paints it.
      if (!root.hidden && document.getElementById('root')?.firstElementChild) {
        const seen = JSON.parse(sessionStorage.getItem('painted') ?? '[]') as string[];
        sessionStorage.setItem('painted', JSON.stringify([...seen, `${location.pathname} ${root.lang}`]));
      }
      if (document.readyState !== 'complete') requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  return () => page.evaluate(() => [...new Set(JSON.parse(sessionStorage.getItem('painted') ?? '[]') as string[])]);
}

for (const language of ['de', 'es'] as const) {
  test.describe(`a first visit in ${LANGUAGE_NAMES[language]}`, () => {
    test.use({ locale: browserLocale[language] });
    const bank = bankIn(language);
    const { wizard, shell } = coreMessages(language);

    test('reaches its page, which shows the landing page in the language before the app runs; the app takes it as it is', async ({
      page,
    }) => {
      const painted = await recordPaintedPages(page);
      const release = await holdAppScript(page);
      await page.goto('/', { waitUntil: 'commit' });
      const heading = page.getByRole('heading', { level: 1, name: bank.title, exact: true });
      await heading.waitFor();
      expect(new URL(page.url()).pathname).toBe(LANGUAGE_PAGES[language]);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page).toHaveTitle(shell.documentTitle.replace('{title}', wizard.landing.documentTitle));
      await expect(page.locator('.landing button.primary')).toHaveText(wizard.landing.start);
      await heading.evaluate((element) => element.setAttribute('data-prerendered', ''));

      release();
      await page.waitForFunction(() => document.activeElement?.id === 'landing-title');
      // Hydrated, not replaced: the heading the HTML brought is the one the app focused.
      await expect(page.locator('h1[data-prerendered]')).toBeFocused();
      // The English page the visit reached first never showed.
      expect(await painted()).toEqual([`${LANGUAGE_PAGES[language]} ${language}`]);
    });

    test('keeps the step in the address when it is sent to its page (the link test in languages.e2e keeps the fragment)', async ({
      page,
    }) => {
      await page.goto('/?step=open');
      await expect(page).toHaveURL(new RegExp(`${LANGUAGE_PAGES[language]}\\?step=open$`));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    });
  });
}

test.describe('an English visitor', () => {
  test.use({ locale: browserLocale.en });

  test('who opens the German page is taken to the English one: the address never picks the language', async ({
    page,
  }) => {
    const painted = await recordPaintedPages(page);
    await page.goto(LANGUAGE_PAGES.de);
    await openLandingIn(page, bankIn('en'));
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await painted()).toEqual(['/ en']);
  });
});
