// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { clickNext, expectFocusMovesTo, renderApp } from './render-app';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

describe('saved progress', { timeout: 20_000 }, () => {
  it('resumes where the user left off after a reload', async () => {
    const first = renderApp(miniBank);
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    await first.user.type(screen.getByRole('spinbutton'), '7');
    await clickNext(first.user);
    await first.user.click(screen.getByRole('radio', { name: 'Unclear' }));
    first.unmount();

    const second = renderApp(miniBank);
    await expectFocusMovesTo(screen.getByRole('heading', { level: 1, name: 'How clear is your product direction?' }));
    expect(screen.getByRole('radio', { name: 'Unclear' })).toBeChecked();
    await second.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('spinbutton')).toHaveValue(7);
  });

  it('starts over from a clean slate', async () => {
    const first = renderApp(miniBank);
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    await first.user.type(screen.getByRole('spinbutton'), '7');
    await clickNext(first.user);
    await first.user.click(screen.getByRole('button', { name: 'Back' }));
    await first.user.click(screen.getByRole('button', { name: 'Back' }));
    first.unmount();

    const second = renderApp(miniBank);
    expect(screen.getByText('You have answered 1 question in this browser.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).not.toBeInTheDocument();
    // Starting over asks first; Cancel keeps the answers and puts focus back on the button.
    await second.user.click(screen.getByRole('button', { name: 'Start over' }));
    await second.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
    expect(screen.getByText('You have answered 1 question in this browser.')).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(
      screen.getByRole('group', { name: 'Remove your answers from this browser and start again?' }),
    ).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Remove and start again' }));
    expect(screen.getByText('Question 1 of up to 5')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton')).toHaveValue(null);
  });

  it('says when saved data could not be restored, and keeps a backup', () => {
    localStorage.setItem(STORAGE_KEY, '{"state":{"answers":{"size":"lots"}},"version":1}');
    renderApp(miniBank);
    // The landing page also keeps an (empty) alert slot for "Open a saved result".
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
      expect.stringContaining('Your saved progress could not be read'),
    );
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(localStorage.getItem(BACKUP_KEY)).toContain('lots');
  });

  it('"Clear my data" empties localStorage and resets', async () => {
    const { user } = renderApp(miniBank);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('spinbutton'), '7');
    await clickNext(user);
    expect(localStorage.length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my data' }));
    expect(localStorage.length).toBe(0);
    expect(screen.getByText('Your answers were removed from this browser.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: miniBank.title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('spinbutton')).toHaveValue(null);
  });
});

describe('blocked storage', { timeout: 20_000 }, () => {
  it('keeps working in memory and says progress is not saved', async () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
      clear: () => undefined,
    } satisfies Storage;
    const user = userEvent.setup();
    render(
      <App bank={{ ok: true, bank: miniBank }} store={createAssessmentStore(miniBank, { storage: () => blocked })} />,
    );
    expect(screen.getByText(/progress is not being saved/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('spinbutton'), '3');
    await clickNext(user);
    expect(screen.getByText('Question 2 of up to 5')).toBeInTheDocument();
  });
});
