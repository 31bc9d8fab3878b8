/**
 * The dataset's records, one Zod schema per CSV file.
 *
 * Record keys are the CSV headers, so every validation message names the column a
 * curator sees in the spreadsheet. The schemas describe parsed records (numbers as
 * numbers, blanks as absent); `csv.ts` turns spreadsheet cells into that shape.
 * Built on `zod/mini` so that browser code can share them for ~15 KB less than classic zod.
 */
import * as z from 'zod/mini';
import { countryCodeProblem, marketCodeProblem } from './iso-3166.ts';
import { GRADES, type Grade } from './grades.ts';

/** Lower-case kebab slug, used as a URL segment: `retail-banking`. */
export const SlugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab slug such as "retail-banking"'));

const requiredText = z.string().check(z.trim(), z.minLength(1, 'is required'));
const optionalText = z.optional(requiredText);

const PARTIAL_DATE = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;

/** Why a well-formed `YYYY-MM-DD` is not a day of the calendar (`2025-02-30`), or undefined. */
export function impossibleDate(partial: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(partial);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return day > days ? `is not a real date: ${year}-${match[2]} has ${days} days` : undefined;
}

/** Partial dates in `value` (one, or both ends of a range) that are not days of the calendar. */
const realDates = z.superRefine((value: string, ctx) => {
  for (const part of value.split('/')) {
    const problem = impossibleDate(part);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }
});

/** A date as precise as the source states it: `2017`, `2017-06` or `2017-06-30` (a real day). */
export const PartialDateSchema = z.string().check(z.regex(new RegExp(`^${PARTIAL_DATE}$`), 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'), realDates);

/** A fieldwork period: one partial date or a range `start/end`, e.g. `2021-12/2022-01`. */
export const PeriodSchema = z
  .string()
  .check(z.regex(new RegExp(`^${PARTIAL_DATE}(?:/${PARTIAL_DATE})?$`), 'must be YYYY, YYYY-MM, YYYY-MM-DD or a range such as 2021-12/2022-01'), realDates);

export { GRADES, type Grade };

export const CHANGE_KINDS = ['schema', 'added', 'corrected', 'removed'] as const;
/** What a changelog entry did: schema (major), added rows (minor), corrected or removed rows (patch). */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const RELATIONS = ['exact', 'below', 'at-most', 'above', 'at-least', 'about'] as const;
/** How the published figure relates to the true score: an exact value, a bound, or an approximation. */
export type Relation = (typeof RELATIONS)[number];

export const SURVEY_TYPES = ['competitive-benchmark', 'relationship', 'transactional', 'inferred', 'self-reported', 'unknown'] as const;
/** How a figure was measured; figures of different types are not directly comparable. */
export type SurveyType = (typeof SURVEY_TYPES)[number];

export const AUDIENCES = ['business'] as const;
/** Who was surveyed when not consumers: `business` for B2B customers. */
export type Audience = (typeof AUDIENCES)[number];

/** Markets: ISO 3166-1 alpha-2 countries, `EU` for Europe as a whole, `GLOBAL` for worldwide. The shape only (links). */
export const MarketSchema = z.string().check(z.regex(/^(?:[A-Z]{2}|GLOBAL)$/, 'must be a two-letter country code (US, FR, GB…), EU or GLOBAL'));

/**
 * A market in the data: one code, or several two-letter codes separated by one space for a figure that covers
 * several countries together (`US CA`); each is checked against the ISO 3166-1 list (iso-3166.ts), `UK` is told
 * to be `GB`, and a code may not repeat. `GLOBAL` stands alone.
 */
const DataMarketSchema = z.string().check(
  z.regex(
    /^(?:[A-Z]{2}(?: [A-Z]{2})*|GLOBAL)$/,
    'must be a two-letter country code (US, FR, GB…), EU or GLOBAL; for several countries, their codes separated by one space (US CA)',
  ),
  z.superRefine((value: string, ctx) => {
    if (!/^[A-Z]{2}(?: [A-Z]{2})*$/.test(value)) return;
    const codes = value.split(' ');
    for (const code of codes) {
      const problem = marketCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: codes.length > 1 ? `${code} ${problem}` : problem, input: value });
    }
    const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);
    if (repeated.length > 0) ctx.addIssue({ code: 'custom', message: `names ${[...new Set(repeated)].join(', ')} twice`, input: value });
  }),
);

