/**
 * The score tool's modes that place nothing among NPS benchmarks: two waves' counts (is the change real?),
 * CSAT and CES. Loaded on demand by ScoreTool when one of them is chosen. Holds its own fields; they live in the
 * link (`a`, `b`, `detect`, `csat`, `ces`: src/lib/metric-modes.ts) beside the tool's own `mode` and `confidence`.
 * The arithmetic is in src/lib/nps-change.ts and src/lib/csat-ces.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { type CesResult, type CsatResult, cesFromCounts, csatFromCounts } from '../../lib/csat-ces.ts';
import { formatCount, formatNps, formatNumber, formatPercent } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { METRIC_MODE_STRINGS, stringsOf } from '../../lib/lazy-strings.ts';
import type { MetricModeStrings } from '../../lib/metric-mode-strings.ts';
import {
  CES_SCALES,
  DEFAULT_DETECT,
  METRIC_PARAM_KEYS,
  type MetricError,
  type MetricField,
  type MetricMode,
  type MetricParams,
  editList,
  emptyMetricParams,
  readMetricParams,
  validateMetricParams,
  writeMetricParams,
} from '../../lib/metric-modes.ts';
import { type NpsChange, changeVerdict, npsChange, sampleSizePerGroupForChange } from '../../lib/nps-change.ts';
import { npsFromCounts, totalResponses } from '../../lib/nps-stats.ts';
import { mergeQuery } from '../../lib/url-state.ts';
import { Field, GroupErrors } from './Field.tsx';
import { ChangeKey } from '../ChangeKey.tsx';
import './metric-modes.css';

export interface MetricModesProps {
  locale: Locale;
  mode: MetricMode;
  /** The tool's confidence level (0.9, 0.95 or 0.99). */
  confidence: number;
  idPrefix: string;
}

const EXPECTED_LENGTH: Record<MetricField, number> = { a: 3, b: 3, detect: 1, csat: 5, ces: 7 };

/** Rewrite this mode's parameters in the address (others untouched) and point the language switch at it. */
function writeAddress(query: string): void {
  const merged = mergeQuery(window.location.search, query, METRIC_PARAM_KEYS);
  const url = `${window.location.pathname}${merged ? `?${merged}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(history.state, '', url);
  const link = document.querySelector<HTMLAnchorElement>('[data-testid="lang-switch"]');
  if (link) {
    const target = new URL(link.href, window.location.href);
    target.search = window.location.search;
    link.href = `${target.pathname}${target.search}`;
  }
}

