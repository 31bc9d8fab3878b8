/**
 * The score tool: the user's NPS (typed as a score, as counts, as the count of each answer 0–10, or read from a
 * survey export), its margin of error, and where it sits among the chosen sector's named companies.
 *
 * State lives in the URL query string (src/lib/url-state.ts): read once on hydration, rewritten with
 * history.replaceState as the user types, so a copied link reproduces the view. On a sector page the tool is
 * embedded with its sector fixed and follows the page's own filters (market, survey type, period, grade),
 * keeping the page's parameters untouched. All arithmetic is in src/lib; this file holds state and layout.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FILTER_EVENT, type FigureFilters, matchesFilters, parseFilters } from '../lib/filters.ts';
import type { Locale } from '../lib/i18n.ts';
import { type BenchmarkFigure, checkSurveyTypes, isExact, placeScore, selectBenchmarks } from '../lib/placement.ts';
import { benchmarkVerdicts, computeResults } from '../lib/score-results.ts';
import { scoreToolStrings } from '../lib/score-tool-strings.ts';
import {
  DEFAULT_MIN_GRADE,
  type FieldName,
  PAGE_OWNED_KEYS,
  TOOL_PARAM_KEYS,
  type ToolMode,
  type ToolParams,
  emptyParams,
  mergeQuery,
  readParams,
  unknownModeParam,
  validateParams,
  writeParams,
} from '../lib/url-state.ts';
import { Actions } from './score-tool/Actions.tsx';
import type { ChartRow } from './score-tool/ScoreChart.tsx';
import { buildResultsCsv } from './score-tool/csv-rows.ts';
import { InputForm } from './score-tool/InputForm.tsx';
import type { ImportResult } from '../lib/survey-import/types.ts';
import { figureName, marketName } from './score-tool/labels.ts';
import { PlacementView } from './score-tool/PlacementView.tsx';
import { ResultsView } from './score-tool/ResultsView.tsx';
import './score-tool/score-tool.css';

// Loaded on demand: Chart.js only when there is a chart to draw, the import panel (its worker holds PapaParse)
// only when the survey-file mode is chosen.
const ScoreChart = lazy(() => import('./score-tool/ScoreChart.tsx'));
const ImportPanel = lazy(() => import('./import/ImportPanel.tsx'));
const ImportDetails = lazy(() => import('./import/ImportDetails.tsx'));

const MODES: readonly ToolMode[] = ['score', 'counts', 'answers', 'file'];

export interface ScoreToolProps {
  locale: Locale;
  /** Sectors for the menu (on a sector page, just that sector), names in the page's language. */
  sectors: { id: string; name: string }[];
  /** Set on a sector page: the sector is fixed and the page's filters choose the figures. */
  fixedSector?: string | undefined;
  /** Where the full tool is (shown on a sector page). */
  fullToolHref?: string | undefined;
}

type FiguresState = { sector: string; status: 'loading' | 'ready' | 'error'; figures: BenchmarkFigure[] };

const cache = new Map<string, BenchmarkFigure[]>();

/** Fetch a sector's figures (built as /compare/benchmarks/<id>.json), once per page. */
async function loadFigures(sector: string): Promise<BenchmarkFigure[]> {
  const cached = cache.get(sector);
  if (cached) return cached;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const response = await fetch(`${base}/compare/benchmarks/${encodeURIComponent(sector)}.json`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const json = (await response.json()) as { figures?: unknown };
  if (!Array.isArray(json.figures)) throw new Error('bad benchmark file');
  const figures = json.figures as BenchmarkFigure[];
  cache.set(sector, figures);
  return figures;
}

/** Point the language switch at the same view in the other language. */
function syncLanguageSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-testid="lang-switch"]');
  if (!link) return;
  const url = new URL(link.href, window.location.href);
  url.search = window.location.search;
  link.href = `${url.pathname}${url.search}`;
}

