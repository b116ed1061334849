import { compareResults, decodeShareLink, evaluate, outcomeById, planLine, type OutcomeId } from '../../src/engine';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { bank, openLanding, personaFor, sharePath } from './support/wizard';

const people = [
  { label: 'Ada', persona: personaFor('po') },
  { label: 'Grace', persona: personaFor('pm') },
];
const title = (outcome: OutcomeId) => outcomeById(bank, outcome).title;

test('two share links side by side: each outcome, where they differ, one for the team; a broken link is explained', async ({
  page,
  baseURL,
}) => {
  const links = people.map(({ persona }) => `${baseURL}${sharePath(persona.answers)}`);
  await openLanding(page);
  await page.getByRole('button', { name: 'Compare colleagues’ results', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Compare answers' }).waitFor();
  for (const [index, { label }] of people.entries()) {
    await page.getByRole('textbox', { name: `Name for person ${index + 1}`, exact: true }).fill(label);
    await page
      .getByRole('textbox', { name: `Share link for person ${index + 1}`, exact: true })
      .fill(links[index] ?? '');
  }
  await page.getByRole('button', { name: 'Compare', exact: true }).click();

  const results = page.getByRole('heading', { level: 2, name: 'Each person’s result' });
  await results.waitFor();
  await expect.poll(() => results.evaluate((heading) => heading === document.activeElement)).toBe(true);
  const table = page.getByRole('table', { name: /^Recommendation, hiring plan and dimension scores/ });
  for (const { label, persona } of people) {
    const row = await table.getByRole('row', { name: new RegExp(`^${label} `) }).textContent();
    expect(row).toContain(title(persona.expected));
    expect(row).toContain(planLine(bank, evaluate(bank, persona.answers)));
  }

  const expected = compareResults(
    bank,
    people.map(({ label, persona }) => ({ label, answers: persona.answers })),
  );
  const differences = page.getByRole('region', { name: 'Where you differ most' });
  await differences.waitFor();
  const biggest = expected.differences[0];
  if (!biggest) throw new Error('the two personas answered alike');
  await differences.getByRole('rowheader', { name: biggest.topic, exact: true }).waitFor();

  const together = page.getByRole('region', { name: 'Together' });
  await expect(together.getByRole('strong').textContent()).resolves.toBe(title(expected.combined.outcome));
  await expect(table.getByRole('row', { name: /^Everyone together / }).textContent()).resolves.toContain(
    title(expected.combined.outcome),
  );
  await expectNoAxeViolations(page, 'the comparison');

  // Person 2's link cut short while copying: the comparison goes and an alert says why.
  const damaged = (links[1] ?? '').slice(0, -4);
  const decoded = decodeShareLink(bank, damaged);
  if (decoded.ok) throw new Error('the shortened link still decodes');
  await page.getByRole('textbox', { name: 'Share link for person 2', exact: true }).fill(damaged);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Some answers could not be read' });
  await expect(alert.getByRole('listitem').textContent()).resolves.toBe(`Grace: ${decoded.error.message}`);
  await results.waitFor({ state: 'detached' });
  await expectNoAxeViolations(page, 'the comparison with a damaged link');
});
