// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bankFor } from '../../src/bank';
import { buildResultFile, compareResults, encodeShareLink, outcomeById, type Bank } from '../../src/engine';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';
import { expectFocusMovesTo, renderApp } from './render-app';

function realBank(): Bank {
  return bankFor('en');
}

function personaExpecting(outcome: string) {
  const persona = personas.find((candidate) => candidate.expected === outcome);
  if (!persona) throw new Error(`no persona expects ${outcome}`);
  return persona;
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

/** Through the header's "Open a saved result", as a user would. */
async function openFile(user: ReturnType<typeof renderApp>['user'], file: File): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Open a saved result' }));
  await user.upload(await screen.findByLabelText('Saved result file'), file);
}

describe('open a saved result', { timeout: 20_000 }, () => {
  it('opens a saved file from the landing page and shows its result', async () => {
    const { user } = renderApp(miniBank);
    const saved = buildResultFile(
      miniBank,
      { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] },
      new Date('2026-03-04T10:00:00Z'),
    );
    await openFile(user, new File([JSON.stringify(saved)], 'result.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Make these my answers' }, { timeout: 5000 }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hire a PM' }, { timeout: 5000 });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByText(/^Opened the answers from a saved file\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save result file (.json)' })).toBeInTheDocument();
  });

  it('opens a file with missing answers at the review', async () => {
    const { user } = renderApp(miniBank);
    const saved = buildResultFile(miniBank, { size: 5, direction: 'unclear' }, new Date('2026-03-04T10:00:00Z'));
    await openFile(user, new File([JSON.stringify(saved)], 'part.json'));
    await user.click(await screen.findByRole('button', { name: 'Make these my answers' }));
    await expectFocusMovesTo(await screen.findByRole('heading', { level: 1, name: 'Review your answers' }));
    expect(screen.getByText('5 engineers')).toBeInTheDocument();
  });
});

describe('compare colleagues’ results', { timeout: 20_000 }, () => {
  it('is reachable from the landing page and compares two share links', async () => {
    const bank = realBank();
    const pm = personaExpecting('pm');
    const po = personaExpecting('po');
    const { user } = renderApp(bank);

    await user.click(screen.getByRole('button', { name: 'Compare results' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Compare answers' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(document.title).toBe('Compare answers · Role Fit');

    await user.type(screen.getByRole('textbox', { name: 'Name for person 1' }), 'Founder');
    await user.type(screen.getByRole('textbox', { name: 'Name for person 2' }), 'CTO');
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 1' }));
    await user.paste(`${location.origin}/#${encodeShareLink(bank, pm.answers)}`);
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 2' }));
    await user.paste(encodeShareLink(bank, po.answers));
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    await expectFocusMovesTo(screen.getByRole('heading', { level: 2, name: 'Each person’s result' }));
    const people = screen.getByRole('table', { name: /Recommendation, hiring plan and dimension scores/ });
    const title = (id: Parameters<typeof outcomeById>[1]) => outcomeById(bank, id).title;
    expect(within(people).getByRole('row', { name: new RegExp(`^Founder ${title('pm')} `) })).toBeInTheDocument();
    expect(within(people).getByRole('row', { name: new RegExp(`^CTO ${title('po')} `) })).toBeInTheDocument();

    const combined = compareResults(bank, [
      { label: 'Founder', answers: pm.answers },
      { label: 'CTO', answers: po.answers },
    ]).combined.outcome;
    const together = screen.getByRole('region', { name: 'Together' });
    expect(within(together).getByText(title(combined))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await expectFocusMovesTo(screen.getByRole('heading', { level: 1, name: bank.title }));
  });

  it('returns to the review it was opened from', async () => {
    const { user } = renderApp(miniBank);
    const saved = buildResultFile(miniBank, { size: 5 }, new Date('2026-03-04T10:00:00Z'));
    await openFile(user, new File([JSON.stringify(saved)], 'part.json'));
    await user.click(await screen.findByRole('button', { name: 'Make these my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Review your answers' });

    await user.click(screen.getByRole('button', { name: 'Compare results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare answers' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await expectFocusMovesTo(screen.getByRole('heading', { level: 1, name: 'Review your answers' }));
  });
});