export default function MetricModes({ locale, mode, confidence, idPrefix }: MetricModesProps) {
  const [t] = stringsOf(locale, METRIC_MODE_STRINGS);
  const [params, setParams] = useState<MetricParams>(emptyMetricParams);
  const ready = useRef(false);
  const id = (name: string) => `${idPrefix}-${mode}-${name}`;

  // Read the link once; clear this mode's parameters from it when the user leaves for an NPS mode.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- hydration must match the server render, so the address is read after it
    setParams(readMetricParams(window.location.search));
    ready.current = true;
    return () => writeAddress('');
  }, []);
  useEffect(() => {
    if (ready.current) writeAddress(writeMetricParams(mode, params));
  }, [mode, params]);

  const { input, errors } = useMemo(() => validateMetricParams(mode, params), [mode, params]);
  const errorsFor = (field: MetricField, index?: number) =>
    errors.filter((e) => e.field === field && e.index === index).map((e: MetricError) => t.error(e, EXPECTED_LENGTH[field]));
  const level = String(Math.round(confidence * 100));

  const listFields = (field: 'a' | 'b' | 'csat' | 'ces', labels: string[]) => (
    <div className="st-row">
      {labels.map((label, index) => (
        <Field
          key={label}
          id={id(`${field}-${index}`)}
          label={label}
          value={params[field][index] ?? ''}
          onChange={(value) => setParams((previous) => ({ ...previous, [field]: editList(previous[field], labels.length, index, value) }))}
          errors={errorsFor(field, index)}
          inputMode="numeric"
          placeholder="0"
          testId={`input-${field}-${index}`}
        />
      ))}
    </div>
  );

  const cesScale = params.ces.length === 5 ? 5 : 7;
  const answers = (count: number) => Array.from({ length: count }, (_, i) => t.answerLabel(i + 1));

  return (
    <div className="st-metric" data-testid={`metric-${mode}`}>
      <div className="st-form">
        {mode === 'change' &&
          (['a', 'b'] as const).map((wave) => (
            <fieldset key={wave} className="st-group">
              <legend>{wave === 'a' ? t.waveA : t.waveB}</legend>
              {listFields(wave, [t.promoters, t.passives, t.detractors])}
              <GroupErrors id={id(`${wave}-error`)} errors={errorsFor(wave)} />
            </fieldset>
          ))}
        {mode === 'change' && (
          <>
            <p className="st-hint">{t.changeHint}</p>
            <div className="st-row">
              <Field
                id={id('detect')}
                label={t.detectLabel}
                value={params.detect}
                onChange={(detect) => setParams((p) => ({ ...p, detect }))}
                errors={errorsFor('detect')}
                hint={t.detectHint}
                placeholder={String(DEFAULT_DETECT)}
                testId="input-detect"
              />
            </div>
          </>
        )}
        {mode === 'csat' && (
          <fieldset className="st-group">
            <legend>{t.csatLegend}</legend>
            {listFields('csat', answers(5))}
            <GroupErrors id={id('csat-error')} errors={errorsFor('csat')} />
          </fieldset>
        )}
        {mode === 'ces' && (
          <fieldset className="st-group">
            <legend>{t.cesLegend}</legend>
            <div className="st-row">
              <div className="st-field">
                <label htmlFor={id('scale')}>{t.cesScaleLabel}</label>
                <select
                  id={id('scale')}
                  value={cesScale}
                  onChange={(event) => {
                    const scale = Number(event.target.value);
                    setParams((p) => ({ ...p, ces: Array.from({ length: scale }, (_, i) => p.ces[i] ?? '') }));
                  }}
                  data-testid="input-ces-scale"
                >
                  {CES_SCALES.map((scale) => (
                    <option key={scale} value={scale}>
                      {t.cesScaleOption(scale)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {listFields('ces', answers(cesScale))}
            <GroupErrors id={id('ces-error')} errors={errorsFor('ces')} />
          </fieldset>
        )}
      </div>

      <div className="st-metric-results" aria-live="polite">
        {input === null && errors.length === 0 && <p className="st-note">{t.emptyResults}</p>}
        {input?.kind === 'change' && <ChangeResults t={t} locale={locale} level={level} confidence={confidence} input={input} />}
        {input?.kind === 'csat' && <CsatView t={t} locale={locale} level={level} result={csatFromCounts(input.counts, confidence)} />}
        {input?.kind === 'ces' && <CesView t={t} locale={locale} level={level} result={cesFromCounts(input.counts, confidence)} />}
        {(mode === 'csat' || mode === 'ces') && (
          <p className="st-hint" data-testid="other-metric-note">
            {t.otherMetricNote}
          </p>
        )}
      </div>
    </div>
  );
}

interface ViewProps {
  t: MetricModeStrings;
  locale: Locale;
  level: string;
}

function ChangeResults({
  t,
  locale,
  level,
  confidence,
  input,
}: ViewProps & { confidence: number; input: Extract<ReturnType<typeof validateMetricParams>['input'], { kind: 'change' }> }) {
  const change: NpsChange = npsChange(input.a, input.b, confidence);
  const perWave = sampleSizePerGroupForChange(input.detect, { kind: 'observed', a: input.a, b: input.b }, confidence);
  const nps = (value: number) => formatNps(value, locale);
  return (
    <section aria-labelledby="st-change-title">
      <h3 id="st-change-title">{t.changeTitle}</h3>
      <p className="st-verdict" data-testid="diff-verdict" data-significant={String(change.significant)}>
        <strong>{changeVerdict(change, locale, t.changeVerdict)}</strong>
      </p>
      <ChangeKey change={change} level={level} locale={locale} words={t}>
        {(['a', 'b'] as const).map((wave) => (
          <div key={wave}>
            <dt>{t.waveScore(wave.toUpperCase(), formatCount(totalResponses(input[wave]), locale))}</dt>
            <dd data-testid={`wave-${wave}-nps`} data-value={String(npsFromCounts(input[wave]))}>
              {nps(npsFromCounts(input[wave]))}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t.sampleSizeLabel(formatNumber(input.detect, locale))}</dt>
          <dd data-testid="diff-sample-size" data-value={String(perWave)}>
            {t.sampleSizeText(formatCount(perWave, locale))}
          </dd>
        </div>
      </ChangeKey>
      <p className="st-hint">{t.sampleSizeNote}</p>
      <p className="st-hint">{t.independentNote}</p>
    </section>
  );
}

function CsatView({ t, locale, level, result }: ViewProps & { result: CsatResult }) {
  return (
    <section aria-labelledby="st-csat-title">
      <h3 id="st-csat-title">{t.csatTitle}</h3>
      <dl className="st-key">
        <div className="st-key-main">
          <dt>{t.csatLabel}</dt>
          <dd>
            <strong data-testid="csat-value" data-value={String(result.csat)}>
              {formatPercent(result.csat, locale)}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{t.respondents}</dt>
          <dd data-testid="csat-n" data-value={String(result.n)}>
            {formatCount(result.n, locale)} ({t.satisfied(formatCount(result.satisfied, locale))})
          </dd>
        </div>
        <div>
          <dt>{t.metricIntervalLabel(level, 'Wilson')}</dt>
          <dd>
            {t.intervalWords.before}
            <span data-testid="csat-ci-low" data-value={String(result.interval.low)}>
              {formatPercent(result.interval.low, locale)}
            </span>
            {t.intervalWords.between}
            <span data-testid="csat-ci-high" data-value={String(result.interval.high)}>
              {formatPercent(result.interval.high, locale)}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function CesView({ t, locale, level, result }: ViewProps & { result: CesResult }) {
  return (
    <section aria-labelledby="st-ces-title">
      <h3 id="st-ces-title">{t.cesTitle}</h3>
      <dl className="st-key">
        <div className="st-key-main">
          <dt>
            {t.cesLabel}, {t.cesScaleOption(result.scale)}
          </dt>
          <dd>
            <strong data-testid="ces-value" data-value={String(result.mean)}>
              {formatNumber(result.mean, locale, 2)}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{t.respondents}</dt>
          <dd data-testid="ces-n" data-value={String(result.n)}>
            {formatCount(result.n, locale)}
          </dd>
        </div>
        <div>
          <dt>{t.metricIntervalLabel(level, 'Student t')}</dt>
          <dd>
            {result.interval ? (
              <>
                {t.intervalWords.before}
                <span data-testid="ces-ci-low" data-value={String(result.interval.low)}>
                  {formatNumber(result.interval.low, locale, 2)}
                </span>
                {t.intervalWords.between}
                <span data-testid="ces-ci-high" data-value={String(result.interval.high)}>
                  {formatNumber(result.interval.high, locale, 2)}
                </span>
              </>
            ) : (
              t.noInterval
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
