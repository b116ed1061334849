/** Issue #22, point 2: a colleague's result reads as theirs, and a name says whose answers are whose. */
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, saveDownload, tempFolder } from './support/files';
import { UNSURE, questionFlow, type Answers } from '../../src/engine';
import { bank, openResult, personaFor } from './support/wizard';

/** A persona's answers with "Not sure" for any question newer than the persona, so they lead to a result. */
function complete(answers: Answers): Answers {
  let done: Answers = answers;
  for (let flow = questionFlow(bank, done); flow.firstUnanswered; flow = questionFlow(bank, done))
    done = { ...done, [flow.firstUnanswered]: UNSURE };
  return done;
}

const colleague = { ...personaFor('pm'), answers: complete(personaFor('pm').answers) };
const other = complete(personaFor('po').answers);

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${viewport.width}×${viewport.height}, a named file opens read-only as theirs, and becomes one's own only when asked`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // The colleague's own result, named "Ana (CTO)", saved as a file.
    await openResult(page, colleague.answers);
    await page.getByRole('button', { name: 'Make these my answers', exact: true }).click();
    await page.getByRole('textbox', { name: 'Whose answers are these? (optional)' }).fill('Ana\u202e (CTO)');
    await expect(page.locator('.result .eyebrow')).toHaveText('Ana (CTO)’s result');
    const folder = await tempFolder();
    const file = await saveDownload(
      await downloadFrom(page, () => page.getByRole('button', { name: 'Save result file (.json)' }).click()),
      folder,
    );
    expect(file.path).toMatch(/role-fit-ana-cto-[a-z]+-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ name: 'Ana (CTO)' });
    const md = await saveDownload(
      await downloadFrom(page, () => page.getByRole('button', { name: 'Download summary (.md)' }).click()),
      folder,
    );
    expect(md.text.split('\n')[0]).toMatch(/^# Role Fit result for Ana \(CTO\): /);
    expect(md.path).toMatch(/role-fit-ana-cto-/);

    // Another browser's own answers: a different persona, then the colleague's file.
    await page.evaluate(() => localStorage.clear());
    await openResult(page, other);
    await page.getByRole('button', { name: 'Make these my answers', exact: true }).click();
    const own = await page.evaluate(() => localStorage.getItem('role-fit:v1'));
    await page
      .getByRole('navigation', { name: 'Role Fit' })
      .getByRole('button', { name: 'Open a saved result' })
      .click();
    await page.getByLabel('Saved result file').setInputFiles(file.path);
    const banner = page.getByRole('region', { name: 'Saved result' });
    await expect(banner).toContainText('These are Ana (CTO)’s answers. Your own answers in this browser are not shown');
    await expect(page.locator('.result .eyebrow')).toHaveText('Ana (CTO)’s result');
    await expect(page.getByRole('textbox', { name: /Whose answers/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'a colleague’s saved result');
    expect(await page.evaluate(() => localStorage.getItem('role-fit:v1'))).toBe(own);

    // "Compare with mine" puts it beside this browser's result.
    await banner.getByRole('button', { name: 'Compare with mine' }).click();
    await expect(page.getByRole('textbox', { name: 'Name for person 1' })).toHaveValue('Ana (CTO)');
    await expect(
      page.getByRole('table', { name: /^Recommendation/ }).getByRole('row', { name: /^Ana \(CTO\) / }),
    ).toBeVisible();
    await page.goBack();

    // Making them one's own asks first.
    await page
      .getByRole('navigation', { name: 'Role Fit' })
      .getByRole('button', { name: 'Open a saved result' })
      .click();
    await page.getByLabel('Saved result file').setInputFiles(file.path);
    await banner.getByRole('button', { name: 'Make these my answers' }).click();
    await banner
      .getByRole('group', { name: 'Replace your answers in this browser with Ana (CTO)’s?' })
      .getByRole('button', { name: 'Replace my answers' })
      .click();
    await expect(banner).toBeHidden();
    await expect(
      page.getByText('Our recommendation', { exact: false }).or(page.getByText('Ana (CTO)’s result')),
    ).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('role-fit:v1'))).not.toBe(own);
  });
}

test('a share link reads as the sender’s: their answers, never “your”', async ({ page }) => {
  await openResult(page, colleague.answers);
  await expect(page.getByRole('region', { name: 'Shared result' })).toContainText(
    'These are the answers of the person who sent the link.',
  );
  // On paper, the record of the answers says whose they are.
  await expect(page.locator('#print-record-title')).toHaveText('Their answers');
  await expect(page.getByRole('textbox', { name: /Whose answers/ })).toHaveCount(0);
});

test('at 1280×800 the result’s first screen still holds the recommendation, the plan, the confidence, the reasons and the actions', async ({
  page,
}) => {
  await openResult(page, other);
  await page.getByRole('button', { name: 'Make these my answers', exact: true }).click();
  await page.getByRole('textbox', { name: 'Whose answers are these? (optional)' }).waitFor();
  const viewport = page.viewportSize();
  for (const target of [
    page.getByRole('heading', { level: 1 }),
    page.locator('.hiring-plan'),
    page.getByRole('heading', { level: 2, name: /^How sure is this\? / }),
    page.getByRole('region', { name: 'Main reasons' }),
    ...['Copy summary', 'Download summary (.md)', 'Save as PDF', 'Copy share link'].map((name) =>
      page.getByRole('button', { name, exact: true }),
    ),
  ]) {
    const box = await target.boundingBox();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height, String(target)).toBe(true);
  }
});
