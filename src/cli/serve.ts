/**
 * `npm start` / `npm run preview`: serve the built site with the HTTP headers `dist/_headers` declares, and text
 * gzipped, as a static host (Netlify, Cloudflare Pages) does. Astro's own preview server can only add one fixed set of headers
 * from astro.config.mjs to every path, while the policy's hashes exist only after the build and `/data/*` has
 * headers of its own; so we serve `dist/` ourselves. The browser tests, Lighthouse and the bench use the same server.
 *
 *   node src/cli/serve.ts [--dir dist] [--host 127.0.0.1] [--port 4321]   (port 0: any free port)
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../lib/site-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Text is sent gzipped to a browser that accepts it, as every static host does; images and fonts are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.txt', '.xml', '.map', '.webmanifest']);
const acceptsGzip = (header: string | undefined) =>
  (header ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.trim().split(';');
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (quality === undefined || Number(quality.slice(2)) > 0);
  });

/** Serve the built site in `dir` on `host`:`port` (0 = a free port), with the headers of its `_headers`. */
export async function serveSite(dir: string, { host = '127.0.0.1', port = 4321 }: { host?: string; port?: number } = {}): Promise<SiteServer> {
  const root = realpathSync(resolve(dir));
  const headersPath = join(root, '_headers');
  const blocks = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const path = resolve(root, `.${pathname}`);
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const headers = headersForPath(blocks, pathname);
    // A folder without its trailing slash is redirected, as static hosts do, so relative links keep working.
    if (!pathname.endsWith('/') && existsSync(path) && statSync(path).isDirectory() && isFile(join(path, 'index.html'))) {
      response.writeHead(301, { ...headers, Location: `${pathname}/` }).end();
      return;
    }
    const file = pathname.endsWith('/') ? join(path, 'index.html') : path;
    const found = isFile(file);
    const body = found ? file : join(root, '404.html');
    const gzip = COMPRESSIBLE.has(extname(body)) && acceptsGzip(request.headers['accept-encoding']);
    response.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream',
      ...(COMPRESSIBLE.has(extname(body)) ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...headers,
    });
    if (request.method === 'HEAD') response.end();
    else if (!isFile(body)) response.end('Not found');
    else {
      // A file removed while being sent (a rebuild) ends the response instead of crashing the server.
      const file = createReadStream(body).on('error', () => response.destroy());
      if (gzip) file.pipe(createGzip()).pipe(response);
      else file.pipe(response);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '4321' } },
  });
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`No built site in ${values.dir}/: run \`npm run build\` first (or \`npm start\`, which builds then serves).`);
    process.exit(1);
  }
  if (!existsSync(join(values.dir, '_headers'))) console.warn(`warning: ${values.dir}/_headers is missing, so pages are served without their security headers`);
  const site = await serveSite(values.dir, { host: values.host, port: Number(values.port) });
  console.log(`NPS Atlas: ${site.url}/ (serving ${values.dir}/ with the headers of its _headers; Ctrl+C stops)`);
}
