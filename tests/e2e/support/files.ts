/** Downloads and files for end-to-end tests: saved to a temporary folder, read back as text. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';

/** A new temporary folder, removed when the test finishes. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'role-fit-e2e-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** Runs the action that starts a download (a click, a key press) and returns the download. */
export async function downloadFrom(page: Page, action: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return download;
}

/** Saves a download under its suggested name in the folder; returns the path and the text. */
export async function saveDownload(download: Download, folder: string): Promise<{ path: string; text: string }> {
  const path = join(folder, download.suggestedFilename());
  // saveAs, not path(): the browser runs in another process and may be remote.
  await download.saveAs(path);
  return { path, text: await readFile(path, 'utf8') };
}
