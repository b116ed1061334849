/** Lighthouse 12 with its default mobile preset, in the same Chromium, one fresh browser a run. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags } from '../chromium';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that lost points in accessibility or best practices, for the report. */
  failing: string[];
}

const score = (value: number | null | undefined): number => Math.round((value ?? 0) * 100);

/** `browserLocale` (de-DE…) is the browser's language, which picks Role Fit's; the browser's default when absent. */
export async function runLighthouse(url: string, chromePath: string, browserLocale?: string): Promise<LighthouseRun> {
  const languageFlags =
    browserLocale === undefined ? [] : [`--lang=${browserLocale}`, `--accept-lang=${browserLocale}`];
  const chrome = await launch({ chromePath, chromeFlags: [...chromiumFlags, ...languageFlags], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const numeric = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
    const failing = ['accessibility', 'best-practices'].flatMap((category) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}/${ref.id}`),
    );
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
