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
  it('shows the sender’s result read-only: the link stays in the address and nothing is saved', async () => {
    const bank = realBank();
    const persona = personas.find((candidate) => candidate.expected === 'pm');
    if (!persona) throw new Error('no PM persona');
    const link = encodeShareLink(bank, persona.answers);
    openAt(link);
    renderApp(bank);

    // The link's decoder loads on demand, so the result arrives a moment after the first render.
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: outcomeById(bank, 'pm').title },
      { timeout: 5000 },
    );
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Shared result' })).toHaveTextContent('not shown and not changed');
    expect(location.hash).toBe(`#${link}`);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start again' })).not.toBeInTheDocument();
  });

  it('explains a damaged link and keeps the answers in progress', async () => {
    saveProgress();
    openAt(encodeShareLink(miniBank, pmMinded).slice(0, -4));
    const { user } = renderApp(miniBank);

    const alert = await screen.findByRole('alert', { name: 'The shared link could not be opened' });
    expect(alert).toHaveTextContent('This link is damaged');
    expect(alert).toHaveTextContent('ask the person who sent it');
    expect(location.hash).toBe('');
    expect(screen.getByRole('spinbutton', { name: 'How many engineers do you have?' })).toHaveValue(7);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'The shared link could not be opened' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('leaves answers in progress untouched, and "Back to my answers" returns to them', async () => {
    saveProgress();
    const saved = localStorage.getItem(STORAGE_KEY);
    openAt(encodeShareLink(miniBank, pmMinded));
    const { user } = renderApp(miniBank);

    expect(await screen.findByRole('heading', { level: 1, name: 'Hire a PM' })).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    await user.click(screen.getByRole('button', { name: 'Back to my answers' }));
    expect(screen.getByRole('spinbutton', { name: 'How many engineers do you have?' })).toHaveValue(7);
    expect(location.hash).toBe('');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('asks before "Make these my answers" replaces answers in progress, then makes them this browser’s own', async () => {
    saveProgress();
    const saved = localStorage.getItem(STORAGE_KEY);
    openAt(encodeShareLink(miniBank, pmMinded));
    const { user } = renderApp(miniBank);

    await user.click(await screen.findByRole('button', { name: 'Make these my answers' }));
    const question = screen.getByRole('group', { name: 'Replace your answers in this browser with the shared ones?' });
    await expectFocusMovesTo(screen.getByRole('button', { name: 'Replace my answers' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(question).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make these my answers' })).toHaveFocus();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);

    await user.click(screen.getByRole('button', { name: 'Make these my answers' }));
    await user.click(screen.getByRole('button', { name: 'Replace my answers' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hire a PM' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.queryByRole('region', { name: 'Shared result' })).not.toBeInTheDocument();
    expect(location.hash).toBe('');
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"direction":"unclear"');
  });

  it('opens a link pasted into the address while the app is open', async () => {
    renderApp(miniBank);
    act(() => {
      openAt(encodeShareLink(miniBank, pmMinded));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hire a PM' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Shared result' })).toBeInTheDocument();
  });
});
