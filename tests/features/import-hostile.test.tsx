// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildResultFile } from '../../src/engine';
import { miniBank } from '../fixtures/mini-bank';
import { clickNext, expectFocusMovesTo, renderApp } from './render-app';

// A file can hold anything: the app must refuse it by name, show its text as text, run
// nothing and keep the answers the user already has. (Script text in fields the app ignores
// is opened: tests/engine/result-file.test.ts, "hostile result files".)
const script = '<script>window.hacked = true</script>';
const image = '<img src=x onerror="window.hacked = true">';

function savedFile(answers: Record<string, unknown>): File {
  const file = JSON.parse(
    JSON.stringify(buildResultFile(miniBank, { size: 5 }, new Date('2026-03-04T10:00:00Z'))),
  ) as Record<string, unknown>;
  return new File([JSON.stringify({ ...file, answers })], 'result.json', { type: 'application/json' });
}

/** Everything the app keeps in localStorage. */
function storedItems(): Record<string, string | null> {
  return Object.fromEntries(
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').map((key) => [
      key,
      localStorage.getItem(key),
    ]),
  );
}

/** Answers two questions, then reloads: the landing page offers to continue, and to open a file. */
async function landingWithProgress() {
  const first = renderApp(miniBank);
  await first.user.click(screen.getByRole('button', { name: 'Start' }));
  await first.user.type(screen.getByRole('spinbutton'), '7');
  await clickNext(first.user);
  await first.user.click(screen.getByRole('radio', { name: 'Unclear' }));
  await first.user.click(screen.getByRole('button', { name: 'Back' }));
  await first.user.click(screen.getByRole('button', { name: 'Back' }));
  first.unmount();
  return { ...renderApp(miniBank), saved: storedItems() };
}

async function expectAnswersKept(view: Awaited<ReturnType<typeof landingWithProgress>>) {
  expect(storedItems()).toEqual(view.saved);
  // Back from "Open a saved result" to the landing page it was opened from.
  await view.user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByText('You have answered 2 questions in this browser.')).toBeInTheDocument();
  await view.user.click(screen.getByRole('button', { name: 'Continue' }));
  // Both answered: Continue goes to the first question still open.
  await expectFocusMovesTo(
    screen.getByRole('heading', { level: 1, name: 'Our engineers always know what to build next.' }),
  );
  await view.user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByRole('radio', { name: 'Unclear' })).toBeChecked();
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  delete (window as { hacked?: boolean }).hacked;
});

describe('opening a hostile result file', { timeout: 30_000 }, () => {
  it('names the script-like answers that are not questions, shows them as text, and keeps the answers', async () => {
    const view = await landingWithProgress();
    await view.user.click(screen.getByRole('button', { name: 'Open a saved result' }));
    await view.user.upload(
      await screen.findByLabelText('Saved result file'),
      savedFile({ size: 5, [script]: 'x', [image.slice(0, 40)]: 'y' }),
    );
    expect(
      await screen.findByText(/^The answers in this file do not fit the current questions, so it was not opened/),
    ).toBeInTheDocument();
    await view.user.click(screen.getByText('Details'));
    expect(screen.getByText(`There is an answer to “${script}”, which is not a question Role Fit asks.`)).toBeVisible();
    expect(
      screen.getByText(`There is an answer to “${image.slice(0, 40)}”, which is not a question Role Fit asks.`),
    ).toBeVisible();
    expect(view.container.querySelector('script, img, [onerror]')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    await expectAnswersKept(view);
  });

  it('refuses prototype keys for safety, naming each, and changes no object or answer', async () => {
    const view = await landingWithProgress();
    const answers = JSON.parse(
      '{"size": 5, "__proto__": {"polluted": true}, "constructor": {"prototype": {}}}',
    ) as object;
    await view.user.click(screen.getByRole('button', { name: 'Open a saved result' }));
    await view.user.upload(
      await screen.findByLabelText('Saved result file'),
      savedFile(answers as Record<string, unknown>),
    );
    expect(await screen.findByText(/^This file contains names that Role Fit refuses for safety/)).toBeInTheDocument();
    await view.user.click(screen.getByText('Details'));
    for (const detail of [
      '“__proto__” in the list of answers is a name Role Fit refuses.',
      '“constructor” in the list of answers is a name Role Fit refuses.',
      '“prototype” in the answer to “constructor” is a name Role Fit refuses.',
    ])
      expect(screen.getByText(detail)).toBeVisible();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    await expectAnswersKept(view);
  });
});
