// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readText } from '../../src/components/download';
import {
  buildResultFile,
  checkAnswers,
  compareResults,
  decodeCompareLink,
  encodeCompareLink,
  encodeShareLink,
  type Answers,
  type Bank,
} from '../../src/engine';
import { CompareScreen, type CompareScreenProps } from '../../src/features/compare/compare-screen';
import { defaultBank } from '../fixtures/default-bank';
import { miniBank } from '../fixtures/mini-bank';
import { personas } from '../fixtures/personas';
import { captureDownloads } from './capture-downloads';

const pmMinded = { size: 5, direction: 'unclear', delivery: 'agree', pains: ['drift'] };
const poMinded = { size: 5, direction: 'clear', delivery: 'strongly-disagree', pains: ['waiting'] };

function setup(bank: Bank = miniBank, props: Partial<CompareScreenProps> = {}) {
  const user = userEvent.setup();
  render(<CompareScreen bank={bank} {...props} />);
  return user;
}

function checked(bank: Bank, input: unknown): Answers {
  const result = checkAnswers(bank, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers;
}

/** Two calibration personas of the default bank who answer more than eight questions differently. */
function farApart() {
  const bank = defaultBank();
  const [first, second] = ['po', 'pm'].map((outcome) => {
    const persona = personas.find((candidate) => candidate.expected === outcome);
    return checked(bank, persona?.answers);
  });
  if (!first || !second) throw new Error('no PO and PM personas');
  const { differences } = compareResults(bank, [
    { label: 'A', answers: first },
    { label: 'B', answers: second },
  ]);
  if (differences.length <= 8) throw new Error(`the personas differ in only ${differences.length} questions`);
  return { bank, first, second, differences };
}

/** Fills in both people with share links and presses Compare. */
async function compareTwo(user: ReturnType<typeof userEvent.setup>, bank: Bank, first: Answers, second: Answers) {
  await user.click(screen.getByRole('textbox', { name: 'Share link for person 1' }));
  await user.paste(encodeShareLink(bank, first));
  await user.click(screen.getByRole('textbox', { name: 'Share link for person 2' }));
  await user.paste(encodeShareLink(bank, second));
  await user.click(screen.getByRole('button', { name: 'Compare' }));
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

describe('all the differences', () => {
  it('shows the first eight, and all of them on request', async () => {
    const { bank, first, second, differences } = farApart();
    const user = setup(bank);
    await compareTwo(user, bank, first, second);

    const table = screen.getByRole('table', { name: /^Questions answered differently/ });
    expect(table).toHaveAccessibleName(
      `Questions answered differently, the ones that move the scores most first (8 of ${differences.length})`,
    );
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8);
    const more = screen.getByRole('button', { name: `Show all ${differences.length} differences` });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(differences.map((difference) => difference.topic));
    expect(table).toHaveAccessibleName('Questions answered differently, the ones that move the scores most first');
    expect(more).toHaveAccessibleName('Show fewer');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveFocus();

    await user.click(more);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8);
  });

  it('offers no button when eight or fewer differ', async () => {
    const user = setup();
    await compareTwo(user, miniBank, pmMinded, poMinded);
    expect(screen.getByRole('table', { name: /^Questions answered differently/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });

  it('labels each cell with its column for the narrow layout', async () => {
    const user = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name for person 1' }), 'Founder');
    await compareTwo(user, miniBank, pmMinded, poMinded);
    const people = screen.getByRole('table', { name: /^Recommendation and dimension scores/ });
    const founder = within(people).getByRole('row', { name: /^Founder / });
    expect(
      within(founder)
        .getAllByRole('cell')
        .map((cell) => cell.dataset.label),
    ).toEqual(['Recommendation', 'Strategy need', 'Execution need', 'Scale and load']);
    const differences = screen.getByRole('table', { name: /^Questions answered differently/ });
    const direction = within(differences).getByRole('row', { name: /^Direction / });
    expect(
      within(direction)
        .getAllByRole('cell')
        .map((cell) => cell.dataset.label),
    ).toEqual(['Founder', 'Person 2']);
  });
});

describe('names', () => {
  it('keeps a name typed while a saved file is still being read', async () => {
    setup();
    const name = screen.getByRole('textbox', { name: 'Name for person 1' });
    const text = JSON.stringify(buildResultFile(miniBank, poMinded, new Date('2026-03-04T10:00:00Z')));
    // The file is read asynchronously; the name is typed before the read ends.
    fireEvent.change(screen.getByLabelText('Or a saved file for person 1'), {
      target: { files: [new File([text], 'cto.json')] },
    });
    fireEvent.change(name, { target: { value: 'CTO' } });
    expect(await screen.findByText(/Using cto.json/)).toBeInTheDocument();
    expect(name).toHaveValue('CTO');
  });

  it('refuses a comparison link pasted as one person’s link, and says where it goes', async () => {
    const user = setup();
    const comparison = encodeCompareLink(miniBank, [
      { label: 'A', answers: pmMinded },
      { label: 'B', answers: poMinded },
    ]);
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 1' }));
    await user.paste(`http://127.0.0.1:5173/#${comparison}`);
    await user.click(screen.getByRole('textbox', { name: 'Share link for person 2' }));
    await user.paste(encodeShareLink(miniBank, poMinded));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Person 1: This is a link to a whole comparison, not to one person’s result; open it in the browser’s address bar instead.',
    );
  });
});

describe('a shared result beside this browser’s own answers', () => {
  const initial = [
    { name: 'Shared', given: { source: 'the shared result', answers: pmMinded, notice: undefined } },
    { name: 'You', given: { source: 'your answers in this browser', answers: poMinded, notice: undefined } },
  ];

  it('is compared at once, under names that can be changed', async () => {
    const user = setup(miniBank, { initial });
    expect(screen.getByRole('textbox', { name: 'Name for person 1' })).toHaveValue('Shared');
    expect(screen.getByRole('textbox', { name: 'Name for person 2' })).toHaveValue('You');
    expect(screen.getByText(/Using the shared result\./)).toBeInTheDocument();
    expect(screen.getByText(/Using your answers in this browser\./)).toBeInTheDocument();
    const people = screen.getByRole('table', { name: /^Recommendation and dimension scores/ });
    expect(within(people).getByRole('row', { name: /^Shared Hire a PM/ })).toBeInTheDocument();
    expect(within(people).getByRole('row', { name: /^You Hire a PO/ })).toBeInTheDocument();

    const you = screen.getByRole('textbox', { name: 'Name for person 2' });
    await user.clear(you);
    await user.type(you, 'Sam');
    // The comparison shown was for the fields as they were: it goes until Compare is pressed again.
    expect(people).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const again = screen.getByRole('table', { name: /^Recommendation and dimension scores/ });
    expect(within(again).getByRole('row', { name: /^Sam Hire a PO/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Each person’s result' })).toHaveFocus();
  });
});

describe('taking the comparison away', () => {
  it('copies and downloads it as Markdown, and copies a link that opens the same comparison', async () => {
    const user = setup();
    await user.type(screen.getByRole('textbox', { name: 'Name for person 1' }), 'Founder');
    await user.type(screen.getByRole('textbox', { name: 'Name for person 2' }), 'CTO');
    await compareTwo(user, miniBank, pmMinded, poMinded);
    const exports = screen.getByRole('region', { name: 'Take the comparison with you' });

    await user.click(within(exports).getByRole('button', { name: 'Copy comparison as Markdown' }));
    expect(within(exports).getByRole('status')).toHaveTextContent('Comparison copied as Markdown.');
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^# Role Fit comparison: different recommendations$/m);
    expect(copied).toContain('| Direction | Unclear | Clear |');

    const { blobs, names } = captureDownloads();
    await user.click(within(exports).getByRole('button', { name: 'Download comparison (.md)' }));
    expect(names).toEqual([expect.stringMatching(/^role-fit-comparison-\d{4}-\d{2}-\d{2}\.md$/)]);
    expect(blobs[0]?.type).toBe('text/markdown;charset=utf-8');
    await expect(readText(blobs[0] ?? new Blob())).resolves.toContain('| Founder | Hire a PM |');
    expect(within(exports).getByRole('status')).toHaveTextContent('Comparison downloaded as a Markdown file.');

    await user.click(within(exports).getByRole('button', { name: 'Copy comparison link' }));
    expect(within(exports).getByRole('status')).toHaveTextContent('Comparison link copied.');
    const link = await navigator.clipboard.readText();
    expect(within(exports).getByRole('textbox', { name: 'Comparison link' })).toHaveValue(link);
    expect(link.startsWith(`${location.origin}${location.pathname}#c1.`)).toBe(true);
    expect(decodeCompareLink(miniBank, link)).toEqual({
      ok: true,
      people: [
        { label: 'Founder', answers: pmMinded },
        { label: 'CTO', answers: poMinded },
      ],
    });
    // The Markdown carries the same link.
    expect(copied).toContain(`Open this comparison in Role Fit: <${link}>`);
  });

  it('says so when the browser refuses to copy, and shows the link to copy by hand', async () => {
    const user = setup();
    await compareTwo(user, miniBank, pmMinded, poMinded);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy comparison link' }));
    expect(screen.getByRole('region', { name: 'Take the comparison with you' })).toHaveTextContent(
      'This browser did not let Role Fit copy; select the text and copy it yourself. The link is shown below.',
    );
    const shown = screen.getByRole('textbox', { name: 'Comparison link' });
    expect(shown instanceof HTMLInputElement && shown.value).toMatch(/#c1\.mini\./);
  });
});
