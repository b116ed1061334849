/**
 * Watches a browser context for what must never happen on any page: console errors and
 * uncaught exceptions, failed requests and error responses, requests to any origin but the
 * app's (they are also blocked), and Content Security Policy violations.
 */
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

export interface CspViolation {
  /** Unique per document and violation, so one reported twice counts once. */
  id: string;
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
  /** The policy that was violated: a page may have several (a header and a meta tag), and each reports. */
  policy: string;
}

export interface GuardProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __reportCspViolation?: (violation: CspViolation) => Promise<void>;
  }
}

/** Runs in every page before its own scripts. */
function recordCspViolations() {
  window.__cspViolations = [];
  let count = 0;
  document.addEventListener('securitypolicyviolation', (event) => {
    count += 1;
    const violation = {
      id: `${performance.timeOrigin}#${count}`,
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      policy: event.originalPolicy,
    };
    window.__cspViolations?.push(violation);
    // Straight to the test too, so a violation survives a navigation.
    void window.__reportCspViolation?.(violation);
  });
}

function describeViolation(violation: CspViolation): string {
  const where = violation.sourceFile ? ` at ${violation.sourceFile}:${violation.line}` : '';
  const sample = violation.sample ? ` (${violation.sample})` : '';
  return `${violation.directive} blocked ${violation.blockedURI || 'inline'}${where}${sample}`;
}

function location(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? ` [${url}:${lineNumber}]` : '';
}

export class PageGuard {
  private readonly problems: GuardProblems = {
    consoleErrors: [],
    failedRequests: [],
    foreignRequests: [],
    cspViolations: [],
  };

  private readonly seenViolations = new Set<string>();

  private constructor(
    /** The guarded context: open pages in it, never in another. */
    readonly context: BrowserContext,
    private readonly origin: string,
  ) {}

  private addViolation(violation: CspViolation) {
    if (this.seenViolations.has(violation.id)) return;
    this.seenViolations.add(violation.id);
    this.problems.cspViolations.push(describeViolation(violation));
  }

  /** Installs the guard on a context before any of its pages open. */
  static async attach(context: BrowserContext, baseURL: string): Promise<PageGuard> {
    const guard = new PageGuard(context, new URL(baseURL).origin);
    await context.exposeFunction('__reportCspViolation', (violation: CspViolation) => guard.addViolation(violation));
    await context.addInitScript(recordCspViolations);
    await context.route(
      (url) => url.protocol.startsWith('http') && url.origin !== guard.origin,
      async (route) => {
        guard.problems.foreignRequests.push(`${route.request().method()} ${route.request().url()}`);
        await route.abort('blockedbyclient');
      },
    );
    context.on('page', (page) => guard.watch(page));
    for (const page of context.pages()) guard.watch(page);
    return guard;
  }

  private watch(page: Page) {
    page.on('console', (message) => {
      const text = message.text();
      if (/Content[- ]Security[- ]Policy/i.test(text)) this.problems.cspViolations.push(`console: ${text}`);
      else if (message.type() === 'error') this.problems.consoleErrors.push(`${text}${location(message)}`);
    });
    page.on('pageerror', (error) => this.problems.consoleErrors.push(`uncaught: ${error.stack ?? error.message}`));
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).origin !== this.origin) return; // counted as foreign
      // A reload or navigation cancels what the old page still had in flight (its favicon, say):
      // that is the browser leaving the page, not a request that failed.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      this.problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? '?'}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400)
        this.problems.failedRequests.push(
          `${response.request().method()} ${response.url()}: HTTP ${response.status()}`,
        );
    });
  }

  /** Takes (and forgets) the problems of one kind, for a test that provokes them on purpose. */
  take(kind: keyof GuardProblems): string[] {
    return this.problems[kind].splice(0);
  }

  /** Everything seen so far, including violations whose report has not arrived yet. */
  async collect(): Promise<GuardProblems> {
    for (const page of this.context.pages()) {
      if (page.isClosed()) continue;
      const recorded = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as CspViolation[]);
      for (const violation of recorded) this.addViolation(violation);
    }
    return structuredClone(this.problems);
  }
}

/** A readable report of the problems, or '' when there are none. */
export function formatProblems(problems: GuardProblems): string {
  const kinds = Object.keys(problems) as (keyof GuardProblems)[];
  return kinds
    .filter((kind) => problems[kind].length > 0)
    .map((kind) => `${kind}:\n${problems[kind].map((line) => `  - ${line}`).join('\n')}`)
    .join('\n');
}
