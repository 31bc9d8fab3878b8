/** Small display helpers shared by the tool's parts (names, markets, periods), on top of src/lib/format.ts. */
import { formatMarket, formatWhen } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import type { BenchmarkFigure } from '../../lib/placement.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';

/** "Orange (mobile)" or "Sector average (retail)", the scope in the page's language. */
export function figureName(f: BenchmarkFigure, t: ScoreToolStrings, locale: Locale): string {
  const name = f.name || t.sectorAverage;
  const scope = f.segments?.[locale] ?? f.segment;
  return scope ? `${name} (${scope})` : name;
}

/** A market code as a name: FR → France / France, GLOBAL → Global / Monde. */
export function marketName(code: string | undefined, locale: Locale, t: ScoreToolStrings): string {
  return formatMarket(code, locale, { ...t.marketNames, notStated: t.notStated });
}

/** A period as the data states it, marked "c." when approximate. */
export function periodText(f: BenchmarkFigure, locale: Locale, t: ScoreToolStrings): string {
  return formatWhen(f.period, Boolean(f.periodApproximate), locale, t);
}
