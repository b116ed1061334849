import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { focused, openResult, personaFor } from './support/wizard';

// A result with "What if?" changes to try.
const persona = personaFor('combined');

for (const colorScheme of ['light', 'dark'] as const)
  test(`the result screen has no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await expect(openResult(page, persona.answers)).resolves.toBe(persona.expected);
    await expectNoAxeViolations(page, `the result (${colorScheme})`);
  });

test('the "What if?" preview takes focus and has no axe violations', async ({ page }) => {
  await openResult(page, persona.answers);
  const whatIf = page.getByRole('button', { name: /^What if: / }).first();
  const name = (await whatIf.getAttribute('aria-label')) ?? '';
  await whatIf.click();
  const preview = page.getByRole('region', { name: /^What if / });
  await preview.getByText('This is only a preview:', { exact: false }).waitFor();
  // The button says "What if: <change>?", the preview's heading "What if <change>?".
  await expect.poll(() => focused(page)).toEqual({ tag: 'h3', text: name.replace(/^What if: /, 'What if ') });
  await expectNoAxeViolations(page, 'the result with a "What if?" preview');
});
