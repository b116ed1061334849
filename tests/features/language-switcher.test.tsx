// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { bankFor } from '../../src/bank';
import type { ChoiceQuestion } from '../../src/engine';
import { LanguageProvider } from '../../src/i18n/language-provider';
import { LANGUAGE_NAMES, type Locale } from '../../src/i18n/languages';
import { currentQuestion } from './render-app';

function renderWithLanguages(first: Locale = 'en') {
  const user = userEvent.setup();
  render(
    <LanguageProvider first={first}>{(locale) => <App bank={{ ok: true, bank: bankFor(locale) }} />}</LanguageProvider>,
  );
  return { user };
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
});
afterEach(() => {
  cleanup();
});

describe('the language switcher', () => {
  it('names each language in itself, marks the current one, and never offers the pseudo-language', () => {
    renderWithLanguages();
    const switcher = screen.getByRole('navigation', { name: 'Language' });
    const buttons = within(switcher).getAllByRole('button');
    expect(buttons.map((button) => [button.textContent, button.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Deutsch', 'de'],
      ['Español', 'es'],
    ]);
    expect(within(switcher).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(switcher).getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the question in German, keeps the answer and the focus, and sets the page language', async () => {
    const { user } = renderWithLanguages();
    const english = bankFor('en');
    const german = bankFor('de');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const question = currentQuestion(english) as ChoiceQuestion;
    const option = question.options[0];
    if (!option) throw new Error('the first question has no options');
    await user.click(within(screen.getByRole('form')).getByLabelText(option.label));

    const deutsch = screen.getByRole('button', { name: 'Deutsch' });
    await user.click(deutsch);

    const germanQuestion = german.questions.find((candidate) => candidate.id === question.id) as ChoiceQuestion;
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(germanQuestion.title);
    });
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zurück' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sprache' })).toBeInTheDocument();
    const germanOption = germanQuestion.options[0];
    if (!germanOption) throw new Error('the German question has no options');
    expect(within(screen.getByRole('form')).getByLabelText(germanOption.label)).toBeChecked();
    expect(document.documentElement.lang).toBe('de');
    const pressed = screen.getByRole('button', { name: 'Deutsch' });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(pressed).toHaveFocus();
    expect(document.title).toContain('Frage 1');
  });
});

/** Text on the page that did not come from the messages or the bank: unmarked in the pseudo-language. */
function unmarkedTexts(): string[] {
  const names = new Set<string>(Object.values(LANGUAGE_NAMES));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text === '' || names.has(text) || /^[\d\s.,:·%()–-]+$/.test(text)) continue;
    if (!text.includes('⟦') && !text.includes('⟧')) found.push(text);
  }
  return found;
}

describe('the pseudo-language', () => {
  it('marks every text of the landing page, a question and the review', async () => {
    const { user } = renderWithLanguages('en-XA');
    const bank = bankFor('en-XA');
    expect(unmarkedTexts()).toEqual([]);
    expect(document.title).toContain('⟦');
    await user.click(screen.getByRole('button', { name: /^⟦St/ }));
    expect(unmarkedTexts()).toEqual([]);
    expect(document.title).toContain('⟦');
    // "Not sure" for every question, to the review.
    for (let guard = 0; guard <= bank.questions.length; guard++) {
      const form = screen.queryByRole('form');
      if (!form) break;
      const question = currentQuestion(bank);
      const role = question.type === 'single' || question.type === 'scale' ? 'radio' : 'checkbox';
      const unsure = within(form).getAllByRole(role).at(-1);
      if (!unsure) throw new Error('no "Not sure"');
      await user.click(unsure);
      expect(unmarkedTexts()).toEqual([]);
      const next = form.querySelector<HTMLButtonElement>('button[type=submit]');
      if (!next) throw new Error('no Next');
      await user.click(next);
    }
    // The review: no question's form, and its own heading.
    expect(screen.queryByRole('form')).toBeNull();
    // The review loads on demand: wait for its heading.
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('⟦');
    expect(unmarkedTexts()).toEqual([]);
  });
});
