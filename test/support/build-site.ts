/**
 * Build the site into a private folder, safe to run while other builds run in the same checkout.
 *
 * Why: when --outDir is outside the working directory, Astro 7 writes its prerender bundle to `<cwd>/.astro/.prerender/`
 * (core/build/common.js, getOutDirWithinCwd), a folder every such build shares, so two at once can delete each
 * other's chunks ("Cannot find module …/.astro/.prerender/chunks/…"). Here the build runs with its working directory
 * set to a fresh temporary folder holding the output (so the prerender bundle lands inside it) and a link to the
 * project's node_modules (so that bundle still resolves its packages).
 *
 * The build always runs with NODE_ENV=production, whoever calls it (see below).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  /** The built site (serve this). */
  dir: string;
  /** Remove the build and its folder. */
  remove(): void;
}

/** Build into a new temporary folder; `env` is added to the build's environment (e.g. NPS_ATLAS_DATA_ROOT). */
export function buildSite(options: { env?: Record<string, string>; prefix?: string; silent?: boolean } = {}): BuiltSite {
  const work = mkdtempSync(join(tmpdir(), options.prefix ?? 'nps-atlas-build-'));
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  const dir = join(work, 'dist');
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', dir, ...(options.silent === false ? [] : ['--silent'])], {
    cwd: work,
    stdio: 'inherit',
    // The data loader reads data/ from the working directory unless told otherwise. NODE_ENV is forced to
    // production: Vitest sets it to `test`, and a build that inherits that ships React's development bundle
    // (about 60 KB gzip more per page, and not what users get).
    env: { ...process.env, NPS_ATLAS_DATA_ROOT: root, NODE_ENV: 'production', ...options.env },
  });
  return { dir, remove: () => rmSync(work, { recursive: true, force: true }) };
}
