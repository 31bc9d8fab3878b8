/** Build-time only: the site model (joined figures, conflicts, intervals) computed once per build from the validated data. */
import { npsInterval } from '../lib/nps-stats.ts';
import { getData } from './load-dataset.ts';
import { type Interval, type ResponseCounts, type SiteModel, siteModel } from './views.ts';

/** The 95% adjusted-Wald interval of published counts, in points (the score tool's definition). */
export function publishedInterval(counts: ResponseCounts): Interval {
  const { low, high } = npsInterval(counts);
  return [low, high];
}

let cached: SiteModel | undefined;
/** The site model for this build. */
export function getSiteModel(): SiteModel {
  cached ??= siteModel(getData(), publishedInterval);
  return cached;
}
