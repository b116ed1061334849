// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
});

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
});
