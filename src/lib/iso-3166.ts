/**
 * ISO 3166-1 alpha-2: the 249 officially assigned country codes (ISO 3166 Maintenance Agency), written out
 * so the data validator needs no runtime database. `test/iso-3166.test.ts` checks it against ICU's regions.
 */
export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
    'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
    'DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET ' +
    'FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
    'HK HM HN HR HT HU ' +
    'ID IE IL IM IN IO IQ IR IS IT ' +
    'JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ ' +
    'LA LB LC LI LK LR LS LT LU LV LY ' +
    'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
    'NA NC NE NF NG NI NL NO NP NR NU NZ ' +
    'OM ' +
    'PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA ' +
    'RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
    'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
    'UA UG UM US UY UZ ' +
    'VA VC VE VG VI VN VU ' +
    'WF WS ' +
    'YE YT ' +
    'ZA ZM ZW'
  ).split(' '),
);

/** Market codes beyond countries: Europe as a whole and worldwide. */
export const REGION_MARKETS: ReadonlySet<string> = new Set(['EU', 'GLOBAL']);

/** Codes people write that ISO 3166-1 assigns differently (or not at all), with the code to use. */
const COMMON_MISTAKES: Readonly<Record<string, string>> = { UK: 'GB', EN: 'GB', UAE: 'AE', USA: 'US', SP: 'ES' };

/** Why `code` is not a country code, or undefined when it is one. */
export function countryCodeProblem(code: string): string | undefined {
  if (ISO_COUNTRY_CODES.has(code)) return undefined;
  const instead = COMMON_MISTAKES[code.toUpperCase()];
  if (instead) return `is not an ISO 3166-1 country code: use ${instead}`;
  return 'must be an ISO 3166-1 alpha-2 country code such as FR, US or GB (the United Kingdom)';
}

/** Why `code` is not a market code (a country, EU or GLOBAL), or undefined when it is one. */
export function marketCodeProblem(code: string): string | undefined {
  if (REGION_MARKETS.has(code)) return undefined;
  const problem = countryCodeProblem(code);
  return problem?.startsWith('must be') ? 'must be an ISO 3166-1 alpha-2 country code such as FR, US or GB (the United Kingdom), EU or GLOBAL' : problem;
}
