// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { validateDataIntegration } from './src/data/validate-data-integration.ts';
import { siteFilesIntegration } from './src/data/site-files-integration.ts';
import { CSP_DIRECTIVES } from './src/lib/site-files.ts';
import { withCompileHint } from './src/lib/compile-hints.ts';

/** `client:interaction` (src/islands/on-interaction.ts): hydrate an island when the reader reaches for it. */
/** @type {import('astro').AstroIntegration} */
const interactionDirective = {
  name: 'nps-atlas:client-interaction',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('./src/islands/on-interaction.ts', import.meta.url)) });
    },
  },
};

/** Chart.js and the chart modules start with V8's compile hint (src/lib/compile-hints.ts), added to the minified code. */
/** @type {import('vite').Plugin} */
const compileHints = {
  name: 'nps-atlas:compile-hints',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = withCompileHint(chunk);
  },
};

// The public address, used for canonical links, Open Graph and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // siteFilesIntegration writes _headers (CSP), sitemap.xml and robots.txt from the built pages.
  integrations: [validateDataIntegration(), react(), interactionDirective, siteFilesIntegration()],
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
  // The import worker is an ES module worker (`{ type: 'module' }`), so it can load the workbook reader with
  // import() as a chunk of its own, only when a workbook is dropped (Vite's default worker format, iife, can't split).
  // format.ts and i18n.ts stay one chunk: almost every script needs both, and apart (the chart modules import i18n
  // through csv-write but no longer format) the split costs each page an extra request and ~120 bytes gzip.
  vite: {
    worker: { format: 'es' },
    plugins: [compileHints],
    build: {
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'format', test: /src[\\/]lib[\\/](format|i18n)\.ts$/ }] } },
      },
    },
  },
  // No Shiki: it colours code with inline styles, which the CSP below blocks. The site shows no code blocks.
  markdown: { syntaxHighlight: false },
  security: {
    // Content-Security-Policy in a <meta> on every page: default-src 'self', and script-src/style-src allow only
    // our own files plus the SHA-256 hashes Astro computes for its inline scripts (island hydration) and styles.
    // The same policy, plus frame-ancestors, goes in dist/_headers (see src/data/site-files-integration.ts).
    // Style attributes (style="…") are allowed, and only them: React renders `style` props as attributes in the
    // server HTML, and pages draw bars with widths. Style attributes cannot run script or select elements.
    // Styles set from JS (Chart.js, React updates: element.style.x = …) go through the CSSOM, which CSP does not govern.
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