export default function ScoreTool({ locale, sectors, fixedSector, fullToolHref }: ScoreToolProps) {
  const t = scoreToolStrings[locale];
  const embedded = fixedSector !== undefined;
  const idPrefix = embedded ? 'st-embedded' : 'st';
  const [params, setParams] = useState<ToolParams>(() => ({ ...emptyParams(), sector: fixedSector ?? '' }));
  const [unknownMode, setUnknownMode] = useState<string | undefined>();
  const [pageFilters, setPageFilters] = useState<FigureFilters>({});
  const [figuresState, setFiguresState] = useState<FiguresState | null>(null);
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  // The page's address, for the line the print view shows under the results.
  const [shareUrl, setShareUrl] = useState('');
  const edited = useRef(false);
  const latest = useRef(params);
  latest.current = params;
  const chartContainer = useRef<HTMLDivElement>(null);
  const owned = useMemo(() => (embedded ? TOOL_PARAM_KEYS.filter((key) => !(PAGE_OWNED_KEYS as readonly string[]).includes(key)) : [...TOOL_PARAM_KEYS]), [embedded]);

  const writeUrl = useCallback(
    (state: ToolParams) => {
      const query = mergeQuery(window.location.search, writeParams(state), owned);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(history.state, '', url);
      syncLanguageSwitch();
      setShareUrl(window.location.href);
    },
    [owned],
  );

  // Read the link once, after hydration (the server render knows no query string).
  useEffect(() => {
    const search = window.location.search;
    const read = readParams(search);
    if (embedded) {
      // The page owns these: its sector is fixed, its filters choose the figures.
      read.sector = fixedSector ?? '';
      read.grade = '';
      read.market = '';
      setPageFilters(parseFilters(search).filters);
    }
    setParams(read);
    setUnknownMode(unknownModeParam(search));
    syncLanguageSwitch();
    setShareUrl(window.location.href);
    if (!embedded) return undefined;
    const onFilters = (event: Event) => {
      setPageFilters((event as CustomEvent<FigureFilters>).detail ?? {});
      // The filter script rewrote the query with its own parameters only: put the tool's back.
      writeUrl(latest.current);
    };
    document.addEventListener(FILTER_EVENT, onFilters);
    return () => document.removeEventListener(FILTER_EVENT, onFilters);
  }, [embedded, fixedSector, writeUrl]);

  useEffect(() => {
    if (edited.current) writeUrl(params);
  }, [params, writeUrl]);

  const update = useCallback((change: Partial<ToolParams>) => {
    edited.current = true;
    setUnknownMode(undefined);
    setParams((previous) => ({ ...previous, ...change }));
  }, []);

  const sectorIds = useMemo(() => sectors.map((s) => s.id), [sectors]);
  const validated = useMemo(() => validateParams(params, { sectors: sectorIds, unknownMode }), [params, sectorIds, unknownMode]);
  const { options } = validated;
  const sectorId = embedded ? fixedSector : options.sector;
  const sectorName = sectors.find((s) => s.id === sectorId)?.name ?? '';

  useEffect(() => {
    if (!sectorId) return undefined;
    let cancelled = false;
    setFiguresState({ sector: sectorId, status: 'loading', figures: [] });
    loadFigures(sectorId).then(
      (figures) => !cancelled && setFiguresState({ sector: sectorId, status: 'ready', figures }),
      () => !cancelled && setFiguresState({ sector: sectorId, status: 'error', figures: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, [sectorId]);

  const errors = validated.errors;
  const errorsFor = useCallback(
    (field: FieldName, index?: number) => errors.filter((e) => e.field === field && e.index === index).map((e) => t.error(e.field, e.code, e.index)),
    [errors, t],
  );
  const outcome = useMemo(
    () => (errors.length > 0 ? null : computeResults(validated.input, options, importResult?.counts ?? null)),
    [errors, validated.input, options, importResult],
  );
  const fromFile = validated.input?.kind === 'file' && importResult !== null;
  const results = outcome?.ok ? outcome.results : null;
  const level = String(Math.round(options.confidence * 100));

  const figures = figuresState?.status === 'ready' && figuresState.sector === sectorId ? figuresState.figures : null;
  const markets = useMemo(() => {
    if (embedded) return undefined;
    const codes = new Set((figures ?? []).map((f) => f.market).filter((m): m is string => Boolean(m)));
    if (params.market) codes.add(params.market);
    return [...codes].sort().map((code) => ({ code, name: marketName(code, locale, t) }));
  }, [embedded, figures, params.market, locale, t]);

  const minGrade = embedded ? (pageFilters.grade ?? DEFAULT_MIN_GRADE) : options.minGrade;
  const selection = useMemo(() => {
    if (!figures) return null;
    const candidates = embedded ? figures.filter((f) => matchesFilters(f, pageFilters)) : figures;
    return selectBenchmarks(candidates, { minGrade, market: embedded ? undefined : options.market });
  }, [figures, embedded, pageFilters, minGrade, options.market]);
  const placement = useMemo(() => (results && selection ? placeScore(results.nps, selection.companies) : null), [results, selection]);
  const verdicts = useMemo(
    () => (results && selection ? benchmarkVerdicts(results, [...selection.companies, ...selection.averages], options.confidence) : []),
    [results, selection, options.confidence],
  );
  const typeCheck = useMemo(() => checkSurveyTypes(options.surveyType, selection?.companies ?? []), [options.surveyType, selection]);

  const chartRows = useMemo((): ChartRow[] => {
    if (!results || !selection || !placement || placement.rank === null) return [];
    const rows: ChartRow[] = selection.companies.filter(isExact).map((f) => ({ label: figureName(f, t), value: f.nps, isYou: false }));
    rows.splice(placement.rank - 1, 0, { label: t.yourScore, value: results.nps, isYou: true, low: results.interval?.low, high: results.interval?.high });
    return rows;
  }, [results, selection, placement, t]);

  const hasBounds = (selection?.companies ?? []).some((f) => !isExact(f));
  const fileBase = `nps-${sectorId ?? 'score'}`;
  const csv = () =>
    buildResultsCsv({
      locale,
      t,
      results: results!,
      level,
      sectorName,
      selection: selection ?? undefined,
      placement: placement ?? undefined,
      verdicts,
      rowsSkipped: fromFile ? importResult?.skipped.total : undefined,
    });
  // The panel stays mounted once opened, so switching modes and back keeps the file that was read.
  const [fileOpened, setFileOpened] = useState(false);
  useEffect(() => {
    if (params.mode === 'file') setFileOpened(true);
  }, [params.mode]);
  const fileSlot = fileOpened ? (
    <Suspense fallback={<p className="st-note">{t.loadingImport}</p>}>
      <ImportPanel locale={locale} onResult={setImportResult} />
    </Suspense>
  ) : null;

  return (
    <div className={`score-tool${embedded ? ' score-tool--embedded' : ''}`} data-testid="score-tool">
      <InputForm
        idPrefix={idPrefix}
        t={t}
        params={params}
        update={update}
        errorsFor={errorsFor}
        modes={MODES}
        sectors={embedded ? undefined : sectors}
        markets={markets}
        fileSlot={fileSlot}
      />

      <section className="st-results" aria-labelledby={`${idPrefix}-results-title`} aria-live="polite">
        <h2 id={`${idPrefix}-results-title`} className={embedded ? 'visually-hidden' : undefined}>
          {t.resultsTitle}
        </h2>
        {errors.length > 0 && (
          <div className="st-errors-summary" data-testid="errors-summary">
            <p>{t.errorsTitle}</p>
            <ul>
              {errors.map((e) => (
                <li key={`${e.field}-${e.index ?? ''}-${e.code}`}>
                  {t.fieldNames[e.field]}: {t.error(e.field, e.code, e.index)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {outcome && !outcome.ok && (
          <p className="st-error" role="alert">
            {t.fileProblem(outcome.problem)}
          </p>
        )}
        {!results && errors.length === 0 && !(outcome && !outcome.ok) && params.mode !== 'file' && <p className="st-note">{t.emptyResults}</p>}
        {results && (
          <>
            <p className="st-print-only">{t.printedFrom(shareUrl, new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(new Date()))}</p>
            <ResultsView locale={locale} t={t} results={results} level={level} />
            {fromFile && importResult && (
              <Suspense fallback={null}>
                <ImportDetails locale={locale} result={importResult} />
              </Suspense>
            )}
            {sectorId && (
              <section className="st-sector" aria-labelledby={`${idPrefix}-placement-title`}>
                <h3 id={`${idPrefix}-placement-title`}>{t.placementTitle(sectorName)}</h3>
                {figuresState?.status === 'loading' && <p className="st-note">{t.loading}</p>}
                {figuresState?.status === 'error' && (
                  <p className="st-error" role="status">
                    {t.loadFailed}
                  </p>
                )}
                {selection && placement && (
                  <PlacementView
                    locale={locale}
                    t={t}
                    sectorName={sectorName}
                    results={results}
                    selection={selection}
                    placement={placement}
                    verdicts={verdicts}
                    typeCheck={typeCheck}
                    minGrade={minGrade}
                    market={embedded ? pageFilters.market : options.market}
                    chart={
                      chartRows.length > 1 ? (
                        <figure className="st-figure" ref={chartContainer}>
                          <Suspense fallback={<div className="st-chart-placeholder" />}>
                            <ScoreChart
                              locale={locale}
                              rows={chartRows}
                              title={t.chartTitle(sectorName)}
                              subtitle={t.chartSubtitle(level, t.gradeOption(minGrade))}
                              label={t.chartLabel(sectorName)}
                              axisLabel={t.axisLabel}
                            />
                          </Suspense>
                          {hasBounds && <figcaption className="st-hint">{t.chartBoundsNote}</figcaption>}
                        </figure>
                      ) : null
                    }
                  />
                )}
              </section>
            )}
            {!sectorId && <p className="st-note">{t.chooseSector}</p>}
            <Actions t={t} chartContainer={chartContainer} hasChart={chartRows.length > 1} csv={csv} fileBase={fileBase} />
          </>
        )}
        {embedded && fullToolHref && (
          <p className="no-print">
            <a href={`${fullToolHref}?${writeParams({ ...params, sector: fixedSector ?? '' })}`} data-testid="open-full-tool">
              {t.openFullTool}
            </a>
          </p>
        )}
      </section>
    </div>
  );
}
