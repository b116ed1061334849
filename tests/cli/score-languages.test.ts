import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScore } from '../../cli/score-command';
import '../../src/i18n/all-languages';
import { resultMessages } from '../../src/i18n/registry';
import { runCli } from './run-cli';

const examples = readdirSync('questions/examples').filter((name) => name.endsWith('.json'));
const file = join('questions/examples', 'both-regulated-fintech.json');

/** Headings each language writes, and the English ones that must not show in another language. */
const headings = {
  text: {
    en: [/^Recommendation: /m, /^Dimensions:$/m, /^What would change it:$/m, /^Coverage: /m],
    de: [/^Empfehlung: /m, /^Dimensionen:$/m, /^Was die Empfehlung ändern würde:$/m, /^Abdeckung: /m],
    es: [/^Recomendación: /m, /^Dimensiones:$/m, /^Qué cambiaría la recomendación:$/m, /^Cobertura: /m],
  },
  md: {
    en: [/^# Role Fit result: /m, /^## Recommendation$/m, /^## Main reasons$/m, /^## Your answers$/m],
    de: [/^# Role-Fit-Ergebnis: /m, /^## Empfehlung$/m, /^## Hauptgründe$/m, /^## Ihre Antworten$/m],
    es: [/^# Resultado de Role Fit: /m, /^## Recomendación$/m, /^## Razones principales$/m, /^## Tus respuestas$/m],
  },
  kit: {
    en: [/^# Hiring kits?$/m, /^### Scorecard$/m, /^### Interview questions$/m, /^\| Attribute \| Weak /m],
    de: [/^# Einstellungskits?$/m, /^### Scorecard$/m, /^### Interviewfragen$/m, /^\| Kriterium \| Schwach /m],
    es: [
      /^# Kits? de contratación$/m,
      /^### Ficha de evaluación$/m,
      /^### Preguntas de entrevista$/m,
      /^\| Atributo \| Débil /m,
    ],
  },
} as const;

type Format = keyof typeof headings;
type Lang = 'en' | 'de' | 'es';

function score(lang: Lang, format: string, answers = file) {
  const run = runCli(runScore, [answers, '--lang', lang, '--format', format]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('npm run score --lang', () => {
  describe.each(['text', 'md', 'kit'] as const)('--format %s', (format: Format) => {
    it.each(['de', 'es'] as const)('writes %s headings, and no English ones', (lang) => {
      const out = score(lang, format);
      for (const heading of headings[format][lang]) expect(out).toMatch(heading);
      // "Scorecard" is German as well as English.
      for (const heading of headings[format].en.filter((h) => !headings[format][lang].some((o) => `${o}` === `${h}`)))
        expect(out).not.toMatch(heading);
    });

    it('writes English by default, as --lang en', () => {
      const out = runCli(runScore, [file, '--format', format]).stdout;
      for (const heading of headings[format].en) expect(out).toMatch(heading);
      expect(score('en', format).replace(/\d+/g, '#')).toBe(out.replace(/\d+/g, '#'));
    });
  });

  it.each(['en', 'de', 'es'] as const)('lines up the fit and dimension figures in %s', (lang) => {
    const lines = score(lang, 'text').split('\n');
    const { cli } = resultMessages(lang).documents;
    /** The rows under a table's heading, up to the blank line. */
    const table = (heading: string) => {
      const rows = lines.slice(lines.indexOf(heading) + 1);
      return rows.slice(0, rows.indexOf(''));
    };
    const rows = [...table(cli.fit), ...table(cli.dimensions)];
    expect(rows).toHaveLength(7);
    // Labels padded to one width, figures right-aligned: every row ends in the same column.
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });

  it('dates the documents the language’s way', () => {
    expect(score('de', 'md')).toMatch(new RegExp(`\\nErstellt mit Role Fit am \\d{1,2}\\. \\p{L}+ \\d{4} `, 'u'));
    expect(score('es', 'kit')).toMatch(new RegExp(`\\nHecho con Role Fit el \\d{1,2} de \\p{L}+ de \\d{4} `, 'u'));
  });

  it.each(examples)('gives %s the same outcome, status, plan roles and kit roles in every language', (name) => {
    const answers = join('questions/examples', name);
    const ids = (lang: Lang) => {
      const result = JSON.parse(score(lang, 'json', answers)) as {
        outcome: string;
        status: string;
        plan?: { needs: { role: string; count: number }[] };
        kit: { role: string }[];
      };
      return {
        outcome: result.outcome,
        status: result.status,
        needs: result.plan?.needs.map((need) => [need.role, need.count]),
        kits: result.kit.map((kit) => kit.role),
      };
    };
    const english = ids('en');
    expect(ids('de')).toEqual(english);
    expect(ids('es')).toEqual(english);
  });

  it('gives the same file, outcome and status on each line in every language', () => {
    const files = examples.map((name) => join('questions/examples', name));
    const columns = (lang: Lang) =>
      runCli(runScore, [...files, '--lang', lang, '--format', 'line'])
        .stdout.trimEnd()
        .split('\n')
        .map((line) => line.split('\t').slice(0, 3));
    expect(columns('de')).toEqual(columns('en'));
    expect(columns('es')).toEqual(columns('en'));
  });

  it.each(['fr', 'EN', 'en-XA', ''])('exits 2 with the usage for --lang %j', (lang) => {
    const run = runCli(runScore, [file, '--lang', lang, '--format', 'text']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('usage: npm run score');
    expect(run.stderr).toContain('--lang en|de|es');
  });
});

describe('npm run score says what is wrong in the language --lang asks for', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'role-fit-score-lang-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const problems = (args: string[]) => {
    const run = runCli(runScore, args);
    expect(run.stdout).toBe('');
    return { status: run.status, lines: run.stderr.trimEnd().split('\n') };
  };
  const english = /usage:|unknown |needs a value|file not found|The answer to|is not a question|expected /;

  it.each([
    ['de', ['--format', 'pdf'], 'unbekanntes Format „pdf“: möglich sind json, text, md, kit, line', 'Aufruf: '],
    ['es', ['--format', 'pdf'], 'formato desconocido “pdf”: usa uno de estos: json, text, md, kit, line', 'uso: '],
    ['de', ['--colour', 'blue'], 'unbekannte Option --colour', 'Aufruf: '],
    ['es', ['--format'], '--format necesita un valor', 'uso: '],
    ['en', ['--colour', 'blue'], 'unknown option --colour', 'usage: '],
  ] as const)('in %s for %j, then the usage, exit 2', (lang, args, problem, usage) => {
    const run = problems([file, '--lang', lang, ...args]);
    expect(run.status).toBe(2);
    expect(run.lines[0]).toBe(problem);
    expect(run.lines[1]).toMatch(new RegExp(`^${usage}npm run score -- .*--lang en\\|de\\|es`));
    if (lang !== 'en') expect(run.lines.join('\n')).not.toMatch(english);
  });

  it.each(['de', 'es'] as const)('names each bad answer by file and question id, worded in %s', (lang) => {
    const answers = join(scratch, `mixed-${lang}.json`);
    writeFileSync(answers, '{"nope": 1, "stage": "huge", "engineers": -3, "complexity": 5}');
    const run = problems([answers, '--lang', lang]);
    expect(run.status).toBe(1);
    expect(run.lines.map((line) => line.split(': ').slice(0, 2))).toEqual(
      ['nope', 'stage', 'engineers', 'complexity'].map((question) => [answers, question]),
    );
    expect(run.lines.join('\n')).not.toMatch(english);
    // The options a wrong one could have been, by id, for whoever edits the file.
    expect(run.lines[1]).toMatch(lang === 'de' ? /\(Optionen: idea, seed, / : /\(opciones: idea, seed, /);
  });

  it.each([
    ['de', 'Datei nicht gefunden'],
    ['es', 'no se encontró el archivo'],
  ] as const)('says a missing file in %s', (lang, message) => {
    const missing = join(scratch, 'nope.json');
    expect(problems([missing, '--lang', lang])).toEqual({ status: 1, lines: [`${missing}: ${message}`] });
  });
});
