/** One problem in a bank, located by its JSON path (e.g. `questions[3].bands[1].min`). */
export interface BankIssue {
  path: string;
  message: string;
}

/** Every issue on its own line, path first: for terminals and "details" disclosures. */
export function formatBankIssues(issues: readonly BankIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}
