/**
 * `npm start` and `npm run preview` serve the real build with the headers its `_headers` declares (issue 9
 * item 11): the command itself is started on a free loopback port, asked for `/compare/`, the import worker
 * and an open-data file, then stopped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { headersForPath, parseCsp, parseHeadersFile } from '../../src/lib/site-files.ts';
import { type PreviewProcess, startPreview } from '../support/preview-process.ts';

const distDir = inject('distDir');
const blocks = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
let preview: PreviewProcess;

beforeAll(async () => {
  preview = await startPreview(distDir);
});
afterAll(async () => {
  await preview?.stop();
});

const worker = readdirSync(join(distDir, '_astro')).find((name) => /worker.*\.js$/i.test(name));

describe('npm run preview on the real build', () => {
  test('the build has an import worker and a _headers with a CSP for every path', () => {
    expect(worker).toBeTruthy();
    expect(headersForPath(blocks, '/')['Content-Security-Policy']).toBeTruthy();
  });

  test.each(['/compare/', '/fr/compare/', `/_astro/${worker}`, '/data/observations.csv'])('%s is served with exactly the headers _headers declares for it', async (path) => {
    const response = await fetch(`${preview.url}${path}`);
    expect(response.status).toBe(200);
    const expected = headersForPath(blocks, path);
    expect(Object.keys(expected).length).toBeGreaterThan(4);
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), name).toBe(value);
    const csp = parseCsp(response.headers.get('content-security-policy') ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
