// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultBankJson } from '../fixtures/default-bank';

const bankJson = defaultBankJson();
import { App } from '../../src/app';
import { parseBank } from '../../src/engine';

afterEach(cleanup);

describe('a question bank that does not validate', () => {
  it('shows an error screen with located details instead of crashing', () => {
    const broken = structuredClone(bankJson) as { questions: { id: string }[] };
    const [first, second] = broken.questions;
    if (first && second) second.id = first.id;
    render(<App bank={parseBank(broken)} />);

    expect(screen.getByRole('heading', { level: 1, name: 'The questions could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/no advice can be given/)).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`questions: question id "${first?.id ?? ''}" is used twice`)),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).not.toBeInTheDocument();
  });
});
