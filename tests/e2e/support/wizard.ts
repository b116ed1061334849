/**
 * Drives the assessment like a user: by roles and the labels from the question bank.
 * Scenarios stay short: `await runPersona(page, persona)` goes from Start to the result.
 */
import type { Locator, Page } from '@playwright/test';
import {
  UNSURE,
  encodeShareLink,
  questionFlow,
  type Answer,
  type Answers,
  type Bank,
  type Question,
} from '../../../src/engine';
import type { OutcomeId } from '../../../src/engine/bank/schema';
import { defaultBank } from '../../fixtures/default-bank';
import en from '../../../src/i18n/messages/en/wizard';
import { personas, type Persona } from '../../fixtures/personas';

/** The words of the "Not sure" choice in English, the language the end-to-end runs use unless told. */
const UNSURE_LABEL = en.unsure;

export const bank: Bank = defaultBank();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An option's accessible name: its label, then its hint when it has one. */
function optionName(label: string, hint?: string): RegExp {
  const rest = hint ? `(\\s*${escapeRegExp(hint)})?` : '';
  return new RegExp(`^${escapeRegExp(label)}${rest}$`);
}

/**
 * The landing page, freshly loaded, once the app has started. The page is in the HTML before
 * that; the app, once running, moves focus to its heading.
 */
export async function openLanding(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: bank.title }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'landing-title');
}

export async function start(page: Page): Promise<void> {
  await openLanding(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
}

/** The form of the question on screen, once it is shown. */
export async function questionForm(page: Page, question: Question): Promise<Locator> {
  const form = page.getByRole('form', { name: question.title, exact: true });
  await form.waitFor();
  return form;
}

/** Gives an answer on the question's screen (which must be showing); does not press Next. */
export async function answerQuestion(page: Page, question: Question, answer: Answer): Promise<void> {
  const form = await questionForm(page, question);
  const unsure = form.getByRole(question.type === 'single' || question.type === 'scale' ? 'radio' : 'checkbox', {
    name: UNSURE_LABEL,
    exact: true,
  });
  if (answer === UNSURE) {
    await unsure.check();
    return;
  }
  switch (question.type) {
    case 'number':
      if (typeof answer !== 'number')
        throw new Error(`${question.id}: expected a number, got ${JSON.stringify(answer)}`);
      await form.getByRole('spinbutton', { name: question.title, exact: true }).fill(String(answer));
      return;
    case 'multiple':
      for (const id of Array.isArray(answer) ? answer : [answer]) {
        const option = question.options.find((candidate) => candidate.id === id);
        if (!option) throw new Error(`${question.id}: no option ${String(id)}`);
        await form.getByRole('checkbox', { name: optionName(option.label, option.hint) }).check();
      }
      return;
    case 'single':
    case 'scale': {
      const option = question.options.find((candidate) => candidate.id === answer);
      if (!option) throw new Error(`${question.id}: no option ${JSON.stringify(answer)}`);
      await form.getByRole('radio', { name: optionName(option.label, option.hint) }).check();
      return;
    }
  }
}

export async function next(page: Page, question: Question): Promise<void> {
  const form = await questionForm(page, question);
  await form.getByRole('button', { name: 'Next', exact: true }).click();
}

/** The questions a persona sees, in order. */
export function questionsFor(persona: Pick<Persona, 'answers'>): readonly Question[] {
  return questionFlow(bank, persona.answers).questions;
}

/** Answers every question the persona is shown, from the first question to the review screen. */
export async function answerAll(page: Page, persona: Pick<Persona, 'answers'>): Promise<void> {
  for (const question of questionsFor(persona)) {
    const answer = persona.answers[question.id];
    if (answer === undefined) throw new Error(`the persona has no answer to ${question.id}`);
    await answerQuestion(page, question, answer);
    await next(page, question);
  }
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
}

/** The recommendation on the result screen, as an outcome id. */
export async function shownOutcome(page: Page): Promise<OutcomeId> {
  const heading = page.getByRole('heading', { level: 1 });
  // The eyebrow above the heading: "Our recommendation", or "Shared result" for a link's answers.
  await page.locator('.result .eyebrow').waitFor();
  const title = (await heading.textContent())?.trim();
  // Where the plan hires less than the outcome names, the heading says what to hire and a line under it names the outcome.
  const situation = page.locator('.result .situation');
  const named = (await situation.count()) > 0 ? /“([^”]+)”/.exec((await situation.textContent()) ?? '')?.[1] : title;
  const outcome = bank.outcomes.find((candidate) => candidate.title === named);
  if (!outcome) throw new Error(`the result heading "${title ?? ''}" names no outcome`);
  return outcome.id;
}

/** From a fresh landing page through Start, every question and the review, to the result. */
export async function runPersona(page: Page, persona: Pick<Persona, 'answers'>): Promise<OutcomeId> {
  await start(page);
  await answerAll(page, persona);
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  return shownOutcome(page);
}

/** The first calibration persona the engine expects to get this outcome. */
export function personaFor(outcome: OutcomeId): Persona {
  const persona = personas.find((candidate) => candidate.expected === outcome);
  if (!persona) throw new Error(`no persona expects ${outcome}`);
  return persona;
}

/** The app's address (path and fragment) that opens these answers as a share link does. */
export function sharePath(answers: Answers): string {
  return `/#${encodeShareLink(bank, answers)}`;
}

/** Opens answers through a share link on a fresh page and waits for their result. */
export async function openResult(page: Page, answers: Answers): Promise<OutcomeId> {
  await page.goto(sharePath(answers));
  return shownOutcome(page);
}

/** Opens one of the result's detail sections by its heading's button, unless it is open. */
export async function openSection(page: Page, name: string): Promise<Locator> {
  const toggle = page.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('region', { name, exact: true });
}

/** The fit figures as screen readers get them: the chart's table, one row per option. */
export async function fitFigures(page: Page): Promise<string> {
  await openSection(page, 'How well each option fits');
  const table = page.getByRole('table', { name: /^Fit of each option/ });
  return ((await table.textContent()) ?? '').trim();
}

// ---- keyboard only -----------------------------------------------------------------------

/** True when the locator's element has the keyboard focus. */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until the target has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} got no focus after ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused element's tag and text, to check where focus landed after a step change. */
export async function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName.toLowerCase() ?? '',
    text: document.activeElement?.textContent.trim() ?? '',
  }));
}

