/**
 * A sector's figures as ranked horizontal bars (values highest first, then bounds, hatched), sector
 * averages as reference lines, 95% intervals as error bars where published. Follows the page's
 * filters: reads them from the URL on mount, then listens for the filter script's event.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import type { Chart as ChartJS, ChartOptions, TooltipItem } from 'chart.js';
import { FILTER_EVENT, type FigureFilters, matchesFilters, parseFilters } from '../lib/filters.ts';
import { formatNps } from '../lib/format.ts';
import type { Locale } from '../lib/i18n.ts';
import { axisRange } from '../lib/ranking.ts';
import type { Grade, SurveyType } from '../lib/schema.ts';
import { registerSectorChart } from './chart-setup.ts';
import { barLabels, REFERENCE_LABEL_HEIGHT, REFERENCE_LABEL_ROWS, referenceLines, whiteBackground } from './chart-plugins.ts';
import { FONT, GRADE_COLOURS, GRID, INK, MUTED, hatch } from './chart-theme.ts';

registerSectorChart();

/** One bar: a company figure. `bound` figures are drawn hatched and never as values. */
export interface SectorBar {
  id: string;
  /** Text drawn above the bar: company (scope) · figure · grade · year. */
  label: string;
  /** Tooltip lines: source, period, market, survey type, n, interval. */
  details: string[];
  value: number;
  bound: boolean;
  grade: Grade;
  low?: number | undefined;
  high?: number | undefined;
  href: string;
  market?: string | undefined;
  type: SurveyType;
  period?: string | undefined;
}

/** One sector average, drawn as a vertical line. */
export interface SectorLine {
  id: string;
  value: number;
  text: string;
  bound: boolean;
  grade: Grade;
  market?: string | undefined;
  type: SurveyType;
  period?: string | undefined;
}

export interface SectorChartProps {
  locale: Locale;
  bars: SectorBar[];
  lines: SectorLine[];
  /** Text alternative template with `{count}`, `{top}` and `{bottom}`. */
  altTemplate: string;
  /** Sentence added to the text alternative when sector averages are drawn. */
  altAverages: string;
  altEmpty: string;
  downloadLabel: string;
  fileName: string;
}

/** A bar's data point: value on x, id on y, and the interval when published. */
type BarPoint = { x: number; y: string; xMin?: number; xMax?: number };

const ROW = 38;
const AXIS = 34;

export default function SectorChart({ locale, bars, lines, altTemplate, altAverages, altEmpty, downloadLabel, fileName }: SectorChartProps) {
  const [mounted, setMounted] = useState(false);
  const [filters, setFilters] = useState<FigureFilters>({});
  const chartRef = useRef<ChartJS<'barWithErrorBars', BarPoint[]> | null>(null);
  const plugins = useMemo(() => [whiteBackground<'barWithErrorBars'>(), referenceLines<'barWithErrorBars'>(), barLabels<'barWithErrorBars'>()], []);

  useEffect(() => {
    setFilters(parseFilters(window.location.search).filters);
    setMounted(true);
    const onFilters = (event: Event) => setFilters((event as CustomEvent<FigureFilters>).detail ?? {});
    document.addEventListener(FILTER_EVENT, onFilters);
    return () => document.removeEventListener(FILTER_EVENT, onFilters);
  }, []);

  const shownBars = useMemo(
    () => bars.filter((b) => matchesFilters({ market: b.market, surveyType: b.type, grade: b.grade, period: b.period }, filters)),
    [bars, filters],
  );
  const shownLines = useMemo(
    () => lines.filter((l) => matchesFilters({ market: l.market, surveyType: l.type, grade: l.grade, period: l.period }, filters)),
    [lines, filters],
  );

  const values = [
    ...shownBars.flatMap((b) => [b.value, b.low ?? b.value, b.high ?? b.value]),
    ...shownLines.map((l) => l.value),
  ];
  const { min, max } = axisRange(values);
  const topPadding = shownLines.length > 0 ? REFERENCE_LABEL_ROWS * REFERENCE_LABEL_HEIGHT + 6 : 8;
  const height = Math.max(1, shownBars.length) * ROW + AXIS + topPadding;
  const ranked = shownBars.filter((b) => !b.bound);
  const alt =
    shownBars.length === 0
      ? altEmpty
      : altTemplate
          .replace('{count}', String(shownBars.length))
          .replace('{top}', (ranked[0] ?? shownBars[0])?.label ?? '')
          .replace('{bottom}', (ranked.at(-1) ?? shownBars.at(-1))?.label ?? '') + (shownLines.length > 0 ? ` ${altAverages}` : '');

  const data = {
    labels: shownBars.map((b) => b.id),
    datasets: [
      {
        data: shownBars.map((b): BarPoint => ({
          x: b.value,
          y: b.id,
          ...(b.low !== undefined && b.high !== undefined ? { xMin: b.low, xMax: b.high } : {}),
        })),
        // A bar with an interval is drawn lighter so its whisker stays visible.
        backgroundColor: shownBars.map((b) => (b.bound ? hatch(GRADE_COLOURS[b.grade]) : b.low !== undefined ? `${GRADE_COLOURS[b.grade]}99` : GRADE_COLOURS[b.grade])),
        borderColor: shownBars.map((b) => GRADE_COLOURS[b.grade]),
        borderWidth: shownBars.map((b) => (b.bound ? 2 : 0)),
        barThickness: 14,
        errorBarColor: INK,
        errorBarWhiskerColor: INK,
        errorBarLineWidth: 2,
        errorBarWhiskerLineWidth: 2,
        errorBarWhiskerSize: 12,
      },
    ],
  };

  const options: ChartOptions<'barWithErrorBars'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    layout: { padding: { top: topPadding, right: 12, left: 4 } },
    scales: {
      y: { type: 'category', ticks: { display: false }, grid: { display: false }, border: { display: false } },
      x: {
        type: 'linear',
        min,
        max,
        ticks: { color: MUTED, font: { family: FONT, size: 11 }, callback: (value) => formatNps(Number(value), locale) },
        grid: { color: (ctx) => (ctx.tick?.value === 0 ? MUTED : GRID) },
      },
    },
    plugins: {
      barLabels: { labels: shownBars.map((b) => b.label) },
      referenceLines: { lines: shownLines.map((l) => ({ value: l.value, text: l.text, bound: l.bound })) },
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<'barWithErrorBars'>[]) => shownBars[items[0]?.dataIndex ?? 0]?.label ?? '',
          label: (item: TooltipItem<'barWithErrorBars'>) => shownBars[item.dataIndex]?.details ?? [],
        },
      },
    },
    onClick: (_event, elements) => {
      const bar = shownBars[elements[0]?.index ?? -1];
      if (bar) window.location.href = bar.href;
    },
  };

  const download = () => {
    const chart = chartRef.current;
    if (!chart) return;
    const link = document.createElement('a');
    link.href = chart.toBase64Image('image/png', 1);
    link.download = fileName;
    link.click();
  };

  return (
    <div className="chart-island">
      {/* Rendered empty on the server (reserving the chart's height, and giving client:visible something to observe); hidden without scripting. */}
      <div className="chart-box" style={{ height: `${height}px` }}>
        {mounted && (
        <Chart
          ref={chartRef}
          type="barWithErrorBars"
          data={data}
          options={options}
          plugins={plugins}
          role="img"
          aria-label={alt}
          data-testid="sector-chart"
          data-bars={shownBars.length}
        />
        )}
      </div>
      {mounted && (
        <button type="button" className="chart-download no-print" onClick={download}>
          {downloadLabel}
        </button>
      )}
    </div>
  );
}
