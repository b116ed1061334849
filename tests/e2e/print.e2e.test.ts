import { outcomeById, outcomeIds } from '../../src/engine';
import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf-text';
import { printToPdf } from './support/print';
import { bank, openResult, personaFor } from './support/wizard';

declare global {
  interface Window {
    __printCalls?: number;
  }
}

/** Labels of controls that do nothing on paper, so the printout must not show them. */
const controls = [
  'Download summary (.md)',
  'Save result file (.json)',
  'Copy share link',
  'Save as PDF',
  'What if?',
  'Start again',
];

for (const outcome of outcomeIds)
  test(`the printed result for ${outcome} fits two pages and names the recommendation`, async ({ page }) => {
    await expect(openResult(page, personaFor(outcome).answers)).resolves.toBe(outcome);
    const { pdf, pages } = await printToPdf(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(outcomeById(bank, outcome).title);
    expect(text).toContain('How well each option fits');
    // The printout stands on its own: the question set and its version, and the answers.
    // (The PDF's text layer puts spaces where the markup changes.)
    expect(text).toMatch(new RegExp(`\\(\\s*${bank.id} ${bank.version.replaceAll('.', '\\.')}\\s*\\)`));
    // A shared result's answers are the sender's.
    expect(text).toContain('Their answers');
    expect(text).not.toContain('Try one');
    for (const control of controls) expect(text).not.toContain(control);
  });

test('"Save as PDF" opens the print dialog', async ({ page }) => {
  await openResult(page, personaFor('pm').answers);
  // The real dialog would block the page: count the calls instead.
  await page.evaluate(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls = (window.__printCalls ?? 0) + 1;
    };
  });
  await page.getByRole('button', { name: 'Save as PDF', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__printCalls)).toBe(1);
});
