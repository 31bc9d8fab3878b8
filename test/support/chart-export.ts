/**
 * Helpers for testing the chart kit's exports in Chromium: a page that records every text drawn on a canvas
 * while an export runs (so a test can read what the PNG says), the PNG's pixel size from its header, and the
 * CSV parsed back in the page language's format.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { idleWatcher } from './watched-page.ts';

/** Installed before any page script: wraps fillText so drawn text is kept while `__recordText` is on. */
const RECORD_TEXT = `
  (() => {
    const w = window;
    w.__drawnText = [];
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      if (w.__recordText) w.__drawnText.push({ text: String(text), width: this.measureText(String(text)).width, maxWidth: maxWidth ?? null });
      return maxWidth === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, maxWidth);
    };
  })();
`;

export interface RecordingPage {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** Open `url` in a fresh context whose canvases record drawn text on demand; returns once the page is idle (untilIdle). */
export async function openRecordingPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<RecordingPage> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(RECORD_TEXT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const idle = idleWatcher(page);
  await page.goto(url, { waitUntil: 'load' });
  await idle();
  return { page, errors, close: () => context.close() };
}

/** A text drawn on a canvas: its width in CSS pixels (measured in its font), and the `maxWidth` it was squeezed into, if any. */
export interface DrawnText {
  text: string;
  width: number;
  maxWidth: number | null;
}

/** Click `selector`, catch the download, and return it with every text the canvases drew meanwhile. */
export async function downloadWithText(page: Page, selector: string): Promise<{ download: Download; bytes: Buffer; texts: string[]; drawn: DrawnText[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __recordText: boolean; __drawnText: DrawnText[] };
    w.__drawnText = [];
    w.__recordText = true;
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const drawn = await page.evaluate(() => {
    const w = window as unknown as { __recordText: boolean; __drawnText: DrawnText[] };
    w.__recordText = false;
    return w.__drawnText;
  });
  const path = await download.path();
  if (!path) throw new Error(`the download from ${selector} has no file`);
  return { download, bytes: readFileSync(path), texts: drawn.map((d) => d.text), drawn };
}

/** Width and height of a PNG, from its IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte) || bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The CSS size of a canvas on the page. */
export async function cssSize(page: Page, selector: string): Promise<{ width: number; height: number }> {
  return page.locator(selector).evaluate((canvas) => ({ width: canvas.clientWidth, height: canvas.clientHeight }));
}

/** A downloaded CSV parsed in the format of its page's language: `,` and `.` in English, `;` and `,` in French, with a BOM. */
export function parseCsv(bytes: Buffer, locale: 'en' | 'fr'): { bom: boolean; rows: string[][] } {
  const text = bytes.toString('utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: locale === 'fr' ? ';' : ',', newline: '\r\n', skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return { bom: text.startsWith('\ufeff'), rows: parsed.data };
}

/** A number cell of a CSV written for `locale` (decimal comma in French). */
export const csvNumber = (cell: string | undefined, locale: 'en' | 'fr') =>
  cell === undefined || cell === '' ? undefined : Number(locale === 'fr' ? cell.replace(',', '.') : cell);
