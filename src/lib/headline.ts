/**
 * A sector's headline in words (range, median, what they are computed from and what is left out), from a
 * summary by src/lib/figures.ts. Shared by the build (home and sector pages) and the sector filter script,
 * which recomputes it for the figures the filters leave, so it imports nothing at runtime but format.ts.
 */
import type { FigureSummary } from './figures.ts';
import { formatCount, formatList, formatNps } from './format.ts';
import type { Locale } from './i18n.ts';
import type { Grade } from './schema.ts';

/** A phrase with a singular and a plural form, chosen by Intl.PluralRules (French 0 and 1 are singular). */
export interface Plural {
  one: string;
  other: string;
}

/** The headline's words, serialisable (templates with `{n}`, `{grade}`, `{min}`, `{max}`, `{from}`, `{to}`, `{list}`, `{label}`, `{years}`, `{figureGrade}`). */
export interface HeadlineWords {
  rangeValue: string;
  /** What the range and median are computed from: `{n}` figures, `{grade}` the minimum grade. */
  basis: Plural;
  /** Exactly one figure counts: what it was picked from (`{grade}` the minimum), and that one number makes no range or median. */
  singleBasis: string;
  /** Whose the one figure is: `{label}` company (and scope), `{figureGrade}` its grade, `{years}` its fieldwork years. */
  singleWho: string;
  /** The same for an undated figure (no `{years}`). */
  singleWhoUndated: string;
  /** Fieldwork years of the counted figures: `{from}`–`{to}`, or `{from}` alone. */
  years: string;
  yearsOne: string;
  undated: Plural;
  /** `{list}` of what is left out. */
  leftOut: string;
  bounds: Plural;
  lowerGrade: Plural;
  business: Plural;
  repeats: Plural;
  /** Only figures below the minimum grade: `{list}` of their grades, `{grade}` the minimum. */
  onlyLowGrades: string;
  /** No exact company figure at all. */
  none: string;
}

/** The headline's parts: range and median when there is something to count, and the sentence saying what. */
export interface Headline {
  range?: string;
  median?: string;
  /** Exactly one figure counts: that figure and whose it is, instead of a range and a median of one number. */
  single?: { value: string; who: string };
  note: string;
}

/** How a one-figure headline names its figure: company (and scope) and fieldwork years as the chart labels give them. */
export interface HeadlineFigureName {
  label: string;
  /** `2017`, `c. 2021`, `2013–2014`; absent when undated. */
  years?: string | undefined;
}

function plural(words: Plural, count: number, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? words.one : words.other;
  return form.replaceAll('{n}', formatCount(count, locale));
}

/** What the headline leaves out, as a sentence ('' when nothing). */
function leftOutText(summary: FigureSummary, minGrade: Grade, words: HeadlineWords, locale: Locale): string {
  const left = [
    summary.excludedCount > 0 ? plural(words.bounds, summary.excludedCount, locale) : '',
    summary.belowGradeCount > 0 ? plural(words.lowerGrade, summary.belowGradeCount, locale).replaceAll('{grade}', minGrade) : '',
    summary.notCounted.audience ? plural(words.business, summary.notCounted.audience, locale) : '',
    summary.notCounted.restatement ? plural(words.repeats, summary.notCounted.restatement, locale) : '',
  ].filter(Boolean);
  return left.length > 0 ? ` ${words.leftOut.replace('{list}', formatList(left, locale))}.` : '';
}

/**
 * The headline of `summary`, counted from figures graded `minGrade` or better. `nameOf` names a figure by id: with
 * exactly one figure counted, the headline gives that figure and whose it is, never a range or median of one number.
 */
export function headline(summary: FigureSummary, minGrade: Grade, words: HeadlineWords, locale: Locale, nameOf: (figureId: string) => HeadlineFigureName): Headline {
  if (summary.countedCount === 0 || summary.min === undefined || summary.max === undefined || summary.median === undefined) {
    if (summary.belowGradeCount > 0) {
      return { note: words.onlyLowGrades.replace('{list}', formatList(summary.belowGrades, locale)).replaceAll('{grade}', minGrade) };
    }
    return { note: words.none };
  }
  if (summary.countedCount === 1 && summary.single) {
    const figure = summary.single;
    const name = nameOf(figure.id);
    const who = (name.years === undefined ? words.singleWhoUndated : words.singleWho.replace('{years}', name.years))
      .replace('{label}', () => name.label)
      .replace('{figureGrade}', figure.grade);
    return {
      single: { value: formatNps(figure.nps, locale), who },
      note: `${words.singleBasis.replaceAll('{grade}', minGrade)}.${leftOutText(summary, minGrade, words, locale)}`,
    };
  }
  let note = plural(words.basis, summary.countedCount, locale).replaceAll('{grade}', minGrade);
  if (summary.earliestYear !== undefined && summary.latestYear !== undefined) {
    const years =
      summary.earliestYear === summary.latestYear
        ? words.yearsOne.replace('{from}', String(summary.earliestYear))
        : words.years.replace('{from}', String(summary.earliestYear)).replace('{to}', String(summary.latestYear));
    note += ` (${years}${summary.undatedCount > 0 ? `, ${plural(words.undated, summary.undatedCount, locale)}` : ''})`;
  } else if (summary.undatedCount > 0) {
    note += ` (${plural(words.undated, summary.undatedCount, locale)})`;
  }
  note += `.${leftOutText(summary, minGrade, words, locale)}`;
  return {
    range: words.rangeValue.replace('{min}', formatNps(summary.min, locale)).replace('{max}', formatNps(summary.max, locale)),
    median: formatNps(summary.median, locale),
    note,
  };
}
