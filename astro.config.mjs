// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { validateDataIntegration } from './src/data/validate-data-integration.ts';

// The public address, used for canonical links, Open Graph and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [validateDataIntegration(), react()],
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
});
