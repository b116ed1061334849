// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { syncHistory } from '../../src/store/history-sync';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { clickNext, renderApp } from './render-app';

const NOT_SAVED = /Your progress is not being saved/;
const COULD_NOT_RESTORE = /Your saved progress could not be read/;

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

/** Every storage notice on screen, found by its words. */
const storageNotices = () =>
  screen.queryAllByText(/Your progress is not being saved|Your saved progress could not be read/);

/** Opens the app at an address, as a reload of that address does (main.tsx). */
function reloadAt(address: string) {
  history.replaceState(null, '', address);
  const store = createAssessmentStore(miniBank);
  const stop = syncHistory(store);
  const view = render(<App bank={{ ok: true, bank: miniBank }} store={store} />);
  view.unmount = ((unmount) => () => {
    stop();
    unmount();
  })(view.unmount);
  return { user: userEvent.setup(), ...view };
}

/** Fills localStorage with another site's data until only `room` more characters fit (jsdom's quota: 5,000,000). */
function fillStorageLeaving(room: number) {
  let used = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    used += key.length + (localStorage.getItem(key) ?? '').length;
  }
  const filler = 'other-site';
  localStorage.setItem(filler, 'x'.repeat(5_000_000 - used - room - filler.length));
}

async function answerFirstTwo(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.type(screen.getByRole('spinbutton'), '7');
  await clickNext(user);
  await user.click(screen.getByRole('radio', { name: 'Unclear' }));
}

describe('storage faults, as the user meets them', { timeout: 20_000 }, () => {
  it('truncated saved data: says it could not be restored and keeps the text as a backup', () => {
    const raw = '{"state":{"answers":{"size":7,"direction":"uncl';
    localStorage.setItem(STORAGE_KEY, raw);
    renderApp(miniBank);
    expect(screen.getByText(COULD_NOT_RESTORE)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(BACKUP_KEY))).toBeInTheDocument();
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('progress saved by an older version: resumes where it was, with the answers kept', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      '{"state":{"answers":{"size":7,"direction":"unclear"},"step":{"question":"delivery"}},"version":0}',
    );
    const { user } = renderApp(miniBank);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Our engineers always know what to build next.' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Unclear' })).toBeChecked();
    expect(screen.queryByText(COULD_NOT_RESTORE)).not.toBeInTheDocument();
  });

  it('progress saved by a newer version: works in memory, says so, and leaves it alone', async () => {
    const newer = '{"state":{"answers":{"size":7},"step":"somewhere-new"},"version":2}';
    localStorage.setItem(STORAGE_KEY, newer);
    const { user } = renderApp(miniBank);
    expect(screen.getByText(NOT_SAVED)).toHaveTextContent(/progress from a newer version of Role Fit/);
    expect(screen.queryByText(COULD_NOT_RESTORE)).not.toBeInTheDocument();
    await answerFirstTwo(user);
    await clickNext(user);
    expect(screen.getByText('Question 3 of up to 5')).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
  });

  it('localStorage that throws on access: works in memory and says so', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { user } = renderApp(miniBank);
    expect(screen.getByText(NOT_SAVED)).toBeInTheDocument();
    await answerFirstTwo(user);
    await clickNext(user);
    expect(screen.getByText('Question 3 of up to 5')).toBeInTheDocument();
  });

  it('a full localStorage: says so at the first answer that cannot be saved, and carries on', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { user } = renderApp(miniBank);
    expect(screen.queryByText(NOT_SAVED)).not.toBeInTheDocument();
    await answerFirstTwo(user);
    expect(screen.getByText(NOT_SAVED)).toBeInTheDocument();
    await clickNext(user);
    expect(screen.getByText('Question 3 of up to 5')).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('unreadable progress copied, then storage full: one notice says both and names the key that holds the copy', async () => {
    const raw = '{"state":{"answers":{"size":7,"direction":"uncl';
    localStorage.setItem(STORAGE_KEY, raw);
    // Room for the copy and nothing more: the first answer cannot be saved.
    fillStorageLeaving(BACKUP_KEY.length + raw.length);
    const { user } = reloadAt('/?question=size');
    await user.type(screen.getByRole('spinbutton'), '7');
    const [notice, ...others] = storageNotices();
    expect(others).toEqual([]);
    expect(notice).toHaveTextContent(`A copy of it is kept in this browser's storage under “${BACKUP_KEY}”`);
    expect(notice).toHaveTextContent('Your progress is not being saved');
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    // Dismissed, what still holds stays on screen.
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(storageNotices().map((each) => each.textContent)).toEqual([
      expect.stringMatching(/^Your progress is not being saved: this browser blocks storage or it is full\./),
    ]);
  });

  it('unreadable progress with no room for a copy: says it is left where it is, and still says so once dismissed', async () => {
    const raw = '{"state":{"answers":{"size":7,"direction":"uncl';
    localStorage.setItem(STORAGE_KEY, raw);
    fillStorageLeaving(0);
    const { user } = renderApp(miniBank);
    const [notice, ...others] = storageNotices();
    expect(others).toEqual([]);
    expect(notice).toHaveTextContent(`it is left as it was under “${STORAGE_KEY}”`);
    expect(notice).not.toHaveTextContent(BACKUP_KEY);
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(storageNotices().map((each) => each.textContent)).toEqual([
      expect.stringContaining(
        `Your progress is not being saved: saved progress that could not be read is kept as it was under “${STORAGE_KEY}”`,
      ),
    ]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('"Clear my data" while storage is blocked: one notice, which does not claim the data is gone', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { user } = renderApp(miniBank);
    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my data' }));
    const [notice, ...others] = screen.getAllByText(/not being saved|nothing new is saved|answers were/);
    expect(others).toEqual([]);
    expect(notice).toHaveTextContent(
      'Your answers were cleared from this page, but this browser blocks its storage, so anything saved here before may still be there',
    );
    expect(notice).not.toHaveTextContent('removed from this browser');
  });
});
