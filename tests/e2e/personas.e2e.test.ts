import { outcomeIds } from '../../src/engine/bank/schema';
import { personas } from '../fixtures/personas';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { runPersona } from './support/wizard';

// One calibration persona per outcome, through the real UI; the engine tests cover them all.
const onePerOutcome = outcomeIds.map((outcome) => {
  const persona = personas.find((candidate) => candidate.expected === outcome);
  if (!persona) throw new Error(`no persona expects ${outcome}`);
  return persona;
});

for (const persona of onePerOutcome)
  test(`${persona.id}: from Start to the result, the UI recommends ${persona.expected}`, async ({ page }) => {
    await expect(runPersona(page, persona)).resolves.toBe(persona.expected);
    await expectNoAxeViolations(page, `the result for ${persona.id}`);
  });
