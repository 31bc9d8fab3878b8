/** Builds the site once into a temporary folder (or uses NPS_ATLAS_E2E_DIST, already built) and serves it to every browser test file. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site the browser tests run against. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!findChromium()) {
    throw new Error('Chromium not found at /usr/bin/chromium: browser tests cannot run (apt-get install -y chromium).');
  }
  const root = resolve(import.meta.dirname, '../..');
  // A private output folder, so parallel runs (and a developer's own dist/) never clash.
  const outDir = process.env.NPS_ATLAS_E2E_DIST ?? mkdtempSync(join(tmpdir(), 'nps-atlas-e2e-'));
  if (!process.env.NPS_ATLAS_E2E_DIST) {
    execFileSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', outDir], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const server = await serveStatic(outDir);
  project.provide('distDir', outDir);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    if (!process.env.NPS_ATLAS_E2E_DIST) rmSync(outDir, { recursive: true, force: true });
  };
}
