/** Astro integration: validate data/*.csv before anything is built, so a bad figure stops the build at once. */
import type { AstroIntegration } from 'astro';
import { loadData } from './load-dataset.ts';

export function validateDataIntegration(): AstroIntegration {
  return {
    name: 'nps-atlas:validate-data',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Throws a DataError listing every problem (file, line, row id, column, rule, value).
        if (command === 'build' || command === 'dev') loadData();
      },
    },
  };
}
