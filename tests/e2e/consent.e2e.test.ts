import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { answerAll, personaFor, questionsFor, shownOutcome, start } from './support/wizard';

test('"Start again" on the result and "Start over" on the landing page ask before removing answers', async ({
  page,
}) => {
  const persona = personaFor('pm');
  await start(page);
  await answerAll(page, persona);
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  await expect(shownOutcome(page)).resolves.toBe(persona.expected);

  // Cancel keeps everything, and focus returns to the button.
  const again = page.getByRole('button', { name: 'Start again', exact: true });
  await again.click();
  const ask = page.getByRole('group', { name: 'Remove your answers from this browser and start again?' });
  await expect(ask).toBeVisible();
  await expectNoAxeViolations(page, 'the start-again question');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeFocused();
  await page.reload();
  await expect(shownOutcome(page)).resolves.toBe(persona.expected);

  // Back from the first question leads to the landing page, where "Start over" asks the same question.
  await page.getByRole('button', { name: 'Back to review', exact: true }).click();
  const first = questionsFor(persona)[0];
  if (!first) throw new Error('the persona sees no question');
  await page.getByRole('button', { name: `Change ${first.topic}` }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Start over', exact: true }).click();
  await ask.getByRole('button', { name: 'Remove and start again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});
