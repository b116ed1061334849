// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bankFor } from '../../src/bank';
import { encodeCompareLink, encodeShareLink, outcomeById, type Answers, type Bank } from '../../src/engine';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';
import { expectFocusMovesTo, renderApp } from './render-app';

const pmMinded: Answers = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const poMinded: Answers = { size: 5, direction: 'clear', delivery: 'strongly-disagree', pains: ['waiting'] };

function realBank(): Bank {
  return bankFor('en');
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

/** A result of this browser's own, as a visit that answered every question would leave it. */
function saveResult(answers: Answers) {
  createAssessmentStore(miniBank).getState().importAnswers(answers);
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
    // Nothing of this browser's own to compare with.
    expect(screen.queryByRole('button', { name: 'Compare with mine' })).not.toBeInTheDocument();
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
    // Answers in progress give no result yet to compare with.
    expect(screen.queryByRole('button', { name: 'Compare with mine' })).not.toBeInTheDocument();
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

describe('“Compare with mine”', { timeout: 20_000 }, () => {
  it('compares the shared result with this browser’s own, named “Shared” and “You”, without changing it', async () => {
    saveResult(poMinded);
    const saved = localStorage.getItem(STORAGE_KEY);
    openAt(encodeShareLink(miniBank, pmMinded));
    const { user } = renderApp(miniBank);

    const banner = await screen.findByRole('region', { name: 'Shared result' });
    await user.click(within(banner).getByRole('button', { name: 'Compare with mine' }));

    await expectFocusMovesTo(await screen.findByRole('heading', { level: 1, name: 'Compare answers' }));
    expect(screen.queryByRole('region', { name: 'Shared result' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name for person 1' })).toHaveValue('Shared');
    expect(screen.getByRole('textbox', { name: 'Name for person 2' })).toHaveValue('You');
    const people = screen.getByRole('table', { name: /^Recommendation and dimension scores/ });
    expect(within(people).getByRole('row', { name: /^Shared Hire a PM/ })).toBeInTheDocument();
    expect(within(people).getByRole('row', { name: /^You Hire a PO/ })).toBeInTheDocument();
    expect(location.hash).toBe('');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);

    // Back returns to this browser's own result, unchanged.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hire a PO' })).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });
});

describe('opening the app with a comparison link', { timeout: 20_000 }, () => {
  const link = () =>
    encodeCompareLink(miniBank, [
      { label: 'Founder', answers: pmMinded },
      { label: 'CTO', answers: poMinded },
    ]);

  it('shows the comparison read-only: the link stays in the address and nothing is saved', async () => {
    const fragment = link();
    openAt(fragment);
    const { user } = renderApp(miniBank);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Shared comparison' }, { timeout: 5000 });
    await expectFocusMovesTo(heading);
    const banner = screen.getByRole('region', { name: 'Shared comparison' });
    expect(banner).toHaveTextContent('Your own answers in this browser are not shown and not changed.');
    expect(screen.getByText('The answers of Founder and CTO, side by side.')).toBeInTheDocument();
    const people = screen.getByRole('table', { name: /^Recommendation and dimension scores/ });
    expect(within(people).getByRole('row', { name: /^Founder Hire a PM/ })).toBeInTheDocument();
    expect(within(people).getByRole('row', { name: /^CTO Hire a PO/ })).toBeInTheDocument();
    // Read-only: no names or links to fill in.
    expect(screen.queryByRole('textbox', { name: /^Name for person/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download comparison (.md)' })).toBeInTheDocument();
    expect(location.hash).toBe(`#${fragment}`);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    await user.click(within(banner).getByRole('button', { name: 'Close the shared comparison' }));
    await expectFocusMovesTo(await screen.findByRole('heading', { level: 1, name: miniBank.title }));
    expect(screen.queryByRole('region', { name: 'Shared comparison' })).not.toBeInTheDocument();
    expect(location.hash).toBe('');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('returns to this browser’s own answers, untouched', async () => {
    saveProgress();
    const saved = localStorage.getItem(STORAGE_KEY);
    openAt(link());
    const { user } = renderApp(miniBank);

    const banner = await screen.findByRole('region', { name: 'Shared comparison' }, { timeout: 5000 });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    await user.click(within(banner).getByRole('button', { name: 'Back to my answers' }));
    expect(await screen.findByRole('spinbutton', { name: 'How many engineers do you have?' })).toHaveValue(7);
    expect(location.hash).toBe('');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it.each([
    ['cut short', (fragment: string) => fragment.slice(0, -3), 'This comparison link is damaged'],
    [
      'made for other questions',
      () =>
        encodeCompareLink(realBank(), [
          { label: 'A', answers: {} },
          { label: 'B', answers: {} },
        ]),
      'This comparison was made for the question set “role-fit”, not “mini”',
    ],
  ])('explains a link %s and keeps the answers in progress', async (_, make, words) => {
    saveProgress();
    const saved = localStorage.getItem(STORAGE_KEY);
    openAt(make(link()));
    const { user } = renderApp(miniBank);

    const alert = await screen.findByRole('alert', { name: 'The comparison link could not be opened' });
    expect(alert).toHaveTextContent(words);
    expect(location.hash).toBe('');
    expect(screen.getByRole('spinbutton', { name: 'How many engineers do you have?' })).toHaveValue(7);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'The comparison link could not be opened' })).not.toBeInTheDocument();
  });

  it('never runs a script in a name', async () => {
    const fragment = encodeCompareLink(miniBank, [
      { label: '<img src=x onerror="window.__ran=1">', answers: pmMinded },
      { label: '<script>window.__ran=1</script>', answers: poMinded },
    ]);
    openAt(fragment);
    renderApp(miniBank);
    const people = await screen.findByRole(
      'table',
      { name: /^Recommendation and dimension scores/ },
      { timeout: 5000 },
    );
    expect(within(people).getByRole('rowheader', { name: '<img src=x onerror="window.__ran=1">' })).toBeInTheDocument();
    expect(document.querySelector('.comparison img, .comparison script')).toBeNull();
    expect((window as { __ran?: number }).__ran).toBeUndefined();
  });
});
