// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bankHash, encodeShareLink } from '../../src/engine';
import { fnv1aHex } from '../../src/engine/bank/bank-hash';
import { miniBank } from '../fixtures/mini-bank';
import { renderApp } from './render-app';

/** A link for the mini bank around these varint bytes, with a correct checksum: only the answers are wrong. */
function sealed(bytes: number[]): string {
  const body = `v1.${miniBank.id}.${bankHash(miniBank)}.${Buffer.from(bytes).toString('base64url')}`;
  return `${body}.${fnv1aHex(body)}`;
}
/** A whole number's token in a v1 link. */
const number = (n: number) => 4 * 2 * n + 3;

function openAt(fragment: string) {
  history.replaceState(null, '', `/role-fit/#${fragment}`);
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('a refused share link, as the person who opened it reads it', { timeout: 20_000 }, () => {
  it('names the answer that does not fit by its question, in plain words', async () => {
    // Five engineers, and an answer to "How many teams", which only larger companies are asked.
    openAt(sealed([number(5), number(3)]));
    const { user } = renderApp(miniBank);
    const alert = await screen.findByRole('alert', { name: 'The shared link could not be opened' }, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'The answers in this link do not fit the current questions; ask the person who sent it for a new link.',
    );
    await user.click(within(alert).getByText('Details'));
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['The answer to “How many teams do you have?” does not apply: the other answers skip that question.']);
  });

  it('asks the person who opened a damaged link to get the whole link again from its sender', async () => {
    openAt(encodeShareLink(miniBank, { size: 5 }).slice(0, -3));
    renderApp(miniBank);
    const alert = await screen.findByRole('alert', { name: 'The shared link could not be opened' }, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'This link is damaged, probably cut short or changed while copying; ask the person who sent it for the whole link again.',
    );
    // "Copy share link" is the sender's button; the person who opened the link has nothing to copy.
    expect(alert).not.toHaveTextContent(/copy share link/i);
    expect(within(alert).queryByText('Details')).not.toBeInTheDocument();
  });
});
