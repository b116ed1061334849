import { outcomeIds } from '../../src/engine';
import { expect, test } from './support/fixtures';
import { openResult, personaFor } from './support/wizard';

const viewports = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

// Issue 22, point 1: the first explanation a user reads is whole and in plain words.
for (const viewport of viewports)
  for (const outcome of outcomeIds)
    test(`at ${viewport.width} px the ${outcome} result's main reasons and certainty read in full, in plain words`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await expect(openResult(page, personaFor(outcome).answers)).resolves.toBe(outcome);
      const reasons = page.getByRole('region', { name: 'Main reasons' }).getByRole('listitem');
      await expect(reasons.first()).toBeVisible();
      for (const item of await reasons.all()) {
        // Nothing cut off: the text fits its box, with no ellipsis and no hidden overflow.
        const cut = await item.evaluate((element) => {
          const style = getComputedStyle(element);
          return element.scrollHeight > element.clientHeight + 1 || style.textOverflow === 'ellipsis';
        });
        expect(cut).toBe(false);
        const text = (await item.textContent()) ?? '';
        expect(text).toMatch(/^[^:]+: .+\.$/);
        expect(text).not.toMatch(/…|\bpoints?\b|\d+ (across|up)\b/);
      }
      const certainty = page.getByRole('region', { name: /^How sure is this\?/ });
      const sure = (await certainty.textContent()) ?? '';
      expect(sure).toMatch(/^How sure is this\? (A close call|Fairly settled|Settled|Tentative)/);
      expect(sure).not.toMatch(/\bpoints?\b|%|open, so/);
    });
