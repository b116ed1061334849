// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeShareLink, type Answers } from '../../src/engine';
import { STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { answer, clickNext, currentQuestion, renderApp, type User } from './render-app';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

async function runTo(user: User, answers: Answers) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  while (!screen.queryByRole('heading', { level: 1, name: 'Review your answers' })) {
    const question = currentQuestion(miniBank);
    await answer(user, question, answers[question.id] ?? 'unsure');
    await clickNext(user);
  }
  await user.click(screen.getByRole('button', { name: 'See my result' }));
  return screen.findByRole('heading', { level: 1 });
}

const smallAndClear: Answers = { size: 3, direction: 'clear', delivery: 'neutral', pains: ['silos'] };

describe('result', { timeout: 30_000 }, () => {
  it('gives the recommendation, the fit scores as a table, the map and the reasons', async () => {
    const { user } = renderApp(miniBank);
    const heading = await runTo(user, smallAndClear);
    expect(heading).toHaveTextContent('Hire one for both');
    // The lazily loaded screen focuses its heading in an effect, just after it appears.
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(document.title).toBe('Your result: Hire one for both · Role Fit');
    // Once under the recommendation, once in the job post starter.
    expect(screen.getAllByText('Summary for combined.')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: 'Job post starter' })).toBeInTheDocument();
    expect(screen.getByText(/answers? would have to change to alter this/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /Fit of each option/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByRole('rowheader', { name: 'Hire one for both (recommended)' })).toBeInTheDocument();

    expect(screen.getByRole('img', { name: /Strategy need.*Execution need/i })).toBeInTheDocument();
    expect(screen.getByText(/Scale and load: \d+ of 100/)).toBeInTheDocument();

    const why = screen.getByRole('region', { name: 'Why' });
    expect(within(why).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(why).getAllByRole('listitem')[0]).toHaveTextContent(/^You said: /);

    const role = screen.getByRole('region', { name: 'What this hire does' });
    expect(within(role).getByText('Responsibility of combined')).toBeInTheDocument();
    expect(within(role).getByText('Skill of combined')).toBeInTheDocument();
  });

  it('shows how much was scored when "Not sure" was used', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, { size: 3, direction: 'clear', delivery: 'unsure', pains: ['silos'] });
    expect(screen.getByText(/“Not sure” to 1 of 4 questions/)).toBeInTheDocument();
  });

  it('opens the comparison from the result, and Back returns to the result', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, smallAndClear);
    await user.click(screen.getByRole('button', { name: 'Compare with colleagues' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Compare answers' }, { timeout: 5000 });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hire one for both');
  });

  it('suggests when to revisit the decision', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, smallAndClear);
    const revisit = screen.getByRole('region', { name: 'When to revisit this decision' });
    // Team size is a number: the moment is the first larger size that changes the advice.
    const moment = within(revisit).getByText(/When you reach \d+ engineers/);
    expect(Number(/reach (\d+)/.exec(moment.textContent)?.[1])).toBeGreaterThan(3);
  });

  it('previews a what-if without changing the stored answers', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, smallAndClear);
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(saved).not.toBeNull();

    const changes = screen.getByRole('region', { name: 'What would change it' });
    const [firstWhatIf] = within(changes).getAllByRole('button', { name: /^What if: / });
    if (!firstWhatIf) throw new Error('no what-if offered');
    await user.click(firstWhatIf);
    const preview = screen.getByRole('region', { name: /^What if / });
    expect(within(preview).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(within(preview).getByText(/Then the advice would be:/)).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hire one for both');

    await user.click(within(preview).getByRole('button', { name: 'Back to my answers' }));
    expect(screen.queryByRole('region', { name: /^What if / })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to review' }));
    expect(screen.getByText('3 engineers')).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"size":3');
  });

  it('offers the exports, which use the saved answers even during a what-if preview', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, smallAndClear);
    const exports = screen.getByRole('region', { name: 'Take the result with you' });
    for (const name of [
      'Copy summary',
      'Download summary (.md)',
      'Save result file (.json)',
      'Save as PDF',
      'Copy share link',
    ])
      expect(within(exports).getByRole('button', { name })).toBeInTheDocument();

    const changes = screen.getByRole('region', { name: 'What would change it' });
    const [firstWhatIf] = within(changes).getAllByRole('button', { name: /^What if: / });
    if (!firstWhatIf) throw new Error('no what-if offered');
    await user.click(firstWhatIf);
    expect(screen.getByText(/share link below use them, not this preview/)).toBeInTheDocument();
    await user.click(within(exports).getByRole('button', { name: 'Copy share link' }));
    expect(await within(exports).findByText(/^Share link copied\./)).toBeInTheDocument();
    expect(decodeShareLink(miniBank, await navigator.clipboard.readText())).toEqual({
      ok: true,
      answers: smallAndClear,
    });
  });
});
