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
  // Each question is a form; the review, which loads on demand, is not.
  while (screen.queryByRole('form')) {
    const question = currentQuestion(miniBank);
    await answer(user, question, answers[question.id] ?? 'unsure');
    await clickNext(user);
  }
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
  await user.click(screen.getByRole('button', { name: 'See my result' }));
  // The result's screen loads on demand: the first load in a test file builds its whole module graph.
  return screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
}

/** Opens one of the result's detail sections by its heading's button, as a user would. */
async function openSection(user: User, name: string) {
  const toggle = screen.getByRole('button', { name });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return screen.getByRole('region', { name });
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
    // The first screen: how sure, the main reasons and the ways to take the result away.
    expect(screen.getByRole('heading', { level: 2, name: /^How sure is this\? / })).toBeInTheDocument();
    expect(screen.getByText(/would alter this\./)).toBeInTheDocument();
    const main = screen.getByRole('region', { name: 'Main reasons' });
    expect(within(main).getAllByRole('listitem')[0]).toHaveTextContent(/^\w[\w ]*: .+\./);
    expect(screen.getByRole('region', { name: 'Take the result with you' })).toBeInTheDocument();
    // The details wait behind their headings.
    expect(screen.queryByRole('table', { name: /Fit of each option/ })).not.toBeInTheDocument();

    await openSection(user, 'How well each option fits');
    const table = screen.getByRole('table', { name: /Fit of each option/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByRole('rowheader', { name: 'Hire one for both (recommended)' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Your answers put you at \d+ across and \d+ up/ })).toBeInTheDocument();
    expect(screen.getByText(/Scale and load: \d+ of 100/)).toBeInTheDocument();

    const why = await openSection(user, 'Why');
    expect(within(why).getByText('Summary for combined.')).toBeInTheDocument();
    expect(within(why).getAllByRole('listitem').length).toBeGreaterThan(0);

    const role = await openSection(user, 'What this hire does');
    expect(within(role).getByText('Responsibility of combined')).toBeInTheDocument();
    expect(within(role).getByText('Skill of combined')).toBeInTheDocument();

    const post = await openSection(user, 'Job post starter');
    expect(within(post).getByText('Summary for combined.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Job post starter' }));
    expect(screen.queryByRole('region', { name: 'Job post starter' })).toBeInTheDocument();
    expect(within(post).queryByText('Summary for combined.')).not.toBeVisible();
  });

  it('describes the map in full on request', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, smallAndClear);
    await openSection(user, 'How well each option fits');
    const map = screen.getByRole('img', { name: /^Your answers put you at/ });
    // The axes keep their names as the bank writes them, quoted: no case changes in any language.
    expect(map).toHaveAccessibleDescription(/^Map of “Strategy need” \(across\) against “Execution need” \(up\)/);
    await user.click(screen.getByRole('button', { name: 'Describe the map' }));
    expect(screen.getByText(/The map divides like this: .+ covers about \d+% of it/)).toBeVisible();
  });

  it('shows how much was scored when "Not sure" was used', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, { size: 3, direction: 'clear', delivery: 'unsure', pains: ['silos'] });
    expect(screen.getByText(/It rests on 3 of the 4 questions asked; 1 is “Not sure”\./)).toBeInTheDocument();
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
    const changes = await openSection(user, 'What would change it');
    expect(within(changes).getByRole('heading', { level: 3, name: 'When to revisit this decision' })).toBeVisible();
    // Team size is a number: the moment is the first larger size that changes the advice.
    const moment = within(changes).getByText(/When you reach \d+ engineers/);
    expect(Number(/reach (\d+)/.exec(moment.textContent)?.[1])).toBeGreaterThan(3);
  });

  it('previews a what-if without changing the stored answers', async () => {
    const { user } = renderApp(miniBank);
    await runTo(user, smallAndClear);
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(saved).not.toBeNull();

    const changes = await openSection(user, 'What would change it');
    const [firstWhatIf] = within(changes).getAllByRole('button', { name: /^What if\? If / });
    if (!firstWhatIf) throw new Error('no what-if offered');
    await user.click(firstWhatIf);
    expect(firstWhatIf).toHaveAttribute('aria-expanded', 'true');
    const preview = screen.getByRole('region', { name: /^If .+\?$/ });
    // The preview opens beside its row, with the fit chart and the map as they would be.
    expect(firstWhatIf.closest('li')).toContainElement(preview);
    expect(within(preview).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(within(preview).getByText(/Then the advice would be:/)).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: /^Fit with this change/ })).toBeInTheDocument();
    expect(within(preview).getByRole('img', { name: /^With this change, the answers would put you at/ })).toBeVisible();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hire one for both');

    await user.click(within(preview).getByRole('button', { name: 'Close the preview' }));
    expect(screen.queryByRole('region', { name: /^If .+\?$/ })).not.toBeInTheDocument();
    expect(firstWhatIf).toHaveFocus();
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

    const changes = await openSection(user, 'What would change it');
    const [firstWhatIf] = within(changes).getAllByRole('button', { name: /^What if\? If / });
    if (!firstWhatIf) throw new Error('no what-if offered');
    await user.click(firstWhatIf);
    expect(screen.getByText(/share link use them, not this preview/)).toBeInTheDocument();
    await user.click(within(exports).getByRole('button', { name: 'Copy share link' }));
    expect(await within(exports).findByText(/^Share link copied\./)).toBeInTheDocument();
    expect(decodeShareLink(miniBank, await navigator.clipboard.readText())).toEqual({
      ok: true,
      answers: smallAndClear,
    });
  });
});
