/**
 * `npm start` / `npm run preview` send the headers `_headers` declares (issue 9 item 11). Runs the real command
 * (src/cli/serve.ts through npm) on a small built-site folder; test/e2e/preview-headers.test.ts does the same on
 * the real build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECURITY_HEADERS, headersFile } from '../src/lib/site-files.ts';
import { type PreviewProcess, startPreview } from './support/preview-process.ts';

const CSP = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";
let dir: string;
let preview: PreviewProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nps-atlas-serve-'));
  mkdirSync(join(dir, 'compare'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'compare/index.html'), '<!doctype html><title>compare</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dir, '_astro/import.worker-abc.js'), 'self.onmessage = () => {};');
  writeFileSync(join(dir, 'data/observations.csv'), 'id\r\na\r\n');
  writeFileSync(join(dir, '..', `${dir.split('/').at(-1)}-secret.txt`), 'outside');
  writeFileSync(
    join(dir, '_headers'),
    headersFile([
      { path: '/*', headers: { 'Content-Security-Policy': CSP, ...SECURITY_HEADERS } },
      { path: '/data/*', headers: { 'Access-Control-Allow-Origin': '*' } },
    ]),
  );
  preview = await startPreview(dir);
}, 90_000);

afterAll(async () => {
  await preview?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dir, '..', `${dir.split('/').at(-1)}-secret.txt`), { force: true });
});

/** A raw GET, so the path is sent as written (fetch would normalise `..`) and the body comes as sent (fetch would unzip it). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(preview.url);
    request({ hostname, port, path, method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('npm run preview', () => {
  test.each(['/compare/', '/_astro/import.worker-abc.js', '/'])('%s gets the CSP with frame-ancestors, nosniff and the other security headers', async (path) => {
    const response = await fetch(`${preview.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('the worker is served as JavaScript, the open data with CORS on top of the site headers', async () => {
    expect((await fetch(`${preview.url}/_astro/import.worker-abc.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const data = await fetch(`${preview.url}/data/observations.csv`);
    expect(data.headers.get('access-control-allow-origin')).toBe('*');
    expect(data.headers.get('content-security-policy')).toBe(CSP);
    expect(data.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  test('a folder without its slash is redirected, a missing page is the 404 page with the headers, nothing outside the site is served', async () => {
    const redirect = await get('/compare');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/compare/');
    const missing = await fetch(`${preview.url}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not found');
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
    const outside = await get(`/../${dir.split('/').at(-1)}-secret.txt`);
    expect([403, 404]).toContain(outside.status);
    const encoded = await get(`/%2e%2e/${dir.split('/').at(-1)}-secret.txt`);
    expect([403, 404]).toContain(encoded.status);
  });

  test('text is sent gzipped to a client that accepts gzip, as static hosts do, and unchanged to one that does not', async () => {
    const page = '<!doctype html><title>compare</title>';
    const zipped = await get('/compare/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.headers['content-security-policy']).toBe(CSP);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    expect(gunzipSync((await get('/data/observations.csv', { 'Accept-Encoding': 'gzip' })).body).toString()).toBe('id\r\na\r\n');
    for (const accept of [undefined, 'identity', 'gzip;q=0, br']) {
      const plain = await get('/compare/', accept === undefined ? {} : { 'Accept-Encoding': accept });
      expect(plain.headers['content-encoding'], String(accept)).toBeUndefined();
      expect(plain.body.toString()).toBe(page);
    }
    const missing = await get('/nope/', { 'Accept-Encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toContain('not found');
  });
});
