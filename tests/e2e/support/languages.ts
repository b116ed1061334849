/**
 * Drives the assessment in any language: by the page's structure and the bank's own texts in
 * that language, never by English labels. An option is picked by its place in the question (the
 * same in every language: the texts differ, the ids and order do not), "Not sure" is the
 * option after the bank's, and the buttons are found by their place on the screen.
 */
import type { Locator, Page } from '@playwright/test';
import { UNSURE, questionFlow, type Answer, type Answers, type Bank, type Question } from '../../../src/engine';
import { LANGUAGE_KEY } from '../../../src/i18n/saved-language';
import type { Locale } from '../../../src/i18n/languages';
import { defaultBank } from '../../fixtures/default-bank';

/** The default bank as the page shows it in a language (or the pseudo-language). */
export const bankIn = (locale: Locale): Bank => defaultBank(locale);

/** A browser locale that picks each language when nothing is saved. */
export const browserLocale: Readonly<Record<'en' | 'de' | 'es', string>> = { en: 'en-US', de: 'de-DE', es: 'es-ES' };

/** Makes every page of the context start with this language saved, as if the visitor had chosen it. */
export async function saveLanguageBeforeLoad(page: Page, locale: Locale): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, locale] as const);
}

/** The landing page in the bank's language, once the app runs (it focuses the heading). */
export async function openLandingIn(page: Page, bank: Bank): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: bank.title, exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'landing-title');
}

/** Start (or Continue): the landing page's one primary button. */
export async function startIn(page: Page, bank: Bank): Promise<void> {
  await openLandingIn(page, bank);
  await page.locator('.landing button.primary').click();
}

/** The question's form, once it shows, found by the question's title in the bank's language. */
export async function questionFormIn(page: Page, question: Question): Promise<Locator> {
  const form = page.getByRole('form', { name: question.title, exact: true });
  await form.waitFor();
  return form;
}

/** The place of an answer among the question's choices: the bank's options, then "Not sure". */
function placeOf(question: Question & { options: readonly { id: string }[] }, id: string): number {
  if (id === UNSURE) return question.options.length;
  const index = question.options.findIndex((option) => option.id === id);
  if (index < 0) throw new Error(`${question.id}: no option ${id}`);
  return index;
}

/** Gives an answer on the question's screen by the choices' places; does not press Next. */
export async function answerByPlace(page: Page, question: Question, answer: Answer): Promise<void> {
  const form = await questionFormIn(page, question);
  switch (question.type) {
    case 'number':
      if (answer === UNSURE) await form.getByRole('checkbox').first().check();
      else if (typeof answer === 'number') await form.getByRole('spinbutton').fill(String(answer));
      else throw new Error(`${question.id}: expected a number, got ${JSON.stringify(answer)}`);
      return;
    case 'multiple':
      for (const id of Array.isArray(answer) ? answer : [answer])
        await form
          .getByRole('checkbox')
          .nth(placeOf(question, String(id)))
          .check();
      return;
    case 'single':
    case 'scale':
      await form
        .getByRole('radio')
        .nth(placeOf(question, String(answer)))
        .check();
      return;
  }
}

/** Next (or the last question's See result): the question form's submit button. */
export async function nextIn(page: Page, question: Question): Promise<void> {
  const form = await questionFormIn(page, question);
  await form.locator('button[type=submit]').click();
}

/** The questions these answers are shown, in order. */
export const questionsIn = (bank: Bank, answers: Answers): readonly Question[] => questionFlow(bank, answers).questions;

/** The review screen, once it shows. */
export async function reviewIn(page: Page): Promise<Locator> {
  const review = page.locator('section.review');
  await review.waitFor();
  return review;
}

/** From the review, See my result (its primary button), then the result's heading. */
export async function seeResultIn(page: Page): Promise<Locator> {
  await (await reviewIn(page)).locator('.actions button.primary').click();
  return resultHeading(page);
}

/** The result's heading, once the result shows. */
export async function resultHeading(page: Page): Promise<Locator> {
  await page.locator('.result .eyebrow').waitFor();
  return page.locator('.result h1');
}

/** Answers every question shown, from the first question to the review screen. */
export async function answerAllIn(page: Page, bank: Bank, answers: Answers): Promise<void> {
  for (const question of questionsIn(bank, answers)) {
    const answer = answers[question.id];
    if (answer === undefined) throw new Error(`no answer to ${question.id}`);
    await answerByPlace(page, question, answer);
    await nextIn(page, question);
  }
  await reviewIn(page);
}

/**
 * The site header's own buttons (not the language switcher's, which carry a lang attribute),
 * last first: Compare, then Open a saved result.
 */
export function headerAction(page: Page, which: 'compare' | 'open'): Locator {
  return page.locator('.site-actions button:not([lang])').nth(which === 'compare' ? -1 : -2);
}

/** The language-pack chunk files of the build, as requested: `/assets/de-core-<hash>.js`. */
export const PACK_CHUNK = /\/assets\/(en|de|es|pseudo)-(core|result)-[\w-]+\.js$/;

/** The pack name of a chunk's address (`de`, `pseudo`…), or undefined for any other file. */
export function packOf(url: string): string | undefined {
  return PACK_CHUNK.exec(new URL(url).pathname)?.[1];
}
