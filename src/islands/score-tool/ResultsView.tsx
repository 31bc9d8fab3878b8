/** The user's own results: score, n, shares, interval in plain words, sample sizes, target, 0–10 histogram. */
import { formatCount, formatNps, formatNumber, formatPercent } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import type { ScoreResults } from '../../lib/score-results.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';

export interface ResultsViewProps {
  locale: Locale;
  t: ScoreToolStrings;
  results: ScoreResults;
  /** Confidence level in percent, as text: "95". */
  level: string;
}

/** Points with one decimal, unsigned (for margins). */
function points(value: number, locale: Locale): string {
  return formatNumber(value, locale);
}

export function ResultsView({ locale, t, results: r, level }: ResultsViewProps) {
  const nps = (value: number) => formatNps(value, locale);
  const count = (value: number) => formatCount(value, locale);
  return (
    <div className="st-results-own">
      <dl className="st-key">
        <div className="st-key-main">
          <dt>{t.npsLabel}</dt>
          <dd>
            <strong data-testid="nps-value" data-value={String(r.nps)}>
              {nps(r.nps)}
            </strong>
          </dd>
        </div>
        {r.n !== undefined && (
          <div>
            <dt>{t.respondents}</dt>
            <dd data-testid="nps-n" data-value={String(r.n)}>
              {count(r.n)}
            </dd>
          </div>
        )}
        {r.interval && (
          <div>
            <dt>{t.intervalLabel(level)}</dt>
            <dd>
              {t.intervalWords.before}
              <span data-testid="nps-ci-low" data-value={String(r.interval.low)}>
                {nps(r.interval.low)}
              </span>
              {t.intervalWords.between}
              <span data-testid="nps-ci-high" data-value={String(r.interval.high)}>
                {nps(r.interval.high)}
              </span>
            </dd>
          </div>
        )}
      </dl>

      {r.shares && r.counts && (
        <div className="st-shares">
          <p className="st-shares-label">{t.sharesLabel}</p>
          <div className="st-share-bar" aria-hidden="true">
            <span className="st-promoter" style={{ width: `${r.shares.promoters}%` }} />
            <span className="st-passive" style={{ width: `${r.shares.passives}%` }} />
            <span className="st-detractor" style={{ width: `${r.shares.detractors}%` }} />
          </div>
          <ul className="st-share-list">
            <li data-testid="share-promoters" data-value={String(r.shares.promoters)}>
              {t.promoters}
              {t.labelColon}
              {formatPercent(r.shares.promoters, locale)} ({count(r.counts.promoters)})
            </li>
            <li data-testid="share-passives" data-value={String(r.shares.passives)}>
              {t.passives}
              {t.labelColon}
              {formatPercent(r.shares.passives, locale)} ({count(r.counts.passives)})
            </li>
            <li data-testid="share-detractors" data-value={String(r.shares.detractors)}>
              {t.detractors}
              {t.labelColon}
              {formatPercent(r.shares.detractors, locale)} ({count(r.counts.detractors)})
            </li>
          </ul>
        </div>
      )}

      {r.interval && r.n !== undefined ? (
        <div className="st-margin">
          <p data-testid="margin-text">{t.marginPlain(level, count(r.n), nps(r.interval.low), nps(r.interval.high), points(r.interval.margin, locale))}</p>
          <p className="st-hint">{r.assumedWidestMix ? t.widestMixNote : t.adjustedNote(formatNps(r.interval.center, locale, 1))}</p>
        </div>
      ) : (
        <p className="st-note" data-testid="margin-text">
          {t.noN}
        </p>
      )}

      <div className="st-plan">
        <h4>{t.sampleSizeTitle}</h4>
        <ul>
          {r.sampleSizes.map((s) => (
            <li key={s.margin} data-testid={`sample-size-${s.margin}`} data-value={String(s.atYourMix)}>
              {t.sampleSizeAtMix(String(s.margin), count(s.atYourMix))} {t.sampleSizeWorst(count(s.worstCase))}
            </li>
          ))}
        </ul>
        <p className="st-hint">{r.counts ? t.sampleSizeNoteCounts : t.sampleSizeNoteScore}</p>
      </div>

      {r.target && (
        <div className="st-target" data-testid="target-result">
          <h4>{t.targetTitle(nps(r.target.target))}</h4>
          {r.target.reached ? (
            <p>{t.targetReached(nps(r.target.target))}</p>
          ) : (
            <ul>
              <li data-testid="target-more-promoters" data-value={r.target.morePromoters === null ? '' : String(r.target.morePromoters)}>
                {r.target.morePromoters === null ? t.morePromotersImpossible : t.morePromoters(count(r.target.morePromoters))}
              </li>
              {r.target.detractorsToPassives !== undefined && (
                <li>{r.target.detractorsToPassives === null ? t.detractorsImpossible : t.detractorsToPassives(count(r.target.detractorsToPassives))}</li>
              )}
              {r.target.detractorsToPromoters !== undefined && r.target.detractorsToPromoters !== null && <li>{t.detractorsToPromoters(count(r.target.detractorsToPromoters))}</li>}
            </ul>
          )}
        </div>
      )}

      {r.answers && r.n !== undefined && <Histogram locale={locale} t={t} answers={r.answers} n={r.n} />}
    </div>
  );
}

/** The count of each answer as a table with bars drawn in the cells (the table is the accessible form). */
function Histogram({ locale, t, answers, n }: { locale: Locale; t: ScoreToolStrings; answers: number[]; n: number }) {
  const max = Math.max(1, ...answers);
  return (
    <div className="st-histogram">
      <table>
        <caption>{t.histogramTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.histogramAnswer}</th>
            <th scope="col" className="num">
              {t.histogramCount}
            </th>
            <th scope="col" className="num">
              {t.histogramShare}
            </th>
            <th scope="col" aria-hidden="true"></th>
          </tr>
        </thead>
        <tbody>
          {answers.map((value, answer) => (
            <tr key={answer} data-testid={`histogram-${answer}`} data-value={String(value)}>
              <th scope="row">{answer}</th>
              <td className="num">{formatCount(value, locale)}</td>
              <td className="num">{formatPercent((value / n) * 100, locale)}</td>
              <td className="st-histogram-bar" aria-hidden="true">
                <span className={answer <= 6 ? 'st-detractor' : answer <= 8 ? 'st-passive' : 'st-promoter'} style={{ width: `${(value / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
