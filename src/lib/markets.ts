/**
 * A figure's market: one code (ISO 3166-1 alpha-2, `EU` or `GLOBAL`), or several country codes separated by one
 * space when the source covers several countries together (ClearlyRated's `US CA`: the United States and Canada).
 * Filters and the score tool's market setting keep a figure whose market includes the code asked for.
 */

/** The codes of a market, in the order written: `US CA` → `['US', 'CA']`; blank → `[]`. */
export function marketCodes(market: string | undefined): string[] {
  return market ? market.split(' ').filter((code) => code !== '') : [];
}

/** True when a figure's market includes `code` (a filter's or the score tool's one market). */
export function coversMarket(market: string | undefined, code: string): boolean {
  return marketCodes(market).includes(code);
}

/** True when two markets may describe the same population: either is unstated, or they share a code. */
export function marketsOverlap(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const codes = marketCodes(b);
  return marketCodes(a).some((code) => codes.includes(code));
}
