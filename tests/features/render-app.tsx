import { render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app';
import type { Answer, Bank, Question } from '../../src/engine';

/** Renders the whole app on a bank, as a user would meet it. */
export function renderApp(bank: Bank) {
  const user = userEvent.setup();
  const view = render(<App bank={{ ok: true, bank }} />);
  return { user, ...view };
}

export type User = ReturnType<typeof userEvent.setup>;

/** The question on screen, found by its heading. */
export function currentQuestion(bank: Bank): Question {
  const title = screen.getByRole('heading', { level: 1 }).textContent;
  const question = bank.questions.find((candidate) => candidate.title === title);
  if (!question) throw new Error(`no question titled "${title}"`);
  return question;
}

/** Answers the question on screen the way a person would: clicking labels, typing numbers. */
export async function answer(user: User, question: Question, value: Answer): Promise<void> {
  const form = screen.getByRole('form');
  if (value === 'unsure') {
    await user.click(
      within(form).getByRole(question.type === 'single' || question.type === 'scale' ? 'radio' : 'checkbox', {
        name: 'Not sure',
      }),
    );
    return;
  }
  if (question.type === 'number') {
    const input = within(form).getByRole('spinbutton');
    await user.clear(input);
    await user.type(input, String(value));
    return;
  }
  const ids = Array.isArray(value) ? value : [value];
  for (const id of ids) {
    const option = question.options.find((candidate) => candidate.id === id);
    if (!option) throw new Error(`no option "${String(id)}" in ${question.id}`);
    await user.click(within(form).getByLabelText(option.label));
  }
}

export async function clickNext(user: User): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

/** A step heading takes focus once the new step is painted (the frame after the change): wait for it. */
export async function expectFocusMovesTo(element: HTMLElement): Promise<void> {
  await waitFor(() => {
    expect(element).toHaveFocus();
  });
}
