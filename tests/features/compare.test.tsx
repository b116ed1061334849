// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildResultFile, encodeShareLink } from '../../src/engine';
import { CompareScreen } from '../../src/features/compare/compare-screen';
import { miniBank } from '../fixtures/mini-bank';

const pmMinded = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const poMinded = { size: 5, direction: 'clear', delivery: 'strongly-disagree', pains: ['waiting'] };

function setup() {
  const user = userEvent.setup();
  render(<CompareScreen bank={miniBank} />);
  return user;
}

afterEach(() => {
  cleanup();
});

describe('CompareScreen', () => {
  it('compares two share links side by side', async () => {
    const user = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name for person 1' }), 'Founder');
    await user.type(screen.getByRole('textbox', { name: 'Name for person 2' }), 'CTO');
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 1' }));
    await user.paste(`/role-fit/#${encodeShareLink(miniBank, pmMinded)}`);
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 2' }));
    await user.paste(encodeShareLink(miniBank, poMinded));
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    const people = screen.getByRole('table', { name: /Recommendation and dimension scores/ });
    expect(within(people).getByRole('row', { name: /^Founder Hire a PM/ })).toBeInTheDocument();
    expect(within(people).getByRole('row', { name: /^CTO Hire a PO/ })).toBeInTheDocument();
    expect(
      within(people).getByRole('row', { name: /^Everyone together Hire one for both 50 50 0$/ }),
    ).toBeInTheDocument();

    const differences = screen.getByRole('table', { name: /Questions answered differently/ });
    const rows = within(differences).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'DirectionUnclearClear',
      'PainsDriftWaiting',
      'DeliveryAgreeStrongly disagree',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Together' })).toBeInTheDocument();
    expect(screen.getByText(/You got different recommendations/)).toBeInTheDocument();
  });

  it('accepts a saved file for a person', async () => {
    const user = setup();
    const text = JSON.stringify(buildResultFile(miniBank, poMinded, new Date('2026-03-04T10:00:00Z')));
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 1' }));
    await user.paste(encodeShareLink(miniBank, pmMinded));
    await user.upload(screen.getByLabelText('Or a saved file for person 2'), new File([text], 'cto.json'));
    expect(await screen.findByText(/Using cto.json/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('row', { name: /^Person 2 Hire a PO/ })).toBeInTheDocument();
  });

  it('names the person whose link cannot be read', async () => {
    const user = setup();
    const link = encodeShareLink(miniBank, pmMinded);
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 1' }));
    await user.paste(link);
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 2' }));
    await user.paste(link.slice(0, -4));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Person 2: This link is damaged');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('takes two to five people', async () => {
    const user = setup();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Add a person' }));
    expect(screen.getAllByRole('group', { name: /^Person \d$/ })).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Add a person' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove person 5' }));
    expect(screen.getAllByRole('group', { name: /^Person \d$/ })).toHaveLength(4);
  });
});
