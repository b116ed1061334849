// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShareLink, evaluate, parseResultFile, type Answers } from '../../src/engine';
import { readText } from '../../src/components/download';
import { ExportPanel } from '../../src/features/result/export-panel';
import { miniBank } from '../fixtures/mini-bank';
import { formatDay } from '../../src/i18n/format';
import { captureDownloads } from './capture-downloads';

const answers: Answers = { size: 40, teams: 5, direction: 'unclear', delivery: 'disagree', pains: ['drift'] };
const evaluation = evaluate(miniBank, answers);
const now = () => new Date('2026-03-04T10:00:00Z');

function setup(name = '') {
  const user = userEvent.setup();
  render(
    <ExportPanel bank={miniBank} answers={answers} evaluation={evaluation} name={name} onName={() => {}} now={now} />,
  );
  return user;
}

const readBlob = (blob: Blob | undefined) => (blob ? readText(blob) : Promise.resolve(''));

afterEach(() => {
  cleanup();
});

describe('ExportPanel', () => {
  it('copies the summary as plain text for email and chat, without Markdown escapes', async () => {
    const user = setup();
    // userEvent.setup installs a clipboard stub that can be read back.
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Summary copied as plain text.');
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Role Fit result: Hire both$/m);
    expect(copied).toMatch(/^How sure: /m);
    expect(copied).not.toMatch(/\\|\*\*|^#/m);
    expect(copied).toContain(formatDay('en', now()));
  });

  it('names whose answers they are in the copied summary, as the name field says it will', async () => {
    const user = setup('Ada');
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByRole('status');
    expect(await navigator.clipboard.readText()).toMatch(/^Role Fit result for Ada: Hire both$/m);
  });

  it('copies the Markdown summary with "Copy as Markdown"', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Summary copied as Markdown.');
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^# Role Fit result: Hire both$/m);
    expect(copied).toContain(formatDay('en', now()));
  });

  it('explains what to do when the clipboard is refused', async () => {
    const user = setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/did not let Role Fit copy/);
  });

  it('copies a share link to this page that opens the same answers', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Share link copied.');
    const link = await navigator.clipboard.readText();
    expect(link.startsWith(`${location.origin}${location.pathname}#v1.mini.`)).toBe(true);
    expect(decodeShareLink(miniBank, link)).toEqual({ ok: true, answers });
    expect(screen.getByRole('textbox', { name: 'Share link' })).toHaveValue(link);
  });

  it('downloads the summary as a Markdown file', async () => {
    const { blobs, names } = captureDownloads();
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download summary (.md)' }));
    expect(names).toEqual(['role-fit-both-2026-03-04.md']);
    expect(blobs[0]?.type).toBe('text/markdown;charset=utf-8');
    expect(await readBlob(blobs[0])).toMatch(/^# Role Fit result: Hire both\n/);
    expect(screen.getByRole('status')).toHaveTextContent('Summary downloaded');
  });

  it('downloads a result file that opens to the same answers', async () => {
    const { blobs, names } = captureDownloads();
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Save result file (.json)' }));
    expect(names).toEqual(['role-fit-both-2026-03-04.json']);
    expect(blobs[0]?.type).toBe('application/json');
    const text = await readBlob(blobs[0]);
    expect(parseResultFile(miniBank, text)).toEqual({ ok: true, answers, createdAt: '2026-03-04T10:00:00.000Z' });
  });

  it('opens the print dialog for "Save as PDF"', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
