// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildResultFile, type Answers } from '../../src/engine';
import { ImportFile } from '../../src/features/open/import-file';
import { miniBank } from '../fixtures/mini-bank';
import { expectFocusMovesTo } from './render-app';

const answers: Answers = { size: 5, direction: 'clear', delivery: 'agree', pains: ['silos'] };
const savedText = JSON.stringify(buildResultFile(miniBank, answers, new Date('2026-03-04T10:00:00Z')));

function setup(hasProgress: boolean) {
  const user = userEvent.setup();
  const onImport = vi.fn<(answers: Answers, notice: string | undefined) => void>();
  render(<ImportFile bank={miniBank} hasProgress={hasProgress} onImport={onImport} />);
  return { user, onImport, input: screen.getByLabelText('Open a saved result') };
}

afterEach(() => {
  cleanup();
});

describe('ImportFile', () => {
  it('hands on the answers of a saved file at once when there is no progress to lose', async () => {
    const { user, onImport, input } = setup(false);
    await user.upload(input, new File([savedText], 'result.json', { type: 'application/json' }));
    expect(await screen.findByText('Opened result.json.')).toBeInTheDocument();
    expect(onImport).toHaveBeenCalledExactlyOnceWith(answers, undefined);
  });

  it('asks before replacing answers, and Cancel changes nothing', async () => {
    const { user, onImport, input } = setup(true);
    await user.upload(input, new File([savedText], 'result.json', { type: 'application/json' }));
    const question = await screen.findByRole('group', {
      name: 'Replace your current answers with the ones in result.json?',
    });
    expect(question).toBeInTheDocument();
    // The file is read asynchronously: focus moves in the effect after the question renders.
    await expectFocusMovesTo(screen.getByRole('button', { name: 'Replace my answers' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onImport).not.toHaveBeenCalled();
    expect(question).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Nothing was changed');
  });

  it('replaces the answers once confirmed', async () => {
    const { user, onImport, input } = setup(true);
    await user.upload(input, new File([savedText], 'result.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Replace my answers' }));
    expect(onImport).toHaveBeenCalledExactlyOnceWith(answers, undefined);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const { user, onImport, input } = setup(false);
    const big = new File(['x'.repeat(1024 * 1024 + 1)], 'huge.json', { type: 'application/json' });
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    await user.upload(input, big);
    expect(screen.getByRole('alert')).toHaveTextContent('This file is larger than 1 MB');
    expect(read).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('explains a file that is not a result in one sentence, with details on demand', async () => {
    const { user, onImport, input } = setup(false);
    await user.upload(input, new File(['{"format": "role-fit-result", "formatVersion": 1}'], 'broken.json'));
    expect(await screen.findByText(/^This result file is damaged or was edited by hand/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^This result file is damaged/);
    const details = screen.getByText('Details');
    expect(details.closest('details')).not.toHaveAttribute('open');
    await user.click(details);
    expect(screen.getByText(/^bank: /)).toBeVisible();
    expect(onImport).not.toHaveBeenCalled();
  });
});
