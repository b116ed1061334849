/**
 * The text of a PDF as Chromium (Skia) writes it, with Node's zlib only: Flate streams,
 * Type0 fonts with Identity-H glyph codes and a ToUnicode map each. Enough to check what a
 * printed page says; not a general PDF reader (no object streams, no other encodings).
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

/** Every `N 0 obj ... endobj` by number, with its stream inflated when it has one. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    // A stream's keyword comes before its data, which may hold any bytes, even "endobj".
    const keyword = /stream\r?\n/.exec(text.slice(start, end));
    if (!keyword) {
      objects.set(Number(match[1]), { dictionary: text.slice(start, end), stream: null });
      header.lastIndex = end;
      continue;
    }
    const dictionary = text.slice(start, start + keyword.index);
    const dataStart = start + keyword.index + keyword[0].length;
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? NaN);
    if (!Number.isInteger(length)) throw new Error(`PDF object ${match[1] ?? '?'}: a stream without a direct /Length`);
    const data = pdf.subarray(dataStart, dataStart + length);
    const stream = dictionary.includes('/FlateDecode') ? inflateSync(data) : Buffer.from(data);
    objects.set(Number(match[1]), { dictionary, stream });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

/** A ToUnicode CMap's glyph codes (hex) to text, from its bfchar and bfrange sections. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code = '', unicode = ''] of (section[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(code.toUpperCase(), utf16(unicode));
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from = '', to = '', first = ''] of (section[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const low = Number.parseInt(from, 16);
      const base = Number.parseInt(first, 16);
      for (let code = low; code <= Number.parseInt(to, 16); code += 1)
        map.set(code.toString(16).toUpperCase().padStart(from.length, '0'), String.fromCharCode(base + code - low));
    }
  return map;
}

/**
 * The text shown by every content stream, in drawing order. Each text object (BT ... ET)
 * ends a line, so words split across objects stay apart; compare with whitespace collapsed.
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  // Font resource name (F4) to its glyph map. Skia names each font once for the whole document.
  const fonts = new Map<string, Map<string, string>>();
  for (const { dictionary } of objects.values())
    for (const [, name = '', ref = ''] of dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))?.dictionary ?? '')?.[1];
      const cmap = objects.get(Number(toUnicode))?.stream;
      if (cmap) fonts.set(name, readCMap(cmap.toString('latin1')));
    }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    const content = stream?.toString('latin1') ?? '';
    if (!/\bBT\b/.test(content)) continue;
    let font = new Map<string, string>();
    let line = '';
    const tokens = /\/(F\d+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\bET\b/g;
    for (const [token, name, array, hex] of content.matchAll(tokens)) {
      if (name !== undefined) font = fonts.get(name) ?? new Map<string, string>();
      const shown = array !== undefined ? [...array.matchAll(/<([0-9A-Fa-f]*)>/g)].map((part) => part[1] ?? '') : [];
      if (hex !== undefined) shown.push(hex);
      for (const codes of shown)
        for (const code of codes.match(/.{4}/g) ?? []) line += font.get(code.toUpperCase()) ?? '';
      if (token === 'ET') {
        lines.push(line);
        line = '';
      }
    }
  }
  // NFKC turns the ligatures Chromium draws (ﬁ, ﬂ) back into letters.
  return lines.join('\n').normalize('NFKC');
}
