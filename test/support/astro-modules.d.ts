/**
 * An imported .astro file is an Astro component, for the tools that read TypeScript without Astro's language server
 * (ESLint's type information, plain tsc). `astro check` resolves the real files, so this wildcard is not used there.
 */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
