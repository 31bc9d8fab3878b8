/** Builds the site once into a temporary folder (or uses NPS_ATLAS_E2E_DIST, already built) and serves it to every browser test file. */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
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
  // A private build folder, so parallel runs (and a developer's own dist/) never clash.
  const built = process.env.NPS_ATLAS_E2E_DIST ? undefined : buildSite({ prefix: 'nps-atlas-e2e-' });
  const outDir = process.env.NPS_ATLAS_E2E_DIST ?? built!.dir;
  const server = await serveStatic(outDir);
  project.provide('distDir', outDir);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    built?.remove();
  };
}
