// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { AssessmentErrorBoundary } from '../../src/components/error-boundary';
import { parseResultFile, type Answers } from '../../src/engine';
import * as resultFile from '../../src/engine/exchange/result-file';
import { readText } from '../../src/components/download';
import { AssessmentProvider } from '../../src/store/assessment-context';
import { createAssessmentStore } from '../../src/store/assessment-store';
import { STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { expectFocusMovesTo } from './render-app';
import { blockedStorage } from '../store/memory-storage';

// The review screen breaks, to show what the app does with an error nobody expected.
vi.mock('../../src/features/review/review-screen', () => ({
  ReviewScreen: () => {
    throw new Error('the review screen broke');
  },
}));
vi.mock('../../src/engine/exchange/result-file', async (importOriginal) => {
  const actual = await importOriginal<typeof resultFile>();
  return { ...actual, resultFileText: vi.fn(actual.resultFileText) };
});

const answers: Answers = { size: 40, teams: 3, direction: 'unclear' };
const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;

/** Replaces the object-URL calls and the link click, and records every file offered. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:role-fit/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

const exploding = { now: true };
function Fragile() {
  if (exploding.now) throw new Error('a screen broke');
  return <p>The screen works again.</p>;
}

function renderFragile(storage?: () => Storage) {
  const store = createAssessmentStore(miniBank, storage ? { storage } : {});
  store.getState().start();
  for (const [question, answer] of Object.entries(answers)) store.getState().answerQuestion(question, answer);
  const user = userEvent.setup();
  render(
    <AssessmentProvider bank={miniBank} store={store}>
      <AssessmentErrorBoundary>
        <Fragile />
      </AssessmentErrorBoundary>
    </AssessmentProvider>,
  );
  return { user, store };
}

beforeEach(() => {
  localStorage.clear();
  exploding.now = true;
  // React reports every caught render error on the console.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
});

describe('an unexpected error in a screen', () => {
  it('shows a recovery screen that says the answers are safe, and keeps them saved', async () => {
    renderFragile();
    await expectFocusMovesTo(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }));
    expect(screen.getByText(/Your 3 answers are safe\. They are still saved in this browser\./)).toBeInTheDocument();
    expect(saved()).toEqual({ state: { answers, step: { question: 'size' } }, version: 1 });
    expect(screen.getByText('a screen broke')).not.toBeVisible();
  });

  it('offers the answers as a result file that "Open a saved result" reads', async () => {
    const files = captureDownloads();
    const { user } = renderFragile();
    await user.click(await screen.findByRole('button', { name: 'Download your answers (.json)' }));
    expect(await screen.findByText(/^Your answers were saved as role-fit-answers-/)).toBeInTheDocument();
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^role-fit-answers-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readText(files[0]?.blob ?? new Blob());
    expect(parseResultFile(miniBank, text)).toMatchObject({ ok: true, answers });
  });

  it('offers the plain answers when the result file cannot be built', async () => {
    vi.mocked(resultFile.resultFileText).mockImplementationOnce(() => {
      throw new Error('the engine broke too');
    });
    const files = captureDownloads();
    const { user } = renderFragile();
    await user.click(await screen.findByRole('button', { name: 'Download your answers (.json)' }));
    expect(await screen.findByText(/as a plain list/)).toBeInTheDocument();
    expect(JSON.parse(await readText(files[0]?.blob ?? new Blob()))).toEqual({ answers });
  });

  it('"Try again" shows the screen again, answers untouched', async () => {
    const { user, store } = renderFragile();
    exploding.now = false;
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The screen works again.')).toBeInTheDocument();
    expect(store.getState().answers).toEqual(answers);
  });

  it('"Try again" comes back to the recovery screen while the error persists', async () => {
    const { user } = renderFragile();
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await expectFocusMovesTo(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }));
  });

  it('"Start over" removes the answers and shows the screen again', async () => {
    const { user, store } = renderFragile();
    exploding.now = false;
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(screen.getByText('The screen works again.')).toBeInTheDocument();
    expect(store.getState().answers).toEqual({});
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('says the answers live in the page only when storage is blocked', async () => {
    renderFragile(blockedStorage);
    expect(
      await screen.findByText(/They are kept in this page only, so download them before you close it\./),
    ).toBeVisible();
  });
});

describe('the app', () => {
  it('catches an error in any screen, keeping the answers and the way to clear them', async () => {
    const user = userEvent.setup();
    const store = createAssessmentStore(miniBank);
    store.getState().importAnswers({ size: 3, direction: 'clear' });
    render(<App bank={{ ok: true, bank: miniBank }} store={store} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText(/Your 2 answers are safe/)).toBeInTheDocument();
    expect(saved()).toEqual({ state: { answers: { size: 3, direction: 'clear' }, step: 'review' }, version: 1 });
    expect(screen.getByRole('button', { name: 'Clear my data' })).toBeInTheDocument();
    // The recovery screen's own "Start over", not the header's, which asks first.
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });
});
