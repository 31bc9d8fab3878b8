/**
 * The score tool: the user's NPS (typed as a score, as counts, as the count of each answer 0–10, or read from a
 * survey export), its margin of error, and where it sits among the chosen sector's named companies.
 *
 * State lives in the URL query string (src/lib/url-state.ts): read once on hydration, rewritten with
 * history.replaceState as the user types, so a copied link reproduces the view. On a sector page the tool is
 * embedded with its sector fixed and follows the page's own filters (market, survey type, period, grade),
 * keeping the page's parameters untouched. The view (benchmarks → placement → verdicts → chart rows) comes from
 * src/lib/score-pipeline.ts; all arithmetic is in src/lib; this file holds state and layout.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FILTER_EVENT, type FigureFilters, parseFilters } from '../lib/filters.ts';
import { LOCALE_TAGS, type Locale } from '../lib/i18n.ts';
import { type BenchmarkFigure, isExact } from '../lib/placement.ts';
import type { RawBenchmarkSettings } from '../lib/score-pipeline.ts';
import { computeResults } from '../lib/score-results.ts';
import type { ScoreToolStrings } from '../lib/score-tool-strings-en.ts';
import {
  DEFAULT_MIN_GRADE,
  type FieldError,
  type FieldName,
  PAGE_OWNED_KEYS,
  TOOL_PARAM_KEYS,
  type ToolMode,
  isMetricMode,
  type ToolParams,
  blocksResults,
  emptyParams,
  mergeQuery,
  readParams,
  unknownModeParam,
  validateParams,
  writeParams,
} from '../lib/url-state.ts';
import { lazyWithStrings } from './lazy-part.ts';
import { Actions } from './score-tool/Actions.tsx';
import { InputForm } from './score-tool/InputForm.tsx';
import type { ImportResult } from '../lib/survey-import/types.ts';
import { figureName, marketName } from './score-tool/labels.ts';
import { ResultsView } from './score-tool/ResultsView.tsx';
import './score-tool/score-tool.css';

// Loaded on demand: Chart.js only when there is a chart to draw, the import panel (its worker holds PapaParse)
// only when the survey-file mode is chosen.
// Each comes with its words in the page's language only (lazy-part.ts), one lazy component per language.
const ScoreCharts = lazyWithStrings(
  () => import('./score-tool/ScoreChart.tsx'),
  (s) => [s.CHART_KIT_STRINGS],
);
const ImportPanels = lazyWithStrings(
  () => import('./import/ImportPanel.tsx'),
  (s) => [s.IMPORT_STRINGS, s.WORKBENCH_STRINGS],
);
// With the words of the insight pane it loads after it.
const ImportDetailsParts = lazyWithStrings(
  () => import('./import/ImportDetails.tsx'),
  (s) => [s.IMPORT_STRINGS, s.CHART_KIT_STRINGS, s.INSIGHT_STRINGS, s.METRIC_MODE_STRINGS],
);
// The placement (pipeline and its view) loads with the sector's figures, which come over the network anyway.
const PlacementView = lazy(() => import('./score-tool/PlacementView.tsx'));
type Pipeline = typeof import('../lib/score-pipeline.ts');
// Two waves, CSAT and CES: their own inputs and results, loaded when one is chosen.
const MetricModesParts = lazyWithStrings(
  () => import('./score-tool/MetricModes.tsx'),
  (s) => [s.METRIC_MODE_STRINGS],
);

const MODES: readonly ToolMode[] = ['score', 'counts', 'answers', 'file'];
// Modes that place nothing among a sector's benchmarks: the full tool only.
const STANDALONE_MODES: readonly ToolMode[] = [...MODES, 'change', 'csat', 'ces'];

export interface ScoreToolProps {
  locale: Locale;
  /** The page language's strings (given by ScoreToolEn.tsx / ScoreToolFr.tsx, so one language ships). */
  t: ScoreToolStrings;
  /** Sectors for the menu (on a sector page, just that sector), names in the page's language. */
  sectors: { id: string; name: string }[];
  /** Set on a sector page: the sector is fixed and the page's filters choose the figures. */
  fixedSector?: string | undefined;
  /** Where the full tool is (shown on a sector page). */
  fullToolHref?: string | undefined;
}

