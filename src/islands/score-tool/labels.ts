/** Small display helpers shared by the tool's parts (names, markets, periods). */
import { formatPeriod } from '../../lib/format.ts';
import { LOCALE_TAGS, type Locale } from '../../lib/i18n.ts';
import type { BenchmarkFigure } from '../../lib/placement.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';

/** "Orange (mobile)" or "Sector average (retail)". */
export function figureName(f: BenchmarkFigure, t: ScoreToolStrings): string {
  const name = f.name || t.sectorAverage;
  return f.segment ? `${name} (${f.segment})` : name;
}

/** A market code as a name: FR → France / France, GLOBAL → Global / Monde. */
export function marketName(code: string | undefined, locale: Locale, t: ScoreToolStrings): string {
  if (!code) return t.notStated;
  const word = t.marketNames[code];
  if (word) return word;
  try {
    return new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A period as the data states it, marked "c." when approximate. */
export function periodText(f: BenchmarkFigure, locale: Locale, t: ScoreToolStrings): string {
  if (!f.period) return t.notStated;
  const text = formatPeriod(f.period, locale);
  return f.periodApproximate ? `${t.circa} ${text}` : text;
}
