import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadData } from '../src/data/load-dataset.ts';
import { DataError, formatIssue } from '../src/lib/data-issues.ts';
import { validateData } from '../src/lib/dataset.ts';
import { TABLES, type TableName } from '../src/lib/schema.ts';

const TODAY = '2026-11-23';
const fixtureRoot = join(import.meta.dirname, 'fixtures/valid');
const readFixture = (): Record<TableName, string> =>
  Object.fromEntries(Object.entries(TABLES).map(([name, spec]) => [name, readFileSync(join(fixtureRoot, spec.file), 'utf8')])) as Record<TableName, string>;

/** Validate the valid fixture with one file's text edited, and return the formatted issues. */
function issuesAfter(edit: (texts: Record<TableName, string>) => void): string[] {
  const texts = readFixture();
  edit(texts);
  return validateData(texts, TODAY).issues.map(formatIssue);
}

describe('validateData', () => {
  test('accepts the valid fixture', () => {
    const { data, issues } = validateData(readFixture(), TODAY);
    expect(issues).toEqual([]);
    expect(data.observations.map((o) => o.id)).toEqual(['free-2017', 'orange-seed', 'banks-below-50']);
    expect(data.observations[0]).toMatchObject({ nps: 29, promoters_pct: 45, sample_size: 1000, market: 'FR', period_approximate: false });
    expect(data.observations[1]?.sample_size).toBeUndefined();
    expect(data.observations[2]).toMatchObject({ relation: 'below', nps: 50, sector: 'banking' });
  });

  test('reports an out-of-range NPS and a non-number with file, line, id, column, rule and value', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace('exact,29,', 'exact,197,').replace('exact,35,', 'exact,abc,');
    });
    expect(issues).toEqual([
      'data/observations.csv line 2 (free-2017) column nps (H) [range]: must be between -100 and 100, found "197"',
      'data/observations.csv line 3 (orange-seed) column nps (H) [number]: must be a number written with digits and "." (no %, no spaces), found "abc"',
    ]);
  });

  test('an unknown company, sector and source are reported together', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace('free-2017,free,', 'free-2017,freee,').replace(',fixture-blog,seed-banks', ',no-such-source,seed-banks');
      t.companies = t.companies.replace('orange,Orange,telecom', 'orange,Orange,telcos');
    });
    expect(issues).toContain('data/observations.csv line 2 (free-2017) column company [unknown-id]: is not an id in data/companies.csv, found "freee"');
    expect(issues).toContain('data/observations.csv line 4 (banks-below-50) column source [unknown-id]: is not an id in data/sources.csv, found "no-such-source"');
    expect(issues).toContain('data/companies.csv line 3 (orange) column sector [unknown-id]: is not an id in data/sectors.csv, found "telcos"');
  });

  test('duplicate ids name the first line', () => {
    const issues = issuesAfter((t) => {
      t.companies += 'free,Free bis,telecom,FR,\n';
    });
    expect(issues).toContain('data/companies.csv line 4 (free) column id [duplicate-id]: the same id is already on line 2, found "free"');
  });

  test('shares must add up to 100 and agree with the NPS', () => {
    const sum = issuesAfter((t) => {
      t.observations = t.observations.replace(',45,39,16,', ',45,30,16,');
    });
    expect(sum).toEqual([
      'data/observations.csv line 2 (free-2017) column promoters_pct [shares-sum]: promoters, passives and detractors add up to 91, not 100 ± 1, found "45/30/16"',
    ]);
    const disagree = issuesAfter((t) => {
      t.observations = t.observations.replace(',45,39,16,', ',50,34,16,');
    });
    expect(disagree).toEqual([
      'data/observations.csv line 2 (free-2017) column nps [shares-nps]: promoters − detractors is 34, which disagrees with the NPS by more than 1, found "29"',
    ]);
  });

  test('a bound must be well-formed and a relation known', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace('below,50', 'below,-100').replace('exact,35', 'under,35');
    });
    expect(issues).toEqual([
      'data/observations.csv line 3 (orange-seed) column relation (G) [allowed-values]: must be one of exact, below, at-most, above, at-least, about, found "under"',
      'data/observations.csv line 4 (banks-below-50) column relation [bound]: "below -100" leaves no possible NPS, found "below"',
    ]);
  });

  test('a period in the future, a malformed period and a malformed URL are rejected', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace(',1000,,2017,', ',1000,,2027,').replace('exact,35,' + ','.repeat(8) + 'unknown', 'exact,35,,,,,,2017-13,,,unknown');
      t.sources = t.sources.replace('https://example.org/survey,2017', 'example.org/survey,2017');
    });
    expect(issues).toEqual([
      'data/observations.csv line 2 (free-2017) column period [future]: is after today (2026-11-23), found "2027"',
      'data/observations.csv line 3 (orange-seed) column period (N) [format]: must be YYYY, YYYY-MM, YYYY-MM-DD or a range such as 2021-12/2022-01, found "2017-13"',
      'data/sources.csv line 2 (fixture-survey) column url (D) [format]: must be a full http(s) URL, found "example.org/survey"',
    ]);
  });

  test('impossible dates are rejected in periods (both ends of a range), published and retrieved; leap years count', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations
        .replace(',1000,,2017,', ',1000,,2025-02-30,')
        .replace('exact,35,' + ','.repeat(8) + 'unknown', 'exact,35,,,,,,2023-02-28/2023-02-29,,,unknown');
      t.sources = t.sources
        .replace('https://example.org/survey,2017,en,2026,', 'https://example.org/survey,2017-04-31,en,2025-06-31,')
        .replace(',2023-11-16,fr,,', ',2024-02-29,fr,,');
    });
    expect(issues).toEqual([
      'data/observations.csv line 2 (free-2017) column period (N) [format]: is not a real date: 2025-02 has 28 days, found "2025-02-30"',
      'data/observations.csv line 3 (orange-seed) column period (N) [format]: is not a real date: 2023-02 has 28 days, found "2023-02-28/2023-02-29"',
      'data/sources.csv line 2 (fixture-survey) column published (E) [format]: is not a real date: 2017-04 has 30 days, found "2017-04-31"',
      'data/sources.csv line 2 (fixture-survey) column retrieved (G) [format]: is not a real date: 2025-06 has 30 days, found "2025-06-31"',
    ]);
  });

  test('country and market codes are checked against ISO 3166-1; UK is told to be GB', () => {
    const issues = issuesAfter((t) => {
      t.companies = t.companies.replace('free,Free,telecom,FR', 'free,Free,telecom,UK').replace('orange,Orange,telecom,FR', 'orange,Orange,telecom,ZZ');
      t.observations = t.observations.replace(',2017,,FR,', ',2017,,UK,');
    });
    expect(issues).toEqual([
      'data/companies.csv line 2 (free) column country (D) [format]: is not an ISO 3166-1 country code: use GB, found "UK"',
      'data/companies.csv line 3 (orange) column country (D) [format]: must be an ISO 3166-1 alpha-2 country code such as FR, US or GB (the United Kingdom), found "ZZ"',
      'data/observations.csv line 2 (free-2017) column market (P) [format]: is not an ISO 3166-1 country code: use GB, found "UK"',
    ]);
    expect(issuesAfter((t) => (t.observations = t.observations.replace(',2017,,FR,', ',2017,,EU,')))).toEqual([]);
    expect(issuesAfter((t) => (t.observations = t.observations.replace(',2017,,FR,', ',2017,,GLOBAL,')))).toEqual([]);
  });

  test('a market of several countries: codes separated by one space, each checked, none twice, GLOBAL alone', () => {
    expect(issuesAfter((t) => (t.observations = t.observations.replace(',2017,,FR,', ',2017,,US CA,')))).toEqual([]);
    const market = (value: string) => issuesAfter((t) => (t.observations = t.observations.replace(',2017,,FR,', `,2017,,${value},`)));
    expect(market('US UK ZZ')).toEqual([
      'data/observations.csv line 2 (free-2017) column market (P) [format]: UK is not an ISO 3166-1 country code: use GB, found "US UK ZZ"',
      'data/observations.csv line 2 (free-2017) column market (P) [format]: ZZ must be an ISO 3166-1 alpha-2 country code such as FR, US or GB (the United Kingdom), EU or GLOBAL, found "US UK ZZ"',
    ]);
    expect(market('US CA US')).toEqual(['data/observations.csv line 2 (free-2017) column market (P) [format]: names US twice, found "US CA US"']);
    const shape = 'must be a two-letter country code (US, FR, GB…), EU or GLOBAL; for several countries, their codes separated by one space (US CA)';
    for (const value of ['"US,CA"', 'US/CA', 'US  CA', 'GLOBAL US', 'us ca']) {
      expect(market(value), value).toEqual([`data/observations.csv line 2 (free-2017) column market (P) [format]: ${shape}, found "${value.replaceAll('"', '')}"`]);
    }
  });

  test('blank sample size stays unknown, and zero is rejected', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace(',1000,,2017,', ',0,,2017,');
    });
    expect(issues).toEqual(['data/observations.csv line 2 (free-2017) column sample_size (L) [range]: must be at least 1 (leave blank when unknown), found "0"']);
  });

  test('a row with too many cells and an unresolved research row are both reported', () => {
    const issues = issuesAfter((t) => {
      t.sectors = t.sectors.replace('banking,Banking,Banque,Retail banks.,Banques de détail.', 'banking,Banking,Banque,Retail banks.,Banques de détail.,extra');
      t.excluded = 'research_ref,reason\nR003,Fixture.\n';
    });
    expect(issues).toContain('data/sectors.csv line 3 (banking) [field-count]: has 6 cells, the header has 5');
    expect(issues).toContain('data/excluded.csv (R002) column research_ref [research-coverage]: research row R002 is neither an observation nor excluded with a reason');
  });

  test('a missing column is one header problem, with the rows of the other files still checked', () => {
    const issues = issuesAfter((t) => {
      t.sectors = t.sectors.replace('banking,Banking,Banque,Retail banks.,Banques de détail.', 'banking,Banking,Banque,Retail banks.,Banques de détail.,extra');
      t.companies = t.companies.replace('id,name,sector,country,aliases', 'id,name,sector,aliases');
    });
    expect(issues).toEqual([
      'data/companies.csv line 1 [header]: column "country" is missing; the header must be id,name,sector,country,aliases (rows are checked once it is fixed), found "id,name,sector,aliases"',
      'data/sectors.csv line 3 (banking) [field-count]: has 6 cells, the header has 5',
    ]);
  });

  test('restatements: the original exists, is the same company, states the same value, and the chain ends', () => {
    const row = (id: string, company: string, relation: string, nps: number, restates: string) =>
      `${id},${company},,,,,${relation},${nps},,,,,,,,,unknown,fixture-blog,seed-${id},${restates},\n`;
    const issues = issuesAfter((t) => {
      t.observations += [
        row('orange-repeat', 'orange', 'exact', 35, 'orange-seed'),
        row('orange-chained', 'orange', 'exact', 35, 'orange-repeat'),
        row('orange-nowhere', 'orange', 'exact', 35, 'orange-missing'),
        row('orange-wrong', 'orange', 'exact', 36, 'orange-seed'),
        row('orange-about', 'orange', 'about', 35, 'orange-seed'),
        row('orange-self', 'orange', 'exact', 35, 'orange-self'),
        row('orange-loop-a', 'orange', 'exact', 35, 'orange-loop-b'),
        row('orange-loop-b', 'orange', 'exact', 35, 'orange-loop-a'),
        row('free-repeat', 'free', 'exact', 35, 'orange-seed'),
      ].join('');
    });
    expect(issues).toEqual([
      'data/observations.csv line 7 (orange-nowhere) column restates [restates-unknown]: is not an observation id in data/observations.csv, found "orange-missing"',
      'data/observations.csv line 8 (orange-wrong) column nps [restates-value]: restates orange-seed (line 3), which states "exact 35", not "exact 36", found "exact 36"',
      'data/observations.csv line 9 (orange-about) column nps [restates-value]: restates orange-seed (line 3), which states "exact 35", not "about 35", found "about 35"',
      'data/observations.csv line 10 (orange-self) column restates [restates-self]: a row cannot restate itself: leave restates blank for an original, found "orange-self"',
      'data/observations.csv line 11 (orange-loop-a) column restates [restates-cycle]: the restatements loop without reaching an original: orange-loop-a → orange-loop-b → orange-loop-a, found "orange-loop-b"',
      'data/observations.csv line 12 (orange-loop-b) column restates [restates-cycle]: the restatements loop without reaching an original: orange-loop-b → orange-loop-a → orange-loop-b, found "orange-loop-a"',
      'data/observations.csv line 13 (free-repeat) column company [restates-company]: restates orange-seed (line 3), which is about company orange, not company free, found "free"',
    ]);
  });

  test('the changelog: semantic versions, oldest first, dates in order', () => {
    const issues = issuesAfter((t) => {
      t.changelog +=
        [
          '1.1.0,2026-02-01,added,Rows.,Research.,',
          '1.0.1,2026-03-01,corrected,Fix.,Audit.,',
          '2.0.0,2026-01-15,schema,Columns.,Needed.,',
          'v2.1,2026-04-01,added,Rows.,Research.,',
          '2.1.0,2027-01-01,added,Rows.,Research.,',
          '2.1.1,2026-12-31,corrected,Fix.,Audit.,',
        ].join('\n') + '\n';
    });
    expect(issues).toEqual([
      'data/changelog.csv line 4 (1.0.1) column version [changelog-order]: comes after version 1.1.0 (line 3): list versions oldest first, found "1.0.1"',
      'data/changelog.csv line 5 (2.0.0) column date [changelog-date]: version 2.0.0 is dated before version 1.1.0 (line 3, 2026-02-01), found "2026-01-15"',
      'data/changelog.csv line 6 (v2.1) column version (A) [format]: must be a semantic version such as 2.0.0, found "v2.1"',
      'data/changelog.csv line 8 (2.1.1) column date [changelog-date]: version 2.1.1 is dated before version 2.1.0 (line 7, 2027-01-01), found "2026-12-31"',
    ]);
  });

  test('line numbers count spreadsheet rows, not text lines, when a note spans lines', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace('"Fixture row, with a comma in the note."', '"Fixture row,\nover two lines."').replace('exact,35,', 'exact,135,');
    });
    expect(issues).toEqual(['data/observations.csv line 3 (orange-seed) column nps (H) [range]: must be between -100 and 100, found "135"']);
  });
});

