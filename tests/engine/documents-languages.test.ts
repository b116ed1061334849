import { describe, expect, it } from 'vitest';
import {
  buildHiringKitMarkdown,
  buildMarkdownSummary,
  buildTextSummary,
  checkAnswers,
  evaluate,
  hiringKits,
  parseHiringKit,
  type Answers,
  type Bank,
} from '../../src/engine';
import type { Language } from '../../src/i18n/languages';
import { defaultBank, defaultKitJson } from '../fixtures/default-bank';
import { personaById } from '../fixtures/personas';

const date = new Date('2026-03-04T12:00:00Z');
const invalid = new Date('not a date');

function checked(bank: Bank, input: unknown): Answers {
  const result = checkAnswers(bank, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

function documents(lang: Language, persona = 'both-regulated-fintech', when = date) {
  const bank = defaultBank(lang);
  const answers = checked(bank, personaById(persona).answers);
  const evaluation = evaluate(bank, answers);
  const parsed = parseHiringKit(defaultKitJson(lang), bank);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const kits = hiringKits(bank, parsed.kit, answers, evaluation);
  return {
    md: buildMarkdownSummary(bank, answers, evaluation, { date: when }),
    text: buildTextSummary(bank, answers, evaluation, when),
    kit: buildHiringKitMarkdown(kits, { date: when, locale: bank.locale }),
  };
}

describe('the documents in each language', () => {
  it.each([
    ['en', 'March 4, 2026'],
    ['de', '4. März 2026'],
    ['es', '4 de marzo de 2026'],
  ] as const)('%s: dates every document "%s", never the ISO day', (lang, day) => {
    const { md, text, kit } = documents(lang);
    for (const document of [md, text, kit]) {
      expect(document).toContain(day);
      expect(document).not.toContain('2026-03-04');
    }
  });

  it('writes the German headings, labels and scores', () => {
    const { md, text, kit } = documents('de');
    expect(md).toMatch(/^## Passungswerte$/m);
    expect(md).toMatch(/^\| Option \| Passung \|$/m);
    // Scores with a decimal comma.
    expect(md).toMatch(/\| \d{1,3},\d \|$/m);
    expect(md).toMatch(/^## Wann Sie neu bewerten sollten$/m);
    expect(md).toMatch(/Version \d+\.\d+\.\d+ \(Inhalt [0-9a-f]+\)\. Das Ergebnis ist eine Empfehlung/);
    expect(text).toMatch(/^Role-Fit-Ergebnis: /);
    expect(text).toMatch(/^Wie sicher: /m);
    expect(text).toMatch(/^Erstellt mit Role Fit am 4\. März 2026 aus dem Fragenkatalog role-fit /m);
    expect(kit).toMatch(/^### Intake-Checkliste für die einstellende Führungskraft$/m);
    for (const english of ['How sure', 'Made with', 'Fit scores', 'Hiring kit', 'Intake checklist', 'ruled out'])
      for (const document of [md, text, kit]) expect(document).not.toContain(english);
  });

  it('writes the Spanish headings, labels and scores', () => {
    const { md, text, kit } = documents('es');
    expect(md).toMatch(/^## Puntuaciones de encaje$/m);
    expect(md).toMatch(/^\| Dimensión \| Puntuación \|$/m);
    expect(md).toMatch(/\| \d{1,3},\d \|$/m);
    expect(text).toMatch(/^Resultado de Role Fit: /);
    expect(text).toMatch(/^Certeza: /m);
    expect(kit).toMatch(/^### Preguntas de entrevista$/m);
    for (const english of ['How sure', 'Made with', 'Fit scores', 'Hiring kit', 'Interview questions', 'ruled out'])
      for (const document of [md, text, kit]) expect(document).not.toContain(english);
  });

  it.each([
    ['en', 'unknown date'],
    ['de', 'unbekannten Datum'],
    ['es', 'fecha desconocida'],
  ] as const)('%s: says so when the date is not a real one', (lang, words) => {
    const { md, text, kit } = documents(lang, 'both-regulated-fintech', invalid);
    for (const document of [md, text, kit]) expect(document).toContain(words);
  });

  it('counts the kits in the heading: one kit, or several', () => {
    expect(documents('de', 'po-cto-runs-backlog').kit).toMatch(/^# Einstellungskit\n/);
    expect(documents('de').kit).toMatch(/^# Einstellungskits\n/);
    expect(buildHiringKitMarkdown([], { date, locale: 'es' })).toMatch(
      /^# Kit de contratación\n\n.+\n\nTodavía no hay kit: el resultado es provisional\./,
    );
  });
});

describe('the main reasons and the title in each language', () => {
  it.each([
    ['en', /^- \*\*[^*]+\*\*: .+, which adds to .+\.$/m],
    ['de', /^- \*\*[^*]+\*\*: .+, was .+ erhöht\.$/m],
    ['es', /^- \*\*[^*]+\*\*: .+, lo que aumenta .+\.$/m],
  ] as const)('%s: a reason is one sentence, its effect in the same language', (lang, line) => {
    const { md, text } = documents(lang, 'po-founder-led-chaos');
    expect(md).toMatch(line);
    if (lang !== 'en') for (const doc of [md, text]) expect(doc).not.toMatch(/adds to|– das/);
  });

  it.each([
    ['en', /^# Role Fit result for Ada: /],
    ['de', /^# Role-Fit-Ergebnis für Ada: /],
    ['es', /^# Resultado de Role Fit de Ada: /],
  ] as const)('%s: the Markdown and plain-text titles name whose answers they are', (lang, title) => {
    const bank = defaultBank(lang);
    const answers = checked(bank, personaById('po-founder-led-chaos').answers);
    const evaluation = evaluate(bank, answers);
    expect(buildMarkdownSummary(bank, answers, evaluation, { date, name: 'Ada' })).toMatch(title);
    expect(buildMarkdownSummary(bank, answers, evaluation, { date, name: '' })).not.toMatch(/Ada/);
    // The same title without the Markdown heading: "Copy summary" says whose it is too.
    const plain = new RegExp(title.source.replace('^# ', '^'));
    expect(buildTextSummary(bank, answers, evaluation, date, 'Ada')).toMatch(plain);
    expect(buildTextSummary(bank, answers, evaluation, date, '')).not.toMatch(/Ada/);
  });
});
