/**
 * What a survey file adds beyond the overall score: NPS by month and by segment, each with its interval at
 * the tool's confidence (adjusted Wald, from nps-stats.ts), as a chart and a table; and the detractors with their
 * comments as a CSV download, so the team can close the loop.
 */
import type { Chart as ChartJS, ChartOptions, TooltipItem } from 'chart.js';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useHydrated } from '../hydrated.ts';
import { Chart } from 'react-chartjs-2';
import { downloadChartPng, downloadCsv } from '../../charts/export.ts';
import { intervals, whiteBackground } from '../../charts/plugins.ts';
import { registerBarChart } from '../../charts/register.ts';
import { BAR, FONT, GRID, INK, MUTED } from '../../lib/chart-kit/palette.ts';
import type { ChartKitStrings } from '../../lib/chart-kit/strings.ts';
import { CSV_MEDIA_TYPE, csvFormatFor } from '../../lib/csv-write.ts';
import { formatCount, formatNps, formatPartialDate } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { countsFromAnswers, totalResponses } from '../../lib/nps-stats.ts';
import { steppedRange } from '../../lib/ranking.ts';
import { detractorsCsv } from '../../lib/survey-import/detractors-csv.ts';
import { type GroupRow, groupRows } from '../../lib/survey-import/groups.ts';
import { trendAltText } from '../../lib/survey-import/insight-view.ts';
import type { ImportStrings } from '../../lib/survey-import/strings.ts';
import { CHART_KIT_STRINGS, IMPORT_STRINGS, INSIGHT_STRINGS, stringsOf } from '../../lib/lazy-strings.ts';
import { type ImportResult, MAX_COMMENT_CHARS } from '../../lib/survey-import/types.ts';
import './import.css';

registerBarChart();

// Comparing the file's periods, segments and questions, and what its detractors say: loaded after these details.
// Its words came with these details (ScoreTool.tsx loads them with this part).
const ImportInsight = lazy(() => import('./ImportInsight.tsx'));

export interface ImportDetailsProps {
  locale: Locale;
  result: ImportResult;
  /** The tool's confidence level (0.9, 0.95 or 0.99) for the intervals; 0.95 unless told. */
  confidence?: number;
}

function intervalText(row: GroupRow, locale: Locale, t: ImportStrings): string {
  return t.intervalRange(formatNps(row.low, locale), formatNps(row.high, locale));
}

const plugins = [whiteBackground<'bar'>(), intervals<'bar'>()];

interface BreakdownChartProps {
  rows: GroupRow[];
  locale: Locale;
  horizontal: boolean;
  alt: string;
  testId: string;
  /** The PNG's title and settings line, and the file names of both downloads. */
  title: string;
  settings: string;
  fileBase: string;
  /** The table's headings, for the CSV. */
  firstColumn: string;
  /** The interval level shown, in percent. */
  level: string;
  t: ImportStrings;
  k: ChartKitStrings;
}

/** A month or segment chart with its PNG and CSV downloads (the CSV holds the table's rows, numbers as numbers). */
function BreakdownChart({ rows, locale, horizontal, alt, testId, title, settings, fileBase, firstColumn, level, t, k }: BreakdownChartProps) {
  const chartRef = useRef<ChartJS<'bar'> | null>(null);
  const data = {
    labels: rows.map((row) => row.label),
    datasets: [{ data: rows.map((row) => row.nps), backgroundColor: BAR, maxBarThickness: 28 }],
  };
  const low = Math.min(0, ...rows.map((row) => row.low));
  const high = Math.max(0, ...rows.map((row) => row.high));
  const range = steppedRange(low - 5, high + 5);
  const valueScale = {
    type: 'linear' as const,
    min: range.min,
    max: range.max,
    ticks: { stepSize: range.stepSize, color: MUTED, font: { family: FONT, size: 11 }, callback: (value: string | number) => formatNps(Number(value), locale) },
    grid: { color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? MUTED : GRID) },
  };
  const categoryScale = { type: 'category' as const, ticks: { color: INK, font: { family: FONT, size: 12 } }, grid: { display: false } };
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
    plugins: {
      intervals: { intervals: rows.map((row) => ({ low: row.low, high: row.high })), whisker: 8 },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar'>) => {
            const row = rows[item.dataIndex];
            return row ? `NPS ${formatNps(row.nps, locale)} (${intervalText(row, locale, t)}), n = ${formatCount(row.n, locale)}` : '';
          },
        },
      },
    },
  };
  const height = horizontal ? rows.length * 34 + 48 : undefined;
  const png = () => {
    const chart = chartRef.current;
    if (!chart) return;
    void downloadChartPng(
      chart,
      {
        title,
        settings: [settings],
        legend: [
          { text: k.barNps, colour: BAR, kind: 'fill' },
          { text: k.whisker(level), colour: INK, kind: 'whisker' },
        ],
        sources: [],
        address: window.location.href,
        date: new Date(),
      },
      locale,
      `${fileBase}.png`,
    );
  };
  const csv = () => downloadCsv([[firstColumn, t.colN, t.colNps, k.low, k.high], ...rows.map((row) => [row.label, row.n, row.nps, row.low, row.high])], locale, `${fileBase}.csv`);
  return (
    <>
      <div className={`import-chart${horizontal ? ' import-chart--segments' : ''}`} style={height ? { height: `${height}px` } : undefined}>
        <Chart ref={chartRef} type="bar" data={data} options={options} plugins={plugins} role="img" aria-label={alt} data-testid={testId} />
      </div>
      <div className="chart-actions">
        <button type="button" onClick={png} data-testid={`${testId}-png`}>
          {k.downloadPng}
        </button>
        <button type="button" onClick={csv} data-testid={`${testId}-csv`}>
          {k.downloadCsv}
        </button>
      </div>
    </>
  );
}

