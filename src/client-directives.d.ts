/** Types for the site's own client directive (src/islands/on-interaction.ts, registered in astro.config.mjs). */
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first interaction; the value lists query parameters that hydrate at once. */
    'client:interaction'?: string;
  }
}
export {};