/**
 * Answers the question on screen with the keyboard only: Tab into a radio group and arrow
 * to the option (Space for the first), Tab to each checkbox and press Space, type a number.
 * Does not submit.
 */
export async function answerWithKeyboard(page: Page, question: Question, answer: Answer): Promise<void> {
  const form = await questionForm(page, question);
  if (question.type === 'single' || question.type === 'scale') {
    const index = answer === UNSURE ? question.options.length : question.options.findIndex((o) => o.id === answer);
    if (index < 0) throw new Error(`${question.id}: no option ${JSON.stringify(answer)}`);
    const radios = form.getByRole('radio');
    // With nothing checked yet, Tab enters the group on its first radio without checking it.
    await tabTo(page, radios.first());
    if (index === 0) await page.keyboard.press('Space');
    for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
    await waitUntilChecked(radios.nth(index));
    return;
  }
  const unsure = form.getByRole('checkbox', { name: UNSURE_LABEL, exact: true });
  if (answer === UNSURE) {
    await tabTo(page, unsure);
    await page.keyboard.press('Space');
    await waitUntilChecked(unsure);
    return;
  }
  if (question.type === 'number') {
    if (typeof answer !== 'number') throw new Error(`${question.id}: expected a number`);
    await tabTo(page, form.getByRole('spinbutton', { name: question.title, exact: true }));
    await page.keyboard.type(String(answer));
    return;
  }
  for (const id of Array.isArray(answer) ? answer : [answer]) {
    const option = question.options.find((candidate) => candidate.id === id);
    if (!option) throw new Error(`${question.id}: no option ${String(id)}`);
    const box = form.getByRole('checkbox', { name: optionName(option.label, option.hint) });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await waitUntilChecked(box);
  }
}

async function waitUntilChecked(target: Locator): Promise<void> {
  await target.and(target.page().locator(':checked')).waitFor();
}
