/** Builds the site once and serves dist/ for every browser test file. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!findChromium()) {
    throw new Error('Chromium not found at /usr/bin/chromium: browser tests cannot run (apt-get install -y chromium).');
  }
  const root = resolve(import.meta.dirname, '../..');
  if (process.env.NPS_ATLAS_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  const server = await serveStatic(resolve(root, 'dist'));
  project.provide('baseUrl', server.url);
  return () => server.close();
}
