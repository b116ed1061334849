/**
 * `npm run bench:web`: Role Fit against the bare React survey in shared/bench-baseline, built
 * and served side by side on 127.0.0.1, measured in the same Chromium in the same run.
 * Measured once per language (English, German, Spanish: the browser's language picks it), each
 * at its own page (`/`, `/de/`, `/es/`), the baseline alongside each; a visit to `/` in another
 * language, which that page sends on to the language's page, is timed too. Prints one table per language with ratios and PASS/FAIL per budget;
 * exits 1 when a budget fails in any language.
 * How each figure is taken: scripts/bench-web/interaction.ts and docs/performance.md.
 */
import { rmSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { defaultBank } from '../tests/fixtures/default-bank';
import '../src/i18n/all-languages';
import { LANGUAGE_PAGES } from '../src/i18n/language-page';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../src/i18n/languages';
import { coreMessages } from '../src/i18n/registry';
import { chromiumFlags, ensureChromium } from './chromium';
import { buildBoth } from './bench-web/builds';
import { measureFirstQuestion, measureSteps, type AppUnderTest, type FirstQuestion } from './bench-web/interaction';
import { runLighthouse, type LighthouseRun } from './bench-web/lighthouse';
import { median, percentile } from './bench-web/stats';
import { serveStatic, type StaticServer } from './bench-web/static-server';

const NAVIGATION_RUNS = 7;
// About 13 single-choice steps a run through the questions: 60 is five runs an app, where 20 (two
// runs) let the median swing by a third between runs of the same code.
const STEPS = 60;
const LIGHTHOUSE_RUNS = 3;
const BUDGET = {
  gzipBytes: 90 * 1024,
  firstQuestionRatio: 1.2,
  stepRatio: 1.5,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
};

const log = (line: string) => console.error(`bench:web: ${line}`);

type Row = [metric: string, baseline: string, ours: string, ratio: string, budget: string, verdict: string];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (ours: number, baseline: number) => (baseline > 0 ? `${(ours / baseline).toFixed(2)}×` : '—');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function printTable(rows: Row[]) {
  const header: Row = ['metric', 'baseline', 'ours', 'ours/base', 'budget', 'result'];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)));
  const line = (row: Row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log([line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n'));
}

/** The browser language that picks each of Role Fit's languages. */
const BROWSER_LOCALE: Readonly<Record<Language, string>> = { en: 'en-US', de: 'de-DE', es: 'es-ES' };

/** Every budget for one language, the baseline measured alongside: the table's rows and the apps' lost audits. */
async function measureLanguage(
  browser: Browser,
  chromePath: string,
  baseline: AppUnderTest,
  oursOrigin: string,
  language: Language,
): Promise<{ rows: Row[]; lost: string[] }> {
  const bank = defaultBank(language);
  const firstTitle = bank.questions[0]?.title;
  if (!firstTitle) throw new Error('the default bank has no first question');
  const browserLocale = BROWSER_LOCALE[language];
  const ours: AppUnderTest = {
    name: 'ours',
    origin: oursOrigin,
    firstTitle,
    browserLocale,
    startLabel: coreMessages(language).wizard.landing.start,
    // Each language's own page, with its landing page prerendered (src/i18n/language-page.ts).
    entry: LANGUAGE_PAGES[language],
  };
  const apps: AppUnderTest[] = [{ ...baseline, browserLocale }, ours];
  // A visit to `/` in another language is sent on to its page first: timed too, not budgeted.
  const viaRoot: AppUnderTest | undefined =
    ours.entry === '/' ? undefined : { ...ours, entry: '/', landingPath: ours.entry };
  const log = (line: string) => console.error(`bench:web [${language}]: ${line}`);
  {
    log(`first question: ${NAVIGATION_RUNS} navigations each, interleaved (after one warm-up each)`);
    const first: Record<string, FirstQuestion[]> = { baseline: [], ours: [], viaRoot: [] };
    const timed = viaRoot ? [...apps, viaRoot] : apps;
    const key = (app: AppUnderTest) => (app === viaRoot ? 'viaRoot' : app.name);
    for (const app of timed) await measureFirstQuestion(browser, app);
    for (let run = 0; run < NAVIGATION_RUNS; run += 1)
      for (const app of timed) first[key(app)]?.push(await measureFirstQuestion(browser, app));

    log(`steps: ${STEPS} option + Next steps each, runs interleaved`);
    const stepTimes = await measureSteps(browser, apps, STEPS);
    const steps = { baseline: stepTimes.get('baseline') ?? [], ours: stepTimes.get('ours') ?? [] };

    log(`Lighthouse 12.2.3, mobile preset: ${LIGHTHOUSE_RUNS} runs each, interleaved`);
    const lighthouse: Record<string, LighthouseRun[]> = { baseline: [], ours: [] };
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1)
      for (const app of apps)
        lighthouse[app.name]?.push(
          await runLighthouse(`${app.origin}${app.entry ?? '/'}`, chromePath, app.browserLocale),
        );

    const firstOf = (name: string) => first[name] ?? [];
    const bytesOf = (name: string) =>
      firstOf(name)[0] ?? { js: { raw: 0, gzip: 0, brotli: 0 }, css: { raw: 0, gzip: 0, brotli: 0 } };
    const lh = (name: string, key: Exclude<keyof LighthouseRun, 'failing'>) =>
      median((lighthouse[name] ?? []).map((run) => run[key]));

    const rows: Row[] = [];
    for (const kind of ['js', 'css'] as const)
      for (const encoding of ['raw', 'gzip', 'brotli'] as const) {
        const b = bytesOf('baseline')[kind][encoding];
        const o = bytesOf('ours')[kind][encoding];
        rows.push([`${kind.toUpperCase()} before 1st question, ${encoding}`, kib(b), kib(o), ratio(o, b), '', '']);
      }
    const gzip = (name: string) => bytesOf(name).js.gzip + bytesOf(name).css.gzip;
    rows.push([
      'JS+CSS before 1st question, gzip',
      kib(gzip('baseline')),
      kib(gzip('ours')),
      ratio(gzip('ours'), gzip('baseline')),
      `≤ ${kib(BUDGET.gzipBytes)}`,
      verdict(gzip('ours') <= BUDGET.gzipBytes),
    ]);

    const timeRow = (metric: string, b: number, o: number, budget?: number): Row => [
      metric,
      ms(b),
      ms(o),
      ratio(o, b),
      budget === undefined ? '' : `≤ ${budget}× base`,
      budget === undefined ? '' : verdict(o <= budget * b),
    ];
    const firstMedian = (name: string) => median(firstOf(name).map((run) => run.total));
    rows.push(
      timeRow(
        `nav → 1st question, median of ${NAVIGATION_RUNS}`,
        firstMedian('baseline'),
        firstMedian('ours'),
        BUDGET.firstQuestionRatio,
      ),
    );
    const landing = median(firstOf('ours').map((run) => run.landing ?? Number.NaN));
    rows.push(['  ours: nav → Start painted (part of it)', '', ms(landing), '', '', '']);
    const running = median(firstOf('ours').map((run) => run.running ?? Number.NaN));
    rows.push(['  ours: nav → app running (not part of it)', '', ms(running), '', '', '']);
    if (viaRoot)
      rows.push(
        timeRow(
          `  ours from / (sent on to ${ours.entry ?? ''}), median`,
          firstMedian('baseline'),
          firstMedian('viaRoot'),
        ),
      );
    rows.push(
      timeRow(`option + Next, median of ${STEPS}`, median(steps.baseline), median(steps.ours), BUDGET.stepRatio),
    );
    rows.push(
      timeRow(
        `option + Next, p90 of ${STEPS}`,
        percentile(steps.baseline, 90),
        percentile(steps.ours, 90),
        BUDGET.stepRatio,
      ),
    );

    const scoreRow = (metric: string, key: 'performance' | 'accessibility' | 'bestPractices', min: number): Row => [
      `Lighthouse ${metric}, median of ${LIGHTHOUSE_RUNS}`,
      String(lh('baseline', key)),
      String(lh('ours', key)),
      '',
      `≥ ${min}`,
      verdict(lh('ours', key) >= min),
    ];
    rows.push(scoreRow('performance', 'performance', BUDGET.performance));
    rows.push(scoreRow('accessibility', 'accessibility', BUDGET.accessibility));
    rows.push(scoreRow('best practices', 'bestPractices', BUDGET.bestPractices));
    for (const [metric, key] of [
      ['FCP', 'fcp'],
      ['LCP', 'lcp'],
      ['TBT', 'tbt'],
    ] as const)
      rows.push(timeRow(`Lighthouse ${metric}, median`, lh('baseline', key), lh('ours', key)));
    rows.push([
      'Lighthouse CLS, median',
      lh('baseline', 'cls').toFixed(3),
      lh('ours', 'cls').toFixed(3),
      '',
      '= 0',
      verdict(lh('ours', 'cls') === 0),
    ]);

    const lost = apps.flatMap((app) => {
      const audits = [...new Set((lighthouse[app.name] ?? []).flatMap((run) => run.failing))];
      return audits.length > 0 ? [`${app.name}: Lighthouse audits that lost points: ${audits.join(', ')}`] : [];
    });
    return { rows, lost };
  }
}

async function main() {
  const chromePath = ensureChromium(log);
  const builds = buildBoth(log);
  const servers: StaticServer[] = [];
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumFlags, headless: true });
  try {
    const baselineServer = await serveStatic(builds.baselineDist);
    servers.push(baselineServer);
    const oursServer = await serveStatic(builds.oursDist);
    servers.push(oursServer);
    const baseline: AppUnderTest = {
      name: 'baseline',
      origin: baselineServer.origin,
      firstTitle: builds.baselineFirstTitle,
    };
    let failed = 0;
    for (const language of LANGUAGES) {
      const { rows, lost } = await measureLanguage(browser, chromePath, baseline, oursServer.origin, language);
      console.log(
        `\nRole Fit in ${LANGUAGE_NAMES[language]} (${language}, browser language ${BROWSER_LOCALE[language]}) ` +
          `vs bare React baseline: Chromium ${browser.version()}, 4× CPU throttling for interaction times, ` +
          `Lighthouse mobile preset (simulated throttling)\n`,
      );
      printTable(rows);
      for (const line of lost) console.log(`\n${line}`);
      failed += rows.filter((row) => row[5] === 'FAIL').length;
    }
    console.log(failed === 0 ? '\nAll budgets PASS in every language.' : `\n${failed} budget(s) FAIL.`);
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
    rmSync(builds.workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