function BreakdownTable({
  rows,
  locale,
  t,
  firstColumn,
  testId,
  level,
}: {
  rows: GroupRow[];
  locale: Locale;
  t: ImportStrings;
  firstColumn: string;
  testId: string;
  level: string;
}) {
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col" className="num">
              {t.colN}
            </th>
            <th scope="col" className="num">
              {t.colNps}
            </th>
            <th scope="col" className="num">
              {t.colInterval(level)}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key} data-n={row.n} data-value={row.nps} data-low={row.low} data-high={row.high}>
              <th scope="row">{row.label}</th>
              <td className="num">{formatCount(row.n, locale)}</td>
              <td className="num">{formatNps(row.nps, locale)}</td>
              <td className="num">{intervalText(row, locale, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ImportDetails({ locale, result, confidence = 0.95 }: ImportDetailsProps) {
  const [t, k, insightWords] = stringsOf(locale, IMPORT_STRINGS, CHART_KIT_STRINGS, INSIGHT_STRINGS);
  const level = String(Math.round(confidence * 100));
  const id = useId();
  // Charts draw on a canvas: render them after hydration only, the tables carry the figures before that.
  const mounted = useHydrated();

  const months = groupRows(
    (result.byMonth ?? []).map((m) => ({ key: m.month, label: formatPartialDate(m.month, locale), counts: m.counts })),
    confidence,
  );
  const segments = groupRows(
    (result.bySegment ?? []).map((s) => ({
      key: s.kind ? `(${s.kind})` : s.segment,
      label: s.kind === 'blank' ? t.blankSegment : s.kind === 'other' ? t.otherSegments : s.segment,
      counts: s.counts,
    })),
    confidence,
  );

  const [downloadError, setDownloadError] = useState<string | null>(null);
  const settings = k.fromFile(formatCount(totalResponses(countsFromAnswers(result.counts)), locale), level);
  const download = () => {
    setDownloadError(null);
    try {
      const csv = detractorsCsv(result, t.csvHeaders, csvFormatFor(locale), (total, kept) => t.commentCutNote(formatCount(total, locale), formatCount(kept, locale)));
      const url = URL.createObjectURL(new Blob([csv], { type: CSV_MEDIA_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = t.detractorsFile;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      // Never a silent failure: say why beside the button (e.g. the browser ran out of memory for the file).
      setDownloadError(t.downloadFailed(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
    }
  };

  return (
    <div className="import-details">
      {months.length > 0 && (
        <section aria-labelledby={`${id}-months`}>
          <h3 id={`${id}-months`}>{t.byMonthTitle}</h3>
          {mounted && (
            <BreakdownChart
              rows={months}
              locale={locale}
              horizontal={false}
              alt={trendAltText(months, level, locale, insightWords)}
              testId="import-month-chart"
              title={t.byMonthTitle}
              settings={settings}
              fileBase="nps-by-month"
              firstColumn={t.colMonth}
              level={level}
              t={t}
              k={k}
            />
          )}
          <BreakdownTable rows={months} locale={locale} t={t} firstColumn={t.colMonth} testId="nps-by-month" level={level} />
        </section>
      )}
      {segments.length > 0 && (
        <section aria-labelledby={`${id}-segments`}>
          <h3 id={`${id}-segments`}>{t.bySegmentTitle}</h3>
          {mounted && (
            <BreakdownChart
              rows={segments}
              locale={locale}
              horizontal
              alt={t.chartSegmentAlt(segments.length, level)}
              testId="import-segment-chart"
              title={t.bySegmentTitle}
              settings={settings}
              fileBase="nps-by-segment"
              firstColumn={t.colSegment}
              level={level}
              t={t}
              k={k}
            />
          )}
          <BreakdownTable rows={segments} locale={locale} t={t} firstColumn={t.colSegment} testId="nps-by-segment" level={level} />
        </section>
      )}
      {(months.length > 0 || segments.length > 0) && <p className="hint">{t.intervalNote(level)}</p>}
      <section aria-labelledby={`${id}-detractors`}>
        <h3 id={`${id}-detractors`}>{t.detractorsTitle}</h3>
        <p data-testid="detractors-count" data-value={result.detractorsTotal}>
          {result.detractorsTotal === 0
            ? t.detractorsNone
            : result.detractorsCapped
              ? t.detractorsCapped(formatCount(result.detractors.length, locale), formatCount(result.detractorsTotal, locale))
              : t.detractorsCount(formatCount(result.detractorsTotal, locale))}
        </p>
        {result.detractors.length > 0 && (
          <button type="button" data-testid="download-detractors" onClick={download} aria-describedby={downloadError ? `${id}-download-error` : undefined}>
            {t.downloadDetractors}
          </button>
        )}
        {downloadError && (
          <p id={`${id}-download-error`} className="field-error" role="alert" data-testid="download-error">
            {downloadError}
          </p>
        )}
        {result.commentsCut > 0 && (
          <p className="hint" data-testid="comments-cut" data-value={result.commentsCut}>
            {t.commentsCut(result.commentsCut, formatCount(result.commentsCut, locale), formatCount(MAX_COMMENT_CHARS, locale))}
          </p>
        )}
      </section>
      <Suspense fallback={null}>
        <ImportInsight locale={locale} result={result} confidence={confidence} />
      </Suspense>
    </div>
  );
}
