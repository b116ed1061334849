// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bankFor } from '../../src/bank';
import { outcomeById, outcomeIds, type Bank } from '../../src/engine';
import { personas } from '../fixtures/personas';
import { answer, clickNext, currentQuestion, renderApp } from './render-app';

function realBank(): Bank {
  return bankFor('en');
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

describe('a complete run through the UI reaches each outcome', { timeout: 40_000 }, () => {
  const bank = realBank();
  const cases = outcomeIds.map((id) => {
    const persona = personas.find((candidate) => candidate.expected === id);
    if (!persona) throw new Error(`no persona expects ${id}`);
    return persona;
  });

  it.each(cases)('$id → $expected', async (persona) => {
    const { user } = renderApp(bank);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    // Each question is a form; the review, which loads on demand, is not.
    for (let guard = 0; guard <= bank.questions.length; guard++) {
      if (!screen.queryByRole('form')) break;
      const question = currentQuestion(bank);
      await answer(user, question, persona.answers[question.id] ?? 'unsure');
      await clickNext(user);
    }
    await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    // The result's screen loads on demand: the first load in a test file builds its whole module graph.
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(heading).toHaveTextContent(outcomeById(bank, persona.expected).title);
  });
});
