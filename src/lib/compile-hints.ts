/**
 * V8's explicit compile hint: a script whose first line is `//# allFunctionsCalledOnLoad` is compiled whole
 * while it streams in, off the main thread, instead of one function at a time on first call (Chrome 136+;
 * other engines read a comment). It suits code that runs all at once: a chart's first draw runs most of Chart.js
 * and of the chart's module in one task, and compiling them there was a third of that task. The page's eager
 * scripts and the score tool's islands are left as they are: much of their code runs only on use.
 * astro.config.mjs adds the line to the chunks named here once they are minified (a minifier drops comments).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Modules whose chunk is compiled whole: Chart.js, and the reading pages' chart modules (src/charts/lazy.ts loads them to draw). */
const DRAWN_AT_ONCE = [/[\\/]node_modules[\\/]chart\.js[\\/]/, /[\\/]src[\\/]charts[\\/](sector|company)-chart\.ts$/];

/** A built chunk's code, with the hint as its first line when it holds one of those modules (other chunks unchanged). */
export function withCompileHint(chunk: { moduleIds: readonly string[]; code: string }): string {
  const drawnAtOnce = chunk.moduleIds.some((id) => DRAWN_AT_ONCE.some((pattern) => pattern.test(id)));
  return drawnAtOnce && !chunk.code.startsWith(COMPILE_HINT) ? `${COMPILE_HINT}\n${chunk.code}` : chunk.code;
}