describe('curation rules (README, "Sourcing and grading rules")', () => {
  const dGrade = (issues: string[]) => issues.filter((i) => i.includes('[d-grade]'));

  test('a segment needs its French wording, and a French segment its English one', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace('free-2017,free,,mobile,mobile,', 'free-2017,free,,mobile,,').replace('orange-seed,orange,,,,', 'orange-seed,orange,,,mobile,');
    });
    expect(issues).toEqual([
      'data/observations.csv line 2 (free-2017) column segment_fr [segment-fr]: fill the French wording of the segment "mobile"',
      'data/observations.csv line 3 (orange-seed) column segment [segment-fr]: a French segment needs the English segment, found "mobile"',
    ]);
  });

  test('a business (B2B) figure must state its scope', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace('orange-seed,orange,,,,,', 'orange-seed,orange,,,,business,');
    });
    expect(issues).toEqual(['data/observations.csv line 3 (orange-seed) column segment [business-scope]: a business (B2B) figure must state its scope in segment and segment_fr']);
    const scoped = issuesAfter((t) => {
      t.observations = t.observations.replace('orange-seed,orange,,,,,', 'orange-seed,orange,,business customers,clients professionnels,business,');
    });
    expect(scoped).toEqual([]);
  });

  test('an approximate sample size needs the stated number', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace('exact,35,,,,,,', 'exact,35,,,,,yes,');
    });
    expect(issues).toEqual([
      'data/observations.csv line 3 (orange-seed) column sample_size_approximate [approximate-sample]: is yes but sample_size is blank (record the stated n, or leave both blank), found "yes"',
    ]);
    const stated = issuesAfter((t) => {
      t.observations = t.observations.replace(',1000,,2017,', ',1000,yes,2017,');
    });
    expect(stated).toEqual([]);
  });

  test('a self-reported figure comes from a grade C source', () => {
    const issues = issuesAfter((t) => {
      t.observations = t.observations.replace(',FR,competitive-benchmark,fixture-survey,', ',FR,self-reported,fixture-survey,');
    });
    expect(issues).toEqual([
      'data/observations.csv line 2 (free-2017) column survey_type [self-reported-grade]: is self-reported but its source is graded A; a company\'s own figure comes from a grade C source, found "self-reported"',
    ]);
    const graded = issuesAfter((t) => {
      t.observations = t.observations.replace(',FR,competitive-benchmark,fixture-survey,', ',FR,self-reported,fixture-survey,');
      t.sources = t.sources.replace('https://example.org/survey,2017,en,2026,A,', 'https://example.org/survey,2017,en,2026,C,');
    });
    expect(graded).toEqual([]);
  });

  test("a D-grade row is published only as a company's only figure, never as a sector average", () => {
    // Orange's D row is its only figure: allowed even when it is not a founding-article figure.
    expect(issuesAfter((t) => (t.observations = t.observations.replace('seed-orange-35', 'R003')))).toEqual([]);
    const beside = issuesAfter((t) => {
      t.observations = t.observations.replace('orange-seed,orange,', 'orange-seed,free,').replace('seed-orange-35', 'R003');
    });
    expect(dGrade(beside)).toEqual([
      'data/observations.csv line 3 (orange-seed) column source [d-grade]: is a D-grade figure but free also has free-2017 graded A–C; D rows are published only as a company\'s only figure (exclude it with that reason), found "fixture-blog"',
    ]);
    const sectorAverage = issuesAfter((t) => (t.observations = t.observations.replace('seed-banks-below-50', 'R003')));
    expect(dGrade(sectorAverage)).toEqual([
      'data/observations.csv line 4 (banks-below-50) column source [d-grade]: is a D-grade sector average; D rows are published only as a company\'s only figure (exclude it with that reason), found "fixture-blog"',
    ]);
  });

  test('a page has a second source row only for a claim graded differently', () => {
    const secondRow = (grade: string) => `fixture-survey-relayed,Example Research,Unsourced figure on the fixture survey page,https://example.org/survey,2017,en,2026,${grade},,\n`;
    const sameGrade = issuesAfter((t) => {
      t.sources += secondRow('A');
      t.observations = t.observations.replace(',fixture-blog,seed-banks', ',fixture-survey-relayed,seed-banks');
    });
    expect(sameGrade).toEqual([
      'data/sources.csv line 4 (fixture-survey-relayed) column url [same-page-grade]: is also the page of fixture-survey (line 2) with the same grade A; a page has a second row only for a claim graded differently, found "https://example.org/survey"',
    ]);
    const otherGrade = issuesAfter((t) => {
      t.sources += secondRow('C');
      t.observations = t.observations.replace(',fixture-blog,seed-banks', ',fixture-survey-relayed,seed-banks');
    });
    expect(otherGrade).toEqual([]);
  });

  test('French text has a no-break space, not an ordinary one, before : ; ! ? and %', () => {
    const issues = issuesAfter((t) => {
      t.sectors = t.sectors.replace('"Opérateurs mobiles, internet et TV."', '"Opérateurs : mobiles, internet et TV."');
      t.observations = t.observations.replace('free-2017,free,,mobile,mobile,', 'free-2017,free,,mobile,mobile ; 5G,');
    });
    expect(issues).toHaveLength(2);
    expect(issues).toContain(
      'data/sectors.csv line 2 (telecom) column description_fr [french-spacing]: put a no-break space (U+00A0), not an ordinary space, before : ; ! ? and % in French, found "Opérateurs : mobiles, internet et TV."',
    );
    expect(issues).toContain(
      'data/observations.csv line 2 (free-2017) column segment_fr [french-spacing]: put a no-break space (U+00A0), not an ordinary space, before : ; ! ? and % in French, found "mobile ; 5G"',
    );
    const noBreak = issuesAfter((t) => {
      t.sectors = t.sectors.replace('"Opérateurs mobiles, internet et TV."', '"Opérateurs\u00a0: mobiles, internet et TV."');
    });
    expect(noBreak).toEqual([]);
  });

  test('founding-article figures and restatements are exempt from the D rule', () => {
    const seed = issuesAfter((t) => (t.observations = t.observations.replace('orange-seed,orange,', 'orange-seed,free,')));
    expect(dGrade(seed)).toEqual([]);
    const restatement = issuesAfter((t) => {
      t.observations = t.observations.replace('orange-seed,orange,', 'orange-seed,free,').replace('seed-orange-35,,', 'R003,free-2017,');
    });
    expect(dGrade(restatement)).toEqual([]);
  });
});

describe('loadData', () => {
  test('throws one DataError whose message lists every problem', () => {
    expect(() => loadData(join(import.meta.dirname, 'fixtures/invalid'), TODAY)).toThrow(DataError);
    try {
      loadData(join(import.meta.dirname, 'fixtures/invalid'), TODAY);
    } catch (error) {
      expect((error as Error).message).toMatchInlineSnapshot(`
        "The dataset has 2 problems in 1 file:
          data/observations.csv line 2 (free-2017) column nps (H) [range]: must be between -100 and 100, found "197"
          data/observations.csv line 3 (orange-seed) column nps (H) [number]: must be a number written with digits and "." (no %, no spaces), found "abc""
      `);
    }
  });
});
