/** Accessibility checks with axe-core: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One block per violated rule: impact, rule, help URL, and each offending element with axe's summary. */
export function formatAxeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe on the page as it is now and throws a readable report if any rule fails. */
export async function expectNoAxeViolations(page: Page, what = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  if (results.violations.length > 0)
    throw new Error(
      `axe found ${results.violations.length} accessibility violations on ${what}:\n${formatAxeViolations(results.violations)}`,
    );
}
