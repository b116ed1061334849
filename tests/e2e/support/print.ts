/** Printing: the page as the browser would print it, as a PDF, and how many pages that is. */
import type { Page } from '@playwright/test';

/** Counts the page objects in a PDF as Chromium writes it (uncompressed page dictionaries). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Prints the page with print styles to A4 and returns the PDF and its page count. */
export async function printToPdf(page: Page): Promise<{ pdf: Buffer; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return { pdf, pages: pdfPageCount(pdf) };
}
