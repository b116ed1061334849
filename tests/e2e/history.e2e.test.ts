import { expect, test } from './support/fixtures';
import {
  answerAll,
  answerQuestion,
  bank,
  next,
  personaFor,
  questionForm,
  questionsFor,
  shownOutcome,
  start,
} from './support/wizard';

test("the browser's Back and Forward move between the landing page, the questions, the review and the result", async ({
  page,
}) => {
  const persona = personaFor('po');
  const [first, second] = questionsFor(persona);
  if (!first || !second) throw new Error('the persona sees fewer than two questions');
  await start(page);
  await answerAll(page, persona);
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  await expect(shownOutcome(page)).resolves.toBe(persona.expected);

  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  await page.goBack();
  const last = questionsFor(persona).at(-1);
  if (!last) throw new Error('no last question');
  await questionForm(page, last);
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();

  // All the way back: the first question, then the landing page, with the answers kept.
  for (let i = 0; i < questionsFor(persona).length; i += 1) await page.goBack();
  await questionForm(page, first);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: bank.title }).waitFor();
  await page.goForward();
  await questionForm(page, first);
  await page.reload();
  const form = await questionForm(page, first);
  await expect(form.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
});

test('an address naming a question the answers hide opens the nearest shown one', async ({ page }) => {
  const conditional = bank.questions.find((question) => question.showIf !== undefined);
  if (!conditional) throw new Error('the bank has no conditional question');
  await start(page);
  const first = bank.questions[0];
  const option = first?.type === 'single' ? first.options[0] : undefined;
  if (!first || !option) throw new Error('the first question is not a single choice');
  await answerQuestion(page, first, option.id);
  await next(page, first);
  await page.goto(`/?question=${conditional.id}`);
  const shown = questionsFor({ answers: { [first.id]: option.id } });
  const before = shown.filter((question) => bank.questions.indexOf(question) < bank.questions.indexOf(conditional));
  const nearest = before.at(-1);
  if (!nearest) throw new Error('no shown question before the conditional one');
  await questionForm(page, nearest);
  expect(new URL(page.url()).search).toBe(`?question=${nearest.id}`);
});
