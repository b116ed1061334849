// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultBank } from '../../src/bank';
import { encodeShareLink, outcomeById, type Answers, type Bank } from '../../src/engine';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';
import { expectFocusMovesTo, renderApp } from './render-app';

const pmMinded: Answers = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };

function realBank(): Bank {
  if (!defaultBank.ok) throw new Error('the default bank does not load');
  return defaultBank.bank;
}

function openAt(fragment: string) {
  history.replaceState(null, '', `/role-fit/#${fragment}`);
}

/** Progress in this browser, as a visit that answered the first question would leave it. */
function saveProgress() {
  const store = createAssessmentStore(miniBank);
  store.getState().start();
  store.getState().answerQuestion('size', 7);
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('opening the app with a share link', { timeout: 20_000 }, () => {
  it('shows the same result as the persona who made it, and clears the link from the address', async () => {
    const bank = realBank();
    const persona = personas.find((candidate) => candidate.expected === 'pm');
    if (!persona) throw new Error('no PM persona');
    openAt(encodeShareLink(bank, persona.answers));
    renderApp(bank);

    // The link's decoder loads on demand, so the result arrives a moment after the first render.
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: outcomeById(bank, 'pm').title },
      { timeout: 5000 },
    );
    expect(heading).toBeInTheDocument();
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/role-fit/');
    expect(screen.getByText(/^Opened the answers from a shared link\./)).toBeInTheDocument();
  });

  it('explains a damaged link and keeps the answers in progress', async () => {
    saveProgress();
    openAt(encodeShareLink(miniBank, pmMinded).slice(0, -4));
    const { user } = renderApp(miniBank);

    const alert = await screen.findByRole('alert', { name: 'The shared link could not be opened' });
    expect(alert).toHaveTextContent('This link is damaged');
    expect(location.hash).toBe('');
    expect(screen.getByRole('spinbutton', { name: 'How many engineers do you have?' })).toHaveValue(7);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'The shared link could not be opened' })).not.toBeInTheDocument();
  });

  it('asks before replacing answers in progress, and Cancel keeps them', async () => {
    saveProgress();
    const saved = localStorage.getItem(STORAGE_KEY);
    openAt(encodeShareLink(miniBank, pmMinded));
    const { user } = renderApp(miniBank);

    const question = await screen.findByRole('group', { name: 'Open the shared result in place of your own answers?' });
    // The notice's effect moves focus once it has rendered.
    await expectFocusMovesTo(screen.getByRole('button', { name: 'Replace' }));
    expect(location.hash).toBe('');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(question).not.toBeInTheDocument();
    expect(screen.getByText('The shared result was not opened: your answers are kept.')).toHaveFocus();
    expect(screen.getByRole('spinbutton', { name: 'How many engineers do you have?' })).toHaveValue(7);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('replaces answers in progress once confirmed', async () => {
    saveProgress();
    openAt(encodeShareLink(miniBank, pmMinded));
    const { user } = renderApp(miniBank);

    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hire a PM' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"direction":"unclear"');
  });

  it('opens a link pasted into the address while the app is open', async () => {
    renderApp(miniBank);
    act(() => {
      openAt(encodeShareLink(miniBank, pmMinded));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hire a PM' })).toBeInTheDocument();
    expect(location.hash).toBe('');
  });
});
