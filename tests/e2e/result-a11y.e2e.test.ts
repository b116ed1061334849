import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { focused, openResult, openSection, personaFor } from './support/wizard';

const sections = [
  'How well each option fits',
  'Why',
  'What would change it',
  'What this hire does',
  'Job post starter',
];

// A result with "What if?" changes to try.
const persona = personaFor('combined');

for (const colorScheme of ['light', 'dark'] as const)
  test(`the result screen has no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await expect(openResult(page, persona.answers)).resolves.toBe(persona.expected);
    await expectNoAxeViolations(page, `the result (${colorScheme})`);
    for (const name of sections) await expect((await openSection(page, name)).locator('.section-body')).toBeVisible();
    await page.getByRole('button', { name: 'Describe the map', exact: true }).click();
    await expectNoAxeViolations(page, `the result with every section open (${colorScheme})`);
  });

test('the "What if?" preview takes focus and has no axe violations', async ({ page }) => {
  await openResult(page, persona.answers);
  await openSection(page, 'What would change it');
  const whatIf = page.getByRole('button', { name: /^What if\? If / }).first();
  const name = (await whatIf.getAttribute('aria-label')) ?? '';
  await whatIf.click();
  const preview = page.getByRole('region', { name: /^If .+\?$/ });
  await preview.getByText('This is only a preview:', { exact: false }).waitFor();
  // The button says "What if? If <change>", the preview's heading "If <change>?".
  await expect.poll(() => focused(page)).toEqual({ tag: 'h3', text: `${name.replace(/^What if\? /, '')}?` });
  await expectNoAxeViolations(page, 'the result with a "What if?" preview');
});
