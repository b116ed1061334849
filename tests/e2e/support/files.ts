/** Downloads and files for end-to-end tests: saved to a temporary folder, read back as text. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type Download, type Page } from '@playwright/test';

/** This test's own folder under test-results/ (Playwright empties it at the start of a run). */
export async function tempFolder(): Promise<string> {
  const folder = test.info().outputPath('downloads');
  await mkdir(folder, { recursive: true });
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
