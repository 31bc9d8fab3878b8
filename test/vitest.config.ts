/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's own Vite setup, so tests see the same JSX and module resolution as the build.
// Two projects: `unit` (Node, fast) and `browser` (builds the site, then drives Debian's Chromium).
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/support/unit-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One file at a time, all in one worker process: the support modules, Playwright and the strings tables
          // are loaded once, not once per file (each file still launches and closes its own Chromium).
          fileParallelism: false,
          isolate: false,
          // Vitest runs projects with different worker counts one after the other; the browser project goes second.
          // `npm test` (test/run-tests.ts) runs it in a process of its own, beside the unit project.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
