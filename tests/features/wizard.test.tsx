// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { miniBank } from '../fixtures/mini-bank';
import { clickNext, expectFocusMovesTo, renderApp, type User } from './render-app';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

function progressText(): string {
  return screen.getByText(/^Question \d+ of up to \d+$/).textContent;
}

async function startAndAnswerSize(user: User, size: string) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.type(screen.getByRole('spinbutton', { name: 'How many engineers do you have?' }), size);
  await clickNext(user);
}

describe('landing', { timeout: 20_000 }, () => {
  it('says what is decided, how long it takes and where answers go', () => {
    renderApp(miniBank);
    expect(screen.getByRole('heading', { level: 1, name: miniBank.title })).toBeInTheDocument();
    for (const outcome of miniBank.outcomes) expect(screen.getByText(outcome.tagline)).toBeInTheDocument();
    expect(screen.getByText(/about 2 minutes/)).toBeInTheDocument();
    expect(screen.getAllByText(/never leave this browser/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });
});

describe('one question per screen', { timeout: 20_000 }, () => {
  it('focuses the heading, names the step and shows progress', async () => {
    const { user } = renderApp(miniBank);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'How many engineers do you have?' });
    await expectFocusMovesTo(heading);
    expect(document.title).toBe('Question 1 of up to 5: Team size · Role Fit');
    expect(progressText()).toBe('Question 1 of up to 5');
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(screen.getByRole('spinbutton')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByText(/whole number from 0 to 500/)).toBeInTheDocument();
  });

  it('shows "Why we ask" on demand', async () => {
    const { user } = renderApp(miniBank);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const toggle = screen.getByRole('button', { name: 'Why we ask' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Closed, the help is not on the page at all (it renders when opened).
    expect(screen.queryByText('Bigger teams need more coordination.')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Bigger teams need more coordination.')).toBeVisible();
  });

  it('starts each question afresh: help closed, no message, the saved number shown', async () => {
    const { user } = renderApp(miniBank);
    await startAndAnswerSize(user, '9999');
    await user.click(screen.getByRole('button', { name: 'Why we ask' }));
    const field = screen.getByRole('spinbutton');
    await user.clear(field);
    await user.type(field, '3');
    await clickNext(user);
    await expectFocusMovesTo(screen.getByRole('heading', { level: 1, name: 'How clear is your product direction?' }));
    expect(screen.getByRole('button', { name: 'Why we ask' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await clickNext(user);
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('spinbutton')).toHaveValue(3);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('announces a missing answer and moves focus to the message', async () => {
    const { user } = renderApp(miniBank);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await clickNext(user);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Enter a number, or tick “Not sure”, to continue.');
    expect(alert).toHaveFocus();
    expect(progressText()).toBe('Question 1 of up to 5');
  });

  it('rejects a number out of bounds', async () => {
    const { user } = renderApp(miniBank);
    await startAndAnswerSize(user, '9999');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 0 to 500');
  });

  it('continues with Enter from the keyboard', async () => {
    const { user } = renderApp(miniBank);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await expectFocusMovesTo(screen.getByRole('heading', { level: 1, name: 'How many engineers do you have?' }));
    await user.keyboard('{Tab}{Tab}');
    expect(screen.getByRole('spinbutton')).toHaveFocus();
    await user.keyboard('3{Enter}');
    await expectFocusMovesTo(screen.getByRole('heading', { level: 1, name: 'How clear is your product direction?' }));
    await user.keyboard('{Tab}{Tab}');
    expect(screen.getByRole('radio', { name: 'Clear' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Unclear' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Clear' })).not.toBeChecked();
    await user.keyboard('{Enter}');
    expect(progressText()).toBe('Question 3 of up to 5');
  });

  it('offers "Not sure" on every question', async () => {
    const { user } = renderApp(miniBank);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    for (const role of ['checkbox', 'radio', 'radio', 'checkbox'] as const) {
      await user.click(within(screen.getByRole('form')).getByRole(role, { name: 'Not sure' }));
      await clickNext(user);
    }
    expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toBeInTheDocument();
    expect(screen.getAllByText('Not sure')).toHaveLength(4);
  });

  it('limits ticks to maxChoices and says so', async () => {
    const { user } = renderApp(miniBank);
    await startAndAnswerSize(user, '3');
    await user.click(screen.getByRole('radio', { name: 'Clear' }));
    await clickNext(user);
    await user.click(screen.getByRole('radio', { name: 'Agree' }));
    await clickNext(user);
    expect(screen.getByText('Tick up to 2.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Drift' }));
    await user.click(screen.getByRole('checkbox', { name: 'Waiting' }));
    expect(screen.getByRole('checkbox', { name: 'Silos' })).toBeDisabled();
    expect(screen.getByText(/ticked the most allowed \(2\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Not sure' }));
    expect(screen.getByRole('checkbox', { name: 'Drift' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Silos' })).toBeEnabled();
  });
});

describe('moving back and forth', { timeout: 20_000 }, () => {
  it('keeps answers', async () => {
    const { user } = renderApp(miniBank);
    await startAndAnswerSize(user, '3');
    await user.click(screen.getByRole('radio', { name: 'Unclear' }));
    await clickNext(user);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Unclear' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('spinbutton')).toHaveValue(3);
    await clickNext(user);
    await clickNext(user);
    expect(progressText()).toBe('Question 3 of up to 5');
    // The skipped teams question moves the bar on: it shows the fourth of five bank questions.
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '4');
  });

  it('shows a conditional question, then drops it and its answer when it no longer applies', async () => {
    const { user } = renderApp(miniBank);
    await startAndAnswerSize(user, '40');
    expect(screen.getByRole('heading', { level: 1, name: 'How many teams do you have?' })).toBeInTheDocument();
    expect(progressText()).toBe('Question 2 of up to 5');
    await user.type(screen.getByRole('spinbutton'), '4');
    await clickNext(user);
    expect(progressText()).toBe('Question 3 of up to 5');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const size = screen.getByRole('spinbutton');
    await user.clear(size);
    await user.type(size, '3');
    await user.tab();
    expect(screen.getByText(/no longer applies.*removed: Teams\./)).toHaveAttribute('role', 'status');
    expect(progressText()).toBe('Question 1 of up to 5');
    await clickNext(user);
    expect(screen.getByRole('heading', { level: 1, name: 'How clear is your product direction?' })).toBeInTheDocument();
    expect(progressText()).toBe('Question 2 of up to 5');

    // Back above the threshold: the question returns, empty.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.clear(screen.getByRole('spinbutton'));
    await user.type(screen.getByRole('spinbutton'), '40');
    await clickNext(user);
    expect(progressText()).toBe('Question 2 of up to 5');
    expect(screen.getByRole('spinbutton')).toHaveValue(null);
  });
});

describe('review', { timeout: 20_000 }, () => {
  it('lists every answer, changes one and returns to the review', async () => {
    const { user } = renderApp(miniBank);
    await startAndAnswerSize(user, '3');
    await user.click(screen.getByRole('radio', { name: 'Clear' }));
    await clickNext(user);
    await user.click(screen.getByRole('radio', { name: 'Agree' }));
    await clickNext(user);
    await user.click(screen.getByRole('checkbox', { name: 'Drift' }));
    await clickNext(user);

    await expectFocusMovesTo(await screen.findByRole('heading', { level: 1, name: 'Review your answers' }));
    expect(document.title).toBe('Review your answers · Role Fit');
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      // Each row names the topic, then the question or statement, then the answer.
      'Team sizeHow many engineers do you have?3 engineersChange Team size',
      'DirectionHow clear is your product direction?ClearChange Direction',
      'DeliveryOur engineers always know what to build next.AgreeChange Delivery',
      'PainsWhich of these do you see?DriftChange Pains',
    ]);

    await user.click(screen.getByRole('button', { name: 'Change Direction' }));
    await user.click(screen.getByRole('radio', { name: 'Unclear' }));
    await user.click(screen.getByRole('button', { name: 'Back to review' }));
    expect(screen.getByText('Unclear')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hire a PM' })).toBeInTheDocument();
  });
});