/** A country in the data: an ISO 3166-1 alpha-2 code. */
const CountrySchema = z.string().check(
  z.regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as FR'),
  z.superRefine((value: string, ctx) => {
    const problem = countryCodeProblem(value);
    if (problem && /^[A-Z]{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);

const shareSchema = z.optional(z.number().check(z.gte(0, 'must be between 0 and 100'), z.lte(100, 'must be between 0 and 100')));

/** A sector: the unit of comparison. */
export const SectorSchema = z.object({
  id: SlugSchema,
  name_en: requiredText,
  name_fr: requiredText,
  description_en: requiredText,
  description_fr: requiredText,
});
export type Sector = z.infer<typeof SectorSchema>;

/** A company (a brand) and the sector it is benchmarked in. */
export const CompanySchema = z.object({
  id: SlugSchema,
  name: requiredText,
  sector: SlugSchema,
  country: z.optional(CountrySchema),
  /** Other names readers search for (`BoA; BofA`), separated by `;`; the home page's search finds them. */
  aliases: optionalText,
});
export type Company = z.infer<typeof CompanySchema>;

const urlSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be a full http(s) URL'),
);

/** Where figures come from, graded for reliability (grades defined in the README). */
export const SourceSchema = z.object({
  id: SlugSchema,
  publisher: optionalText,
  title: requiredText,
  url: z.optional(urlSchema),
  published: z.optional(PartialDateSchema),
  language: z.optional(z.string().check(z.regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as fr'))),
  retrieved: z.optional(PartialDateSchema),
  grade: z.enum(GRADES, 'must be one of A, B, C, D'),
  cites: optionalText,
  cites_url: z.optional(urlSchema),
});
export type Source = z.infer<typeof SourceSchema>;

/** One published figure: a company's NPS, or a sector average when `company` is blank. */
export const ObservationSchema = z.object({
  id: SlugSchema,
  company: z.optional(SlugSchema),
  sector: z.optional(SlugSchema),
  segment: optionalText,
  /** The scope in French, for French pages; required when `segment` is set (checked in checks.ts). */
  segment_fr: optionalText,
  /** Who answered: blank for consumers, `business` for B2B customers (never ranked with consumer figures). */
  audience: z.optional(z.enum(AUDIENCES, `must be blank (consumers) or one of ${AUDIENCES.join(', ')}`)),
  relation: z.enum(RELATIONS, `must be one of ${RELATIONS.join(', ')}`),
  nps: z.number().check(z.gte(-100, 'must be between -100 and 100'), z.lte(100, 'must be between -100 and 100')),
  promoters_pct: shareSchema,
  passives_pct: shareSchema,
  detractors_pct: shareSchema,
  sample_size: z.optional(z.number().check(z.int('must be a whole number'), z.gte(1, 'must be at least 1 (leave blank when unknown)'))),
  /** True when the source gives the n only approximately ("about 300 per brand"). */
  sample_size_approximate: z.boolean(),
  period: z.optional(PeriodSchema),
  period_approximate: z.boolean(),
  market: z.optional(DataMarketSchema),
  survey_type: z.enum(SURVEY_TYPES, `must be one of ${SURVEY_TYPES.join(', ')}`),
  source: SlugSchema,
  research_ref: z.string().check(z.regex(/^(?:R\d{3}|seed-[a-z0-9-]+)$/, 'must be a research row id (R001) or seed-<slug>')),
  /** Id of the observation whose figure this row repeats (a restatement is counted once, at its original). */
  restates: z.optional(SlugSchema),
  note: optionalText,
});
export type Observation = z.infer<typeof ObservationSchema>;

/** A research row we chose not to publish, and why. */
export const ExclusionSchema = z.object({
  research_ref: z.string().check(z.regex(/^(?:R\d{3}|seed-[a-z0-9-]+)$/, 'must be a research row id (R001) or seed-<slug>')),
  reason: requiredText,
});
export type Exclusion = z.infer<typeof ExclusionSchema>;

/** One change to the published dataset, with its reason; the highest `version` is the dataset's version. */
export const ChangelogEntrySchema = z.object({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 2.0.0')),
  date: PartialDateSchema,
  kind: z.enum(CHANGE_KINDS, `must be one of ${CHANGE_KINDS.join(', ')}`),
  change: requiredText,
  reason: requiredText,
  /** Space-separated observation ids, research refs or file names the change touches. */
  rows: optionalText,
});
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;

/** The whole published dataset, as served in `/data/nps-atlas.json`. */
export const DatasetSchema = z.object({
  /** Semantic version: the highest in the changelog. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  /** Hash of the published records: changes with any change to the data. */
  content_hash: z.string(),
  built: z.string(),
  license: z.object({ name: z.string(), title: z.string(), path: z.string(), attribution: z.string() }),
  /** How to cite the atlas. */
  citation: z.string(),
  sectors: z.array(SectorSchema),
  companies: z.array(CompanySchema),
  /** Each source with how to cite it. */
  sources: z.array(z.extend(SourceSchema, { citation: z.string() })),
  observations: z.array(ObservationSchema),
  changelog: z.array(ChangelogEntrySchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/** The CSV files, their record schemas, and which columns hold numbers or yes/blank flags. */
export const TABLES = {
  sectors: { file: 'data/sectors.csv', schema: SectorSchema, numbers: [], flags: [] },
  companies: { file: 'data/companies.csv', schema: CompanySchema, numbers: [], flags: [] },
  sources: { file: 'data/sources.csv', schema: SourceSchema, numbers: [], flags: [] },
  observations: {
    file: 'data/observations.csv',
    schema: ObservationSchema,
    numbers: ['nps', 'promoters_pct', 'passives_pct', 'detractors_pct', 'sample_size'],
    flags: ['sample_size_approximate', 'period_approximate'],
  },
  excluded: { file: 'data/excluded.csv', schema: ExclusionSchema, numbers: [], flags: [] },
  changelog: { file: 'data/changelog.csv', schema: ChangelogEntrySchema, numbers: [], flags: [] },
} as const satisfies Record<string, TableSpec>;

export interface TableSpec {
  file: string;
  schema: z.ZodMiniObject;
  numbers: readonly string[];
  flags: readonly string[];
}
export type TableName = keyof typeof TABLES;
