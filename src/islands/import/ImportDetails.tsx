/**
 * What a survey file adds beyond the overall score: NPS by month and by segment, each with its 95%
 * interval (adjusted Wald, from nps-stats.ts), as a chart and a table; and the detractors with their
 * comments as a CSV download, so the team can close the loop.
 */
import { CategoryScale, Chart as ChartJS, type ChartOptions, LinearScale, Tooltip, type TooltipItem } from 'chart.js';
import { BarWithErrorBar, BarWithErrorBarsController } from 'chartjs-chart-error-bars';
import { useEffect, useId, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import { CSV_MEDIA_TYPE, csvFormatFor } from '../../lib/csv-write.ts';
import { formatCount, formatNps, formatPartialDate } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { countsFromAnswers, npsFromCounts, npsInterval, totalResponses } from '../../lib/nps-stats.ts';
import { detractorsCsv } from '../../lib/survey-import/detractors-csv.ts';
import { type ImportStrings, importStrings } from '../../lib/survey-import/strings.ts';
import { type ImportResult, MAX_COMMENT_CHARS } from '../../lib/survey-import/types.ts';
import './import.css';

ChartJS.register(BarWithErrorBarsController, BarWithErrorBar, CategoryScale, LinearScale, Tooltip);

export interface ImportDetailsProps {
  locale: 'en' | 'fr';
  result: ImportResult;
}

/** One row of a breakdown table / one bar: a month or a segment. */
export interface GroupRow {
  key: string;
  label: string;
  n: number;
  nps: number;
  low: number;
  high: number;
}

/** Score and interval of each group that has at least one answer. */
export function groupRows(groups: ReadonlyArray<{ key: string; label: string; counts: readonly number[] }>): GroupRow[] {
  return groups.flatMap(({ key, label, counts }) => {
    const grouped = countsFromAnswers(counts);
    const n = totalResponses(grouped);
    if (n === 0) return [];
    const interval = npsInterval(grouped);
    return [{ key, label, n, nps: npsFromCounts(grouped), low: interval.low, high: interval.high }];
  });
}

function intervalText(row: GroupRow, locale: Locale): string {
  return `${formatNps(row.low, locale)} ${locale === 'fr' ? 'à' : 'to'} ${formatNps(row.high, locale)}`;
}

// The site's palette (global.css tokens), repeated because a canvas can't read CSS variables.
const BAR = '#0b5cad';
const INK = '#1b1f24';
const MUTED = '#59636e';
const GRID = '#e3e7eb';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

function BreakdownChart({ rows, locale, horizontal, alt, testId }: { rows: GroupRow[]; locale: Locale; horizontal: boolean; alt: string; testId: string }) {
  const valueAxis = horizontal ? 'x' : 'y';
  const data = {
    labels: rows.map((row) => row.label),
    datasets: [
      {
        data: rows.map((row) =>
          horizontal ? { x: row.nps, y: row.label, xMin: row.low, xMax: row.high } : { x: row.label, y: row.nps, yMin: row.low, yMax: row.high },
        ),
        backgroundColor: BAR,
        errorBarColor: INK,
        errorBarWhiskerColor: INK,
        errorBarLineWidth: 1.5,
        errorBarWhiskerLineWidth: 1.5,
        errorBarWhiskerSize: 8,
        maxBarThickness: 28,
      },
    ],
  };
  const low = Math.min(0, ...rows.map((row) => row.low));
  const high = Math.max(0, ...rows.map((row) => row.high));
  const valueScale = {
    type: 'linear' as const,
    min: Math.max(-100, Math.floor((low - 5) / 10) * 10),
    max: Math.min(100, Math.ceil((high + 5) / 10) * 10),
    ticks: { color: MUTED, font: { family: FONT, size: 11 }, callback: (value: string | number) => formatNps(Number(value), locale) },
    grid: { color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? MUTED : GRID) },
  };
  const categoryScale = { type: 'category' as const, ticks: { color: INK, font: { family: FONT, size: 12 } }, grid: { display: false } };
  const options: ChartOptions<'barWithErrorBars'> = {
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: valueAxis === 'x' ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
    plugins: {
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'barWithErrorBars'>) => {
            const row = rows[item.dataIndex];
            return row ? `NPS ${formatNps(row.nps, locale)} (${intervalText(row, locale)}), n = ${formatCount(row.n, locale)}` : '';
          },
        },
      },
    },
  };
  const height = horizontal ? rows.length * 34 + 48 : undefined;
  return (
    <div className={`import-chart${horizontal ? ' import-chart--segments' : ''}`} style={height ? { height: `${height}px` } : undefined}>
      <Chart type="barWithErrorBars" data={data} options={options} role="img" aria-label={alt} data-testid={testId} />
    </div>
  );
}

function BreakdownTable({ rows, locale, t, firstColumn, testId }: { rows: GroupRow[]; locale: Locale; t: ImportStrings; firstColumn: string; testId: string }) {
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
              {t.colInterval}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key} data-n={row.n} data-value={row.nps} data-low={row.low} data-high={row.high}>
              <th scope="row">{row.label}</th>
              <td className="num">{formatCount(row.n, locale)}</td>
              <td className="num">{formatNps(row.nps, locale)}</td>
              <td className="num">{intervalText(row, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ImportDetails({ locale, result }: ImportDetailsProps) {
  const t = importStrings[locale];
  const id = useId();
  // Charts draw on a canvas: render them after hydration only, the tables carry the figures before that.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const months = groupRows((result.byMonth ?? []).map((m) => ({ key: m.month, label: formatPartialDate(m.month, locale), counts: m.counts })));
  const segments = groupRows(
    (result.bySegment ?? []).map((s) => ({
      key: s.kind ? `(${s.kind})` : s.segment,
      label: s.kind === 'blank' ? t.blankSegment : s.kind === 'other' ? t.otherSegments : s.segment,
      counts: s.counts,
    })),
  );

  const [downloadError, setDownloadError] = useState<string | null>(null);
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
            <BreakdownChart rows={months} locale={locale} horizontal={false} alt={t.chartMonthAlt(months.length, months[0]?.label ?? '', months.at(-1)?.label ?? '')} testId="import-month-chart" />
          )}
          <BreakdownTable rows={months} locale={locale} t={t} firstColumn={t.colMonth} testId="nps-by-month" />
        </section>
      )}
      {segments.length > 0 && (
        <section aria-labelledby={`${id}-segments`}>
          <h3 id={`${id}-segments`}>{t.bySegmentTitle}</h3>
          {mounted && <BreakdownChart rows={segments} locale={locale} horizontal alt={t.chartSegmentAlt(segments.length)} testId="import-segment-chart" />}
          <BreakdownTable rows={segments} locale={locale} t={t} firstColumn={t.colSegment} testId="nps-by-segment" />
        </section>
      )}
      {(months.length > 0 || segments.length > 0) && <p className="hint">{t.intervalNote}</p>}
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
    </div>
  );
}
