/**
 * Role Fit in each of its languages, end to end: the browser's language picks it, every screen
 * speaks it (the bank's texts in that language, `<html lang>` set), axe finds nothing, the
 * documents are in it, a link made in one language opens in another, switching keeps the
 * screen and the answers, and a visit downloads only its own language's words.
 */
import { encodeShareLink, outcomeById } from '../../src/engine';
import { LANGUAGE_KEY } from '../../src/i18n/saved-language';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../src/i18n/languages';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, saveDownload, tempFolder } from './support/files';
import { expect, test } from './support/fixtures';
import { inFreshContext } from './support/fresh-context';
import {
  answerAllIn,
  answerByPlace,
  bankIn,
  browserLocale,
  nextIn,
  openLandingIn,
  packOf,
  questionFormIn,
  questionsIn,
  resultHeading,
  seeResultIn,
  startIn,
} from './support/languages';
import { personaFor } from './support/wizard';

const persona = personaFor('po');

for (const language of LANGUAGES) {
  test.describe(`in ${LANGUAGE_NAMES[language]}`, () => {
    test.use({ locale: browserLocale[language] });
    const bank = bankIn(language);

    test('a full run from the landing page to the result speaks the language, passes axe, and loads only its words', async ({
      page,
    }) => {
      const packs = new Set<string>();
      page.on('request', (request) => {
        const pack = packOf(request.url());
        if (pack) packs.add(pack);
      });

      await openLandingIn(page, bank);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
      await expectNoAxeViolations(page, `the landing page (${language})`);

      await page.locator('.landing button.primary').click();
      const questions = questionsIn(bank, persona.answers);
      const first = questions[0];
      if (!first) throw new Error('the persona is shown no question');
      await questionFormIn(page, first);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page, `the first question (${language})`);

      await answerAllIn(page, bank, persona.answers);
      await expect(page.locator('section.review h1')).toBeVisible();
      await expectNoAxeViolations(page, `the review (${language})`);

      const heading = await seeResultIn(page);
      const outcome = outcomeById(bank, persona.expected);
      // The heading names what to hire; where the plan hires less, a line under it names the outcome.
      const shown = `${(await heading.textContent()) ?? ''} ${(await page.locator('.result .situation').allTextContents()).join(' ')}`;
      expect(shown).toContain(outcome.title);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page, `the result (${language})`);

      // The Markdown summary (the export panel's third action) is written in the language.
      const download = await downloadFrom(page, () =>
        page.locator('.export-panel .export-actions button').nth(2).click(),
      );
      const { text } = await saveDownload(download, await tempFolder());
      expect(text).toContain(outcome.title);
      expect(text).toContain(bank.title);
      const english = bankIn('en');
      const englishTitle = outcomeById(english, persona.expected).title;
      if (language !== 'en' && englishTitle !== outcome.title) expect(text).not.toContain(englishTitle);
      if (language !== 'en') expect(text).not.toContain(english.questions[0]?.title ?? '');

      // Only this language's words were downloaded: its core with the page, its result with the result.
      expect([...packs].sort()).toEqual([language]);
    });
  });
}

test('a link made in German opens in a Spanish browser with the result in Spanish and no notice that the questions changed', async ({
  browser,
  baseURL,
}) => {
  const link = encodeShareLink(bankIn('de'), persona.answers);
  const spanish = bankIn('es');
  await inFreshContext(
    browser,
    baseURL,
    async (page) => {
      await page.goto(`/#${link}`);
      const heading = await resultHeading(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      const shown = `${(await heading.textContent()) ?? ''} ${(await page.locator('.result .situation').allTextContents()).join(' ')}`;
      expect(shown).toContain(outcomeById(spanish, persona.expected).title);
      // A link whose questions changed since it was made carries a warning; this one did not change.
      await expect(page.locator('.notice-warning')).toHaveCount(0);
      await expectNoAxeViolations(page, 'a German link opened in Spanish');
    },
    { viewport: { width: 1280, height: 800 }, locale: browserLocale.es },
  );
});

test.describe('switching language', () => {
  test.use({ locale: browserLocale.en });

  test('on a question screen keeps the screen and the answer and changes <html lang>', async ({ page }) => {
    const english = bankIn('en');
    const german = bankIn('de');
    await startIn(page, english);
    const questions = questionsIn(english, persona.answers);
    const [first, second] = questions;
    if (!first || !second) throw new Error('the persona is shown fewer than two questions');
    const firstAnswer = persona.answers[first.id];
    if (firstAnswer === undefined) throw new Error(`no answer to ${first.id}`);
    await answerByPlace(page, first, firstAnswer);
    await nextIn(page, first);
    const secondAnswer = persona.answers[second.id];
    if (secondAnswer === undefined) throw new Error(`no answer to ${second.id}`);
    await answerByPlace(page, second, secondAnswer);
    const checkedBefore = await (
      await questionFormIn(page, second)
    )
      .locator('input:checked, input[type=number]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

    await page.locator('header').getByRole('button', { name: LANGUAGE_NAMES.de, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const germanSecond = german.questions.find((question) => question.id === second.id);
    if (!germanSecond) throw new Error(`no German ${second.id}`);
    const form = await questionFormIn(page, germanSecond);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(germanSecond.title);
    expect(
      await form
        .locator('input:checked, input[type=number]')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(checkedBefore);
    await expect(page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).resolves.toBe('de');
    // The address is the German page's, on the same step, so a reload shows this screen in German.
    expect(new URL(page.url()).pathname).toBe('/de/');
    expect(new URL(page.url()).search).toBe(`?question=${second.id}`);
    await expectNoAxeViolations(page, 'a question after switching to German');
    await page.reload();
    await questionFormIn(page, germanSecond);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');

    // Back to the first question: its answer is kept too, now in German.
    await form.locator('.question-actions > button.button').first().click();
    const germanFirst = german.questions.find((question) => question.id === first.id);
    if (!germanFirst) throw new Error(`no German ${first.id}`);
    await questionFormIn(page, germanFirst);
    await expect(page.locator('form.question input:checked, form.question input[type=number]')).not.toHaveCount(0);
  });
});

test.describe('a saved choice', () => {
  test.use({ locale: browserLocale.de });

  test('wins over the browser language on reload', async ({ page }) => {
    await openLandingIn(page, bankIn('de'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(new URL(page.url()).pathname).toBe('/de/');
    await page.evaluate((key) => localStorage.setItem(key, 'es'), LANGUAGE_KEY);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: bankIn('es').title, exact: true }).waitFor();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // The reload reached the German page, which sent the visit on to the Spanish one.
    expect(new URL(page.url()).pathname).toBe('/es/');
  });
});

/** Every language differs from each other on the landing title, or the checks above prove less. */
test('the bank titles differ between languages', () => {
  const titles = new Set(LANGUAGES.map((language: Language) => bankIn(language).title));
  expect(titles.size).toBe(LANGUAGES.length);
});
