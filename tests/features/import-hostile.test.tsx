// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildResultFile, type Answers } from '../../src/engine';
import { ImportFile } from '../../src/features/open/import-file';
import { miniBank } from '../fixtures/mini-bank';

const answers: Answers = { size: 5, direction: 'clear', delivery: 'agree', pains: ['silos'] };
const file = () =>
  JSON.parse(JSON.stringify(buildResultFile(miniBank, answers, new Date('2026-03-04T10:00:00Z')))) as Record<
    string,
    unknown
  >;
const script = '<script>window.hacked = true</script>';
const image = '<img src=x onerror="window.hacked = true">';

afterEach(() => {
  cleanup();
});

describe('opening a hostile result file', () => {
  it('shows script and HTML from the file as text, and runs nothing', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn();
    const { container } = render(<ImportFile bank={miniBank} hasProgress={false} onImport={onImport} />);
    const text = JSON.stringify({ ...file(), answers: { [script]: 'x', [image.slice(0, 40)]: 'y' } });
    await user.upload(screen.getByLabelText('Open a saved result'), new File([text], 'result.json'));
    expect(await screen.findByText(/^The answers in this file do not fit/)).toBeInTheDocument();
    await user.click(screen.getByText('Details'));
    expect(screen.getByText(`${script}: "${script}" is not a question in mini 1.0.0`)).toBeVisible();
    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('ignores javascript: text in the strings it does not read, and opens the answers', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn();
    render(<ImportFile bank={miniBank} hasProgress={false} onImport={onImport} />);
    const text = JSON.stringify({ ...file(), $schema: `javascript:alert(1) ${script}` });
    await user.upload(screen.getByLabelText('Open a saved result'), new File([text], 'result.json'));
    expect(await screen.findByText('Opened result.json.')).toBeInTheDocument();
    expect(onImport).toHaveBeenCalledExactlyOnceWith(answers, undefined);
  });
});
