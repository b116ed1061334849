// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildResultFile, type Answers } from '../../src/engine';
import { STORAGE_KEY } from '../../src/store/progress-storage';
import { miniBank } from '../fixtures/mini-bank';
import { expectFocusMovesTo, renderApp } from './render-app';

const answers: Answers = { size: 5, direction: 'clear', delivery: 'agree', pains: ['silos'] };
const savedText = JSON.stringify(buildResultFile(miniBank, answers, new Date('2026-03-04T10:00:00Z')));

/** The app, with answers of its own or none, on the "Open a saved result" screen the header leads to. */
async function setup(hasProgress: boolean) {
  if (hasProgress)
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { answers: { size: 40 }, step: { question: 'teams' } }, version: 1 }),
    );
  const { user } = renderApp(miniBank);
  await user.click(screen.getByRole('button', { name: 'Open a saved result' }));
  const input = await screen.findByLabelText('Saved result file');
  return { user, input };
}

const banner = () => screen.queryByRole('region', { name: 'Saved result' });
/** What the app holds as this browser's own answers. */
const ownAnswers = () =>
  (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"state":{}}') as { state: { answers?: Answers } }).state.answers;

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

describe('Open a saved result', () => {
  it('shows a saved file read-only, like a link, and makes it this browser’s own at once when there is nothing to lose', async () => {
    const { user, input } = await setup(false);
    await user.upload(input, new File([savedText], 'result.json', { type: 'application/json' }));
    // The result's screen loads on demand: the first load in a test file builds its whole module graph.
    expect(await screen.findByRole('region', { name: 'Saved result' }, { timeout: 5000 })).toHaveTextContent(
      /Your own answers in this browser are not shown and not changed/,
    );
    expect(screen.getByText('Their result', { exact: false })).toBeInTheDocument();
    expect(ownAnswers()).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Make these my answers' }));
    await waitFor(() => {
      expect(ownAnswers()).toEqual(answers);
    });
    expect(banner()).not.toBeInTheDocument();
  });

  it('asks before replacing answers, and Cancel changes nothing', async () => {
    const { user, input } = await setup(true);
    await user.upload(input, new File([savedText], 'result.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Make these my answers' }));
    const question = screen.getByRole('group', { name: 'Replace your answers in this browser with these?' });
    await expectFocusMovesTo(within(question).getByRole('button', { name: 'Replace my answers' }));
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(question).not.toBeInTheDocument();
    expect(ownAnswers()).toEqual({ size: 40 });
  });

  it('replaces the answers once confirmed, and the file’s name says whose they are', async () => {
    const { user, input } = await setup(true);
    const named = JSON.stringify(buildResultFile(miniBank, answers, new Date('2026-03-04T10:00:00Z'), 'Ada'));
    await user.upload(input, new File([named], 'ada.json', { type: 'application/json' }));
    expect(await screen.findByText('Ada’s result', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make these my answers' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Replace your answers in this browser with Ada’s?' })).getByRole(
        'button',
        { name: 'Replace my answers' },
      ),
    );
    await waitFor(() => {
      expect(ownAnswers()).toEqual(answers);
    });
  });

  it('refuses a file over 1 MB (1,000,000 bytes) without reading it, and says how big it is', async () => {
    const { user, input } = await setup(false);
    const big = new File(['x'.repeat(1_000_001)], 'huge.json', { type: 'application/json' });
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    await user.upload(input, big);
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(
        'This file is larger than 1 MB (1,000,000 bytes), so it is not a Role Fit result; choose the .json file Role Fit saved.',
      );
    });
    await user.click(screen.getByText('Details'));
    expect(screen.getByRole('listitem')).toHaveTextContent('It is 1,000,001 bytes.');
    expect(read).not.toHaveBeenCalled();
    expect(banner()).not.toBeInTheDocument();
  });

  it('opens a file of exactly 1,000,000 bytes far enough to read it', async () => {
    const { user, input } = await setup(false);
    await user.upload(input, new File([' '.repeat(1_000_000)], 'spaces.json'));
    expect(
      await screen.findByText(
        'This file is empty, so it is not a Role Fit result; choose the .json file Role Fit saved.',
      ),
    ).toBeInTheDocument();
    expect(banner()).not.toBeInTheDocument();
  });

  it('explains a file that is not a result in one sentence, with details on demand', async () => {
    const { user, input } = await setup(false);
    await user.upload(input, new File(['{"format": "role-fit-result", "formatVersion": 1}'], 'broken.json'));
    expect(await screen.findByText(/^This result file is damaged or was edited by hand/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^This result file is damaged/);
    const details = screen.getByText('Details');
    expect(details.closest('details')).not.toHaveAttribute('open');
    await user.click(details);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'The record of the questions it was saved with is missing.',
      'The date it was saved is missing.',
      'The list of answers is missing.',
      'The result stored with the answers is missing.',
    ]);
    expect(banner()).not.toBeInTheDocument();
  });
});

describe('Open a saved result, refusing files in plain words', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
  const withAnswers = (changed: Record<string, unknown>) =>
    JSON.stringify({ ...(JSON.parse(savedText) as object), answers: changed });

  it.each([
    [
      'an image',
      new File([png], 'photo.json', { type: 'application/json' }),
      'This file looks like a binary file (an image or an archive?), not a Role Fit result; choose the .json file Role Fit saved.',
      ['It starts like a PNG image.'],
    ],
    [
      'a spreadsheet',
      new File(['Name,Role\r\nAda,CTO\u001b[1m\r\n'], 'people.json'),
      'This is not a Role Fit result file: it is not JSON text; choose the .json file Role Fit saved.',
      ['It begins “Name,Role Ada,CTO [1m”.'],
    ],
    [
      'a result cut short',
      new File([savedText.slice(0, 80)], 'cut.json'),
      'This file is damaged: its JSON text is cut short or broken, so it is not a Role Fit result; choose the .json file Role Fit saved.',
      ['It ends before its data does: it may have been cut short.'],
    ],
    [
      'half an engineer',
      new File([withAnswers({ size: 0.5 })], 'edited.json'),
      'The answers in this file do not fit the current questions, so it was not opened; answer the questions again.',
      ['The answer to “How many engineers do you have?” is 0.5; it must be a whole number from 0 to 500.'],
    ],
    [
      'an option the question does not have',
      new File([withAnswers({ size: 5, direction: 'sideways' })], 'edited.json'),
      'The answers in this file do not fit the current questions, so it was not opened; answer the questions again.',
      ['The answer to “How clear is your product direction?” names “sideways”, which is not one of its options.'],
    ],
  ])('%s: says what is wrong, and the details name no id, path or parser words', async (_, file, message, details) => {
    const { user, input } = await setup(false);
    await user.upload(input, file);
    expect(await screen.findByText(message)).toBeInTheDocument();
    await user.click(screen.getByText('Details'));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(details);
    expect(screen.getByRole('alert').textContent).not.toMatch(/Unexpected|Invalid|expected|\\u|\p{Cc}/u);
    expect(banner()).not.toBeInTheDocument();
  });
});
