// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { bankFor } from '../../src/bank';
import { LanguageProvider } from '../../src/i18n/language-provider';
import type { Locale } from '../../src/i18n/languages';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { personas } from '../fixtures/personas';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

/** A persona whose result recommends a hire, so the job posts and the hiring kit show too. */
const persona = personas.find((candidate) => candidate.expected === 'both') ?? personas[0];

/** The persona's result in one language, as the page renders it. */
async function renderResult(locale: Extract<Locale, 'de' | 'es'>) {
  if (!persona) throw new Error('no persona');
  const store = createAssessmentStore(bankFor(locale));
  store.getState().importAnswers(persona.answers);
  const user = userEvent.setup();
  render(
    <LanguageProvider first={locale}>
      {(current) => <App bank={{ ok: true, bank: bankFor(current) }} store={store} />}
    </LanguageProvider>,
  );
  await screen.findByRole(
    'region',
    { name: { de: 'Ergebnis mitnehmen', es: 'Llévate el resultado' }[locale] },
    {
      timeout: 10_000,
    },
  );
  return user;
}

/** Opens a detail section by its heading's button and returns it. */
async function openSection(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name }));
  return screen.getByRole('region', { name });
}

describe('the result speaks the visit’s language', { timeout: 30_000 }, () => {
  it('in German', async () => {
    const user = await renderResult('de');
    expect(screen.getByRole('heading', { level: 2, name: /^Wie sicher ist das\? / })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Ihr Einstellungsplan' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Die wichtigsten Gründe' })).toBeInTheDocument();
    const exports = screen.getByRole('region', { name: 'Ergebnis mitnehmen' });
    for (const name of [
      'Zusammenfassung kopieren',
      'Als Markdown kopieren',
      'Zusammenfassung herunterladen (.md)',
      'Ergebnisdatei speichern (.json)',
      'Als PDF speichern',
      'Link zum Teilen kopieren',
    ])
      expect(within(exports).getByRole('button', { name })).toBeInTheDocument();
    expect(within(exports).getByLabelText('Wessen Antworten sind das? (optional)')).toBeInTheDocument();
    for (const name of ['Zurück zur Übersicht', 'Mit Kolleginnen und Kollegen vergleichen', 'Neu beginnen'])
      expect(within(screen.getByRole('article')).getByRole('button', { name })).toBeInTheDocument();

    await openSection(user, 'Wie gut jede Option passt');
    expect(screen.getByRole('table', { name: /^Passung jeder Option, von 100/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Passung' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Ihre Antworten platzieren Sie bei \d+/ })).toHaveAccessibleDescription(
      /^Karte mit „Strategiebedarf“ nach rechts und „Umsetzungsbedarf“ nach oben/,
    );
    expect(screen.getByRole('button', { name: 'Karte beschreiben' })).toBeInTheDocument();

    const changes = await openSection(user, 'Was das Ergebnis ändern würde');
    expect(
      within(changes).getByRole('heading', { level: 3, name: 'Wann Sie diese Entscheidung überprüfen sollten' }),
    ).toBeVisible();

    const role = await openSection(user, 'Was diese Neueinstellung macht');
    expect(within(role).getAllByRole('heading', { name: 'Aufgaben' }).length).toBeGreaterThan(0);
    expect(within(role).getByRole('heading', { level: 3, name: 'Die anderen Optionen' })).toBeInTheDocument();

    const kit = await openSection(user, 'Einstellungskits');
    expect(within(kit).getByRole('button', { name: 'Kit als Markdown kopieren' })).toBeInTheDocument();
    expect(within(kit).getAllByText('Stark').length).toBeGreaterThan(0);
    expect(within(kit).getAllByRole('heading', { name: 'Interviewfragen' }).length).toBeGreaterThan(0);

    // Nothing of the result's own words stays English.
    for (const english of ['Main reasons', 'Take the result with you', 'Why', 'Copy as Markdown', 'Strong'])
      expect(screen.queryByText(english)).not.toBeInTheDocument();
  });

  it('in Spanish', async () => {
    const user = await renderResult('es');
    expect(screen.getByRole('heading', { level: 2, name: /^¿Hasta qué punto es seguro\? / })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Tu plan de contratación' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Razones principales' })).toBeInTheDocument();
    const exports = screen.getByRole('region', { name: 'Llévate el resultado' });
    for (const name of ['Copiar resumen', 'Copiar como Markdown', 'Guardar como PDF', 'Copiar enlace para compartir'])
      expect(within(exports).getByRole('button', { name })).toBeInTheDocument();
    for (const name of ['Volver a la revisión', 'Comparar con colegas', 'Empezar de nuevo'])
      expect(within(screen.getByRole('article')).getByRole('button', { name })).toBeInTheDocument();

    await openSection(user, 'Cuánto encaja cada opción');
    expect(screen.getByRole('table', { name: /^Encaje de cada opción, sobre 100/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Describir el mapa' })).toBeInTheDocument();

    const why = await openSection(user, 'Por qué');
    expect(why).toBeInTheDocument();
    const changes = await openSection(user, 'Qué lo cambiaría');
    expect(within(changes).getByRole('heading', { level: 3, name: 'Cuándo revisar esta decisión' })).toBeVisible();

    const kit = await openSection(user, 'Kits de contratación');
    expect(within(kit).getByRole('button', { name: 'Descargar el kit (.md)' })).toBeInTheDocument();
    expect(within(kit).getAllByText('Sólido').length).toBeGreaterThan(0);

    for (const english of ['Main reasons', 'Take the result with you', 'Why', 'Copy summary', 'Strong'])
      expect(screen.queryByText(english)).not.toBeInTheDocument();
  });
});