type FiguresState = { sector: string; status: 'loading' | 'ready' | 'error'; figures: BenchmarkFigure[]; pipeline?: Pipeline };

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

export default function ScoreTool({ locale, t, sectors, fixedSector, fullToolHref }: ScoreToolProps) {
  const embedded = fixedSector !== undefined;
  const ScoreChart = ScoreCharts[locale];
  const ImportPanel = ImportPanels[locale];
  const ImportDetails = ImportDetailsParts[locale];
  const MetricModes = MetricModesParts[locale];
  const idPrefix = embedded ? 'st-embedded' : 'st';
  const [params, setParams] = useState<ToolParams>(() => ({ ...emptyParams(), sector: fixedSector ?? '' }));
  // The number of respondents belongs to the score mode: kept aside while another mode is in use, so counts typed
  // there are never checked against it (a link that states both is still checked).
  const scoreModeN = useRef('');
  const [unknownMode, setUnknownMode] = useState<string | undefined>();
  const [pageFilters, setPageFilters] = useState<FigureFilters>({});
  const [figuresState, setFiguresState] = useState<FiguresState | null>(null);
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  // The page's address, for the line the print view shows under the results.
  const [shareUrl, setShareUrl] = useState('');
  const edited = useRef(false);
  // The newest params, for the page filters' listener (set up once); updated after each render, before effects run.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  });
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
  /* eslint-disable react-hooks/set-state-in-effect -- hydration must match the server render, so the address is read after it */
  useEffect(() => {
    const search = window.location.search;
    const read = readParams(search);
    if (embedded) {
      // The page owns these: its sector is fixed, its filters choose the figures.
      read.sector = fixedSector ?? '';
      read.grade = '';
      read.market = '';
      read.type = '';
      read.from = '';
      read.to = '';
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
  /* eslint-enable react-hooks/set-state-in-effect */

  useEffect(() => {
    if (edited.current) writeUrl(params);
  }, [params, writeUrl]);

  const update = useCallback((change: Partial<ToolParams>) => {
    edited.current = true;
    setUnknownMode(undefined);
    setParams((previous) => {
      const next = { ...previous, ...change };
      if (change.mode !== undefined && change.mode !== previous.mode) {
        if (previous.mode === 'score') {
          scoreModeN.current = previous.n;
          next.n = '';
        } else if (change.mode === 'score' && next.n === '') next.n = scoreModeN.current;
      }
      return next;
    });
  }, []);

  const sectorIds = useMemo(() => sectors.map((s) => s.id), [sectors]);
  const validated = useMemo(() => validateParams(params, { sectors: sectorIds, unknownMode }), [params, sectorIds, unknownMode]);
  const { options } = validated;
  const sectorId = embedded ? fixedSector : options.sector;
  const sectorName = sectors.find((s) => s.id === sectorId)?.name ?? '';

  useEffect(() => {
    if (!sectorId) return undefined;
    let cancelled = false;
    Promise.all([loadFigures(sectorId), import('../lib/score-pipeline.ts')]).then(
      ([figures, pipeline]) => !cancelled && setFiguresState({ sector: sectorId, status: 'ready', figures, pipeline }),
      () => !cancelled && setFiguresState({ sector: sectorId, status: 'error', figures: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, [sectorId]);

  // A sector whose figures have not arrived yet is loading (the state still holds the previous sector's).
  const figuresStatus = figuresState && figuresState.sector === sectorId ? figuresState.status : 'loading';
  const ready = figuresState?.status === 'ready' && figuresState.sector === sectorId ? figuresState : null;
  const figures = ready?.figures ?? null;
  const pipeline = ready?.pipeline ?? null;
  // Which benchmarks: on a sector page its filters, written in the link's terms (so "Open in the full score tool"
  // carries the very same settings); on /compare/ the link's, with the defaults of score-pipeline.ts.
  const rawSettings = useMemo((): RawBenchmarkSettings => {
    if (embedded) {
      const { market, type, from, to, grade } = pageFilters;
      return {
        minGrade: grade ?? DEFAULT_MIN_GRADE,
        market: market ?? 'all',
        from: from !== undefined ? String(from) : to !== undefined ? '' : 'all',
        to: to !== undefined ? String(to) : '',
        type,
        peers: options.peers,
      };
    }
    return { minGrade: options.minGrade, market: options.market ?? '', from: options.from ?? '', to: options.to ?? '', type: options.type, peers: options.peers };
  }, [embedded, pageFilters, options]);
  const resolved = useMemo(
    () => (figures && pipeline ? pipeline.resolveSettings(rawSettings, figures, locale, new Date().getFullYear()) : null),
    [figures, pipeline, rawSettings, locale],
  );

  const errors = useMemo(
    (): FieldError[] => [...validated.errors, ...(resolved?.problems ?? []).map((p): FieldError => ({ field: p.field, code: p.code, value: p.value }))],
    [validated.errors, resolved],
  );
  const blocked = errors.some(blocksResults);
  const errorsFor = useCallback((field: FieldName, index?: number) => errors.filter((e) => e.field === field && e.index === index).map((e) => t.error(e)), [errors, t]);
  const outcome = useMemo(() => (blocked ? null : computeResults(validated.input, options, importResult?.counts ?? null)), [blocked, validated.input, options, importResult]);
  const fromFile = validated.input?.kind === 'file' && importResult !== null;
  const results = outcome?.ok ? outcome.results : null;
  const level = String(Math.round(options.confidence * 100));

  const view = useMemo(
    () =>
      results && figures && resolved && pipeline
        ? pipeline.scoreView({
            results,
            figures,
            settings: resolved.settings,
            confidence: options.confidence,
            surveyType: options.surveyType,
            label: (f) => figureName(f, t, locale),
            yourLabel: t.yourScore,
          })
        : null,
    [results, figures, resolved, pipeline, options.confidence, options.surveyType, t, locale],
  );
  const selection = view?.selection ?? null;
  const placement = view?.placement ?? null;
  const chartRows = view?.chartRows ?? [];
  const settingsText = useMemo(() => {
    if (!resolved || !view) return '';
    const { settings: s, defaulted } = resolved;
    const market = s.market ? marketName(s.market, locale, t) : t.marketAll.toLocaleLowerCase(LOCALE_TAGS[locale]);
    const years =
      s.from !== undefined && s.to !== undefined
        ? t.yearsRange(String(s.from), String(s.to))
        : s.from !== undefined
          ? t.yearsFrom(String(s.from))
          : s.to !== undefined
            ? t.yearsTo(String(s.to))
            : t.yearsAll;
    const peerNames = s.peers ? resolved.available.companies.filter((c) => s.peers?.includes(c.id)).map((c) => c.name) : [];
    return t.benchmarksUsed(
      String(view.selection.companies.length),
      t.gradeOption(s.minGrade),
      defaulted.market ? t.withDefault(market) : market,
      defaulted.years ? (s.from !== undefined ? t.recentDefault(years) : t.withDefault(years)) : years,
      s.type ? t.surveyType[s.type] : null,
      peerNames.length > 0 ? new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(peerNames) : null,
    );
  }, [resolved, view, locale, t]);

  const hasBounds = (selection?.companies ?? []).some((f) => !isExact(f));
  // After a file is read, the link carries its count of each answer (never its rows), so it reproduces the score.
  const fileShareParams = fromFile && importResult ? { ...params, mode: 'answers' as const, answers: importResult.counts.map(String) } : null;
  const shareLink = () => {
    if (!fileShareParams) return window.location.href;
    const query = mergeQuery(window.location.search, writeParams(fileShareParams), owned);
    return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
  };
  const fileBase = `nps-${sectorId ?? 'score'}`;
  // The CSV's module (rows, labels, the CSV writer) loads on the first download, keeping it out of the first load.
  const csv = async () => {
    const { buildResultsCsv, loadFileCsvWords } = await import('./score-tool/csv-rows.ts');
    const breakdowns = fromFile ? (importResult ?? undefined) : undefined;
    return buildResultsCsv({
      locale,
      t,
      results: results!,
      level,
      sectorName,
      selection: selection ?? undefined,
      placement: placement ?? undefined,
      verdicts: view?.verdicts,
      rowsSkipped: fromFile ? importResult?.skipped.total : undefined,
      breakdowns,
      fileWords: breakdowns ? await loadFileCsvWords(locale) : undefined,
    });
  };
  // The panel stays mounted once opened, so switching modes and back keeps the file that was read.
  const [fileOpened, setFileOpened] = useState(false);
  if (params.mode === 'file' && !fileOpened) setFileOpened(true); // React's "adjust state while rendering": no extra effect pass
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
        modes={embedded ? MODES : STANDALONE_MODES}
        sectors={embedded ? undefined : sectors}
        benchmarkOptions={
          resolved
            ? {
                embedded,
                settings: resolved.settings,
                markets: resolved.available.markets.map((code) => ({ code, name: marketName(code, locale, t) })),
                years: resolved.available.years,
                types: [...new Set((figures ?? []).map((f) => f.surveyType))],
                companies: resolved.available.companies,
              }
            : undefined
        }
        fileSlot={fileSlot}
      />

      {isMetricMode(params.mode) && (
        <Suspense fallback={null}>
          <MetricModes locale={locale} mode={params.mode} confidence={options.confidence} idPrefix={idPrefix} />
        </Suspense>
      )}
      <section className="st-results" aria-labelledby={`${idPrefix}-results-title`} aria-live="polite" hidden={isMetricMode(params.mode)}>
        <h2 id={`${idPrefix}-results-title`} className={embedded ? 'visually-hidden' : undefined}>
          {t.resultsTitle}
        </h2>
        {blocked && (
          <div className="st-errors-summary" data-testid="errors-summary">
            <p>{t.errorsTitle}</p>
            <ul>
              {errors.map((e) => (
                <li key={`${e.field}-${e.index ?? ''}-${e.code}`}>
                  {t.fieldNames[e.field]}
                  {t.labelColon}
                  {t.error(e)}
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
        {!results && !blocked && !(outcome && !outcome.ok) && params.mode !== 'file' && <p className="st-note">{t.emptyResults}</p>}
        {results && (
          <>
            <p className="st-print-only">{t.printedFrom(shareUrl, new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long' }).format(new Date()))}</p>
            <ResultsView locale={locale} t={t} results={results} level={level} />
            {fromFile && importResult && (
              <Suspense fallback={null}>
                <ImportDetails locale={locale} result={importResult} confidence={options.confidence} />
              </Suspense>
            )}
            {sectorId && (
              <section className="st-sector" aria-labelledby={`${idPrefix}-placement-title`}>
                <h3 id={`${idPrefix}-placement-title`}>{t.placementTitle(sectorName)}</h3>
                {figuresStatus === 'loading' && <p className="st-note">{t.loading}</p>}
                {figuresStatus === 'error' && (
                  <p className="st-error" role="status">
                    {t.loadFailed}
                  </p>
                )}
                {view && (
                  <Suspense fallback={<p className="st-note">{t.loading}</p>}>
                    <PlacementView
                      locale={locale}
                      t={t}
                      sectorName={sectorName}
                      results={results}
                      view={view}
                      settingsText={settingsText}
                      level={level}
                      chart={
                        chartRows.length > 1 ? (
                          <figure className="st-figure" ref={chartContainer}>
                            <Suspense fallback={<div className="st-chart-placeholder" />}>
                              <ScoreChart
                                locale={locale}
                                rows={chartRows}
                                label={t.chartLabel(sectorName)}
                                t={t}
                                settings={{ sectorName, text: settingsText, level, figures: view.selection.companies }}
                              />
                            </Suspense>
                            {hasBounds && <figcaption className="st-hint">{t.chartBoundsNote}</figcaption>}
                          </figure>
                        ) : null
                      }
                    />
                  </Suspense>
                )}
              </section>
            )}
            {!sectorId && <p className="st-note">{t.chooseSector}</p>}
            <Actions
              t={t}
              chartContainer={chartContainer}
              hasChart={chartRows.length > 1}
              csv={csv}
              fileBase={fileBase}
              link={shareLink}
              linkNote={fileShareParams ? t.fileLinkNote : undefined}
            />
          </>
        )}
        {embedded && fullToolHref && (
          <p className="no-print">
            <a
              href={`${fullToolHref}?${writeParams({ ...(fileShareParams ?? params), sector: fixedSector ?? '', grade: pageFilters.grade ?? '', market: rawSettings.market, type: rawSettings.type ?? '', from: rawSettings.from, to: rawSettings.to })}`}
              data-testid="open-full-tool"
            >
              {t.openFullTool}
            </a>
          </p>
        )}
      </section>
    </div>
  );
}
