/**
 * Longer words on a phone: at 360×740, in the pseudo-language (every text ~40% longer and
 * marked ⟦…⟧) and in German, every screen fits the width, nothing spills out of its box, and
 * axe finds nothing. In the pseudo-language, every text a person sees in the header and the
 * main area is marked, so a text written in code rather than in the messages shows here.
 */
import type { Page } from '@playwright/test';
import type { Bank, Question } from '../../src/engine';
import { PSEUDO, type Locale } from '../../src/i18n/languages';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
  answerByPlace,
  bankIn,
  browserLocale,
  headerAction,
  nextIn,
  openLandingIn,
  questionFormIn,
  questionsIn,
  saveLanguageBeforeLoad,
  seeResultIn,
} from './support/languages';
import { personaFor } from './support/wizard';

const WIDTH = 360;
const persona = personaFor('po');

interface Spill {
  element: string;
  scrollWidth: number;
  clientWidth: number;
}

/** The page's overflow, and every text container whose content is wider than its box. */
async function overflow(page: Page): Promise<{ page: number; spills: Spill[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement;
    if (!root) throw new Error('the page has no scrolling element');
    const describe = (element: Element) => {
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = element.textContent.trim().slice(0, 60);
      return `${element.tagName.toLowerCase()}${classes} “${text}”`;
    };
    // Inside a box that scrolls on purpose (a wide table, a code block), spilling is allowed.
    const scrolls = (element: Element) => {
      for (let at: Element | null = element.parentElement; at && at !== document.body; at = at.parentElement) {
        const { overflowX } = getComputedStyle(at);
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const spills = [
      ...document.querySelectorAll(
        'header *, main p, main h1, main h2, main h3, main h4, main li, main label, main button, main a, main legend, main summary, main td, main th, main dt, main dd, main strong, main input, main select, main textarea',
      ),
    ]
      .filter((element) => {
        const style = getComputedStyle(element);
        if (style.display === 'inline' || style.display === 'none' || style.visibility === 'hidden') return false;
        if (element.clientWidth === 0 || element.getClientRects().length === 0) return false;
        // Visually hidden text is clipped to a pixel on purpose.
        if (element.closest('.visually-hidden')) return false;
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') return false;
        return element.scrollWidth > element.clientWidth + 1 && !scrolls(element);
      })
      .map((element) => ({
        element: describe(element),
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
    return { page: root.scrollWidth - root.clientWidth, spills };
  });
}

/**
 * Visible texts in the header and main that are not from the messages: not marked ⟦…⟧, not
 * inside a marked text (a message with markup inside it), not only digits and punctuation,
 * not in another language on purpose (the switcher's names, with a lang of their own). Also
 * the page title and the labels, titles and placeholders people hear or see.
 */
async function unmarked(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const plain = /^[\d\s\p{P}\p{S}]*$/u;
    const rootLang = document.documentElement.lang;
    const otherLanguage = (element: Element | null) =>
      Boolean(element?.closest('[lang]') && element.closest('[lang]')?.getAttribute('lang') !== rootLang);
    const visible = (element: Element | null) =>
      Boolean(element && element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true }));
    for (const area of document.querySelectorAll('header, main')) {
      // Through every text in order, visible or not, counting open marks, so a text between a
      // ⟦ and its ⟧ (a message with a link or a name inside) counts as marked.
      let depth = 0;
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const marked = depth > 0 || text.includes('⟦') || text.includes('⟧');
        for (const char of text) depth += char === '⟦' ? 1 : char === '⟧' ? -1 : 0;
        if (depth < 0) depth = 0;
        const parent = node.parentElement;
        if (marked || plain.test(text) || !visible(parent) || otherLanguage(parent)) continue;
        if (parent?.closest('script, style, template')) continue;
        found.push(`text: “${text.trim()}” in ${parent?.tagName.toLowerCase() ?? '?'}`);
      }
      for (const element of area.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(name);
          if (value === null || plain.test(value) || value.includes('⟦') || otherLanguage(element)) continue;
          found.push(`${name}: “${value}” on ${element.tagName.toLowerCase()}`);
        }
    }
    if (!document.title.includes('⟦')) found.push(`document title: “${document.title}”`);
    return [...new Set(found)];
  });
}

async function checkScreen(page: Page, locale: Locale, where: string, { axe = true } = {}): Promise<void> {
  const { page: wider, spills } = await overflow(page);
  expect.soft(wider, `${where}: the page scrolls sideways by ${wider}px`).toBeLessThanOrEqual(0);
  expect.soft(spills, `${where}: text wider than its box`).toEqual([]);
  if (locale === PSEUDO) expect.soft(await unmarked(page), `${where}: texts not from the messages`).toEqual([]);
  if (axe)
    await expectNoAxeViolations(page, where).catch((error: unknown) => {
      expect.soft(String(error), `${where}: axe`).toBe('');
    });
}

/** Opens every closed section and detail of the result, so their texts are laid out too. */
async function openEverything(page: Page): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const closed = page.locator('main button[aria-expanded="false"]:visible');
    const count = await closed.count();
    if (count === 0) break;
    for (let index = count - 1; index >= 0; index -= 1) await closed.nth(index).click();
  }
  await page.locator('main details').evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')));
}

const languages: readonly { locale: Locale; name: string }[] = [
  { locale: PSEUDO, name: 'the pseudo-language' },
  { locale: 'de', name: 'German' },
];

for (const { locale, name } of languages)
  test.describe(`on a phone in ${name}, 360×740`, () => {
    test.use({
      viewport: { width: WIDTH, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: locale === PSEUDO ? browserLocale.en : browserLocale.de,
    });
    const bank: Bank = bankIn(locale);

    test.beforeEach(async ({ page }) => {
      if (locale === PSEUDO) await saveLanguageBeforeLoad(page, PSEUDO);
    });

    test('the landing page, each kind of question, the review and the result fit and are marked', async ({ page }) => {
      test.setTimeout(180_000);
      await openLandingIn(page, bank);
      await checkScreen(page, locale, 'the landing page');
      await page.locator('.landing button.primary').click();

      const checked = new Set<Question['type']>();
      for (const question of questionsIn(bank, persona.answers)) {
        await questionFormIn(page, question);
        // Every question is laid out and read; axe once for each kind of question.
        const first = !checked.has(question.type);
        checked.add(question.type);
        await checkScreen(page, locale, `the ${question.type} question ${question.id}`, { axe: first });
        const answer = persona.answers[question.id];
        if (answer === undefined) throw new Error(`${question.id} has no answer`);
        await answerByPlace(page, question, answer);
        await nextIn(page, question);
      }
      expect([...checked]).toEqual(expect.arrayContaining(['single', 'multiple', 'number']));

      await page.locator('section.review').waitFor();
      await checkScreen(page, locale, 'the review');
      await seeResultIn(page);
      await checkScreen(page, locale, 'the result');
      await openEverything(page);
      await checkScreen(page, locale, 'the result with every section open');
    });

    test('the comparison and the open-file screens fit and are marked', async ({ page }) => {
      await openLandingIn(page, bank);
      await headerAction(page, 'open').click();
      await page.locator('section.open-file').waitFor();
      await checkScreen(page, locale, 'the open-file screen');
      // Back to the landing page, then to the comparison.
      await page.locator('section.open-file .actions button').first().click();
      await page.locator('section.landing').waitFor();
      await headerAction(page, 'compare').click();
      await page.locator('main h1').waitFor();
      await expect(page.locator('main .loading')).toHaveCount(0);
      await checkScreen(page, locale, 'the comparison screen');
    });
  });
