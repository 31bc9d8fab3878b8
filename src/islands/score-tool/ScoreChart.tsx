/**
 * The placement chart: the user's score among the sector's company figures, as horizontal bars, with the user's
 * interval drawn as a shaded band across every peer (so a peer inside the band is visibly a tie at this sample
 * size) and a peer's own interval as a whisker where its n is published. Each bar is labelled above it with the
 * company, year, market and grade, wrapped (never cut) to the chart's width. Loaded lazily with Chart.js; built
 * from the chart kit (src/charts/); the same numbers are in the table under it.
 */
import type { Chart as ChartJS, ChartOptions } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import { downloadChartPng } from '../../charts/export.ts';
import { onExportRequest } from '../../charts/exportable.ts';
import { LABEL_LINE, band, barLabels, intervals, valueLabels, whiteBackground, wrapLabels } from '../../charts/plugins.ts';
import { registerBarChart } from '../../charts/register.ts';
import { placementExportMeta } from '../../lib/chart-kit/placement-export.ts';
import { CHART_KIT_STRINGS, stringsOf } from '../../lib/lazy-strings.ts';
import type { BenchmarkFigure } from '../../lib/placement.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';
import { FONT, GRADE_COLOURS, GRID, INK, MUTED, YOU, withAlpha } from '../../lib/chart-kit/palette.ts';
import { formatNps } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { axisRange } from '../../lib/ranking.ts';
import type { ChartRow } from '../../lib/score-pipeline.ts';

registerBarChart();

export interface ScoreChartProps {
  locale: Locale;
  rows: ChartRow[];
  /** Text alternative of the canvas. */
  label: string;
  t: ScoreToolStrings;
  /** The benchmark settings, which the PNG export states with the figures' sources (the legend follows the rows). */
  settings: { sectorName: string; text: string; level: string; figures: readonly BenchmarkFigure[] };
}

const plugins = [whiteBackground<'bar'>(), band<'bar'>(), barLabels<'bar'>(), intervals<'bar'>(), valueLabels<'bar'>()];
const AXIS = 34;

/** "Orange · 2023 · FR · A": the company, then its year, market and grade where known. */
export function peerLabel(row: ChartRow): string {
  return [row.label, row.year !== undefined ? String(Math.floor(row.year)) : '', row.market ?? '', row.grade ?? ''].filter(Boolean).join(' · ');
}

export default function ScoreChart({ locale, rows, label, t, settings }: ScoreChartProps) {
  const [chartWords] = stringsOf(locale, CHART_KIT_STRINGS);
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartJS<'bar'> | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    setWidth(box.clientWidth);
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const labels = useMemo(() => rows.map(peerLabel), [rows]);
  // Rows grow with the wrapped labels so a long name is never cut on a narrow phone.
  const lineCount = useMemo(() => {
    const ctx = typeof document === 'undefined' || width === 0 ? null : document.createElement('canvas').getContext('2d');
    if (!ctx) return 1;
    return Math.max(1, ...wrapLabels(ctx, labels, width - 24).map((lines) => lines.length));
  }, [labels, width]);

  const you = rows.find((r) => r.isYou);
  const values = rows.flatMap((r) => [r.value, r.low ?? r.value, r.high ?? r.value]);
  const { min, max } = axisRange(values);
  const data = {
    labels: rows.map((_, i) => String(i)),
    datasets: [
      {
        data: rows.map((r) => r.value),
        backgroundColor: rows.map((r) => (r.isYou ? YOU : r.low !== undefined ? withAlpha(GRADE_COLOURS[r.grade ?? 'D'], 0.6) : GRADE_COLOURS[r.grade ?? 'D'])),
        barThickness: 14,
      },
    ],
  };
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    layout: { padding: { top: 8 + (lineCount - 1) * (LABEL_LINE / 2), right: 44, left: 4 } },
    scales: {
      x: {
        min,
        max,
        grid: { color: (ctx) => (ctx.tick?.value === 0 ? MUTED : GRID) },
        ticks: { color: INK, font: { family: FONT }, callback: (value) => formatNps(Number(value), locale) },
      },
      y: { ticks: { display: false }, grid: { display: false }, border: { display: false } },
    },
    plugins: {
      legend: { display: false },
      band: { band: you?.low !== undefined && you.high !== undefined ? { low: you.low, high: you.high, colour: YOU } : undefined },
      barLabels: { labels },
      intervals: { intervals: rows.map((r) => (r.low !== undefined && r.high !== undefined ? { low: r.low, high: r.high } : undefined)), whisker: 12 },
      valueLabels: { labels: rows.map((r) => `${formatNps(r.value, locale)}${r.nApproximate ? ' ≈n' : ''}`) },
      tooltip: {
        callbacks: {
          title: (items) => labels[items[0]?.dataIndex ?? 0] ?? '',
          label: (item) => {
            const row = rows[item.dataIndex];
            if (!row) return '';
            return row.low !== undefined && row.high !== undefined
              ? `${formatNps(row.value, locale)} [${formatNps(row.low, locale)}; ${formatNps(row.high, locale)}]`
              : formatNps(row.value, locale);
          },
        },
      },
    },
  };
  const height = rows.length * (24 + LABEL_LINE * lineCount) + AXIS + 8 + (lineCount - 1) * (LABEL_LINE / 2);

  useEffect(() => {
    const canvas = chartRef.current?.canvas;
    const chart = chartRef.current;
    if (!canvas || !chart) return undefined;
    return onExportRequest(canvas, (fileName) => {
      const input = {
        words: chartWords.placement,
        rows,
        title: t.chartTitle(settings.sectorName),
        settings: [settings.text],
        level: settings.level,
        sources: settings.figures.map((f) => f.sourcePublisher ?? f.sourceTitle),
      };
      const meta = { ...placementExportMeta(input), address: window.location.href, date: new Date() };
      void downloadChartPng(chart, meta, locale, fileName);
    });
  });

  return (
    <div className="st-chart" ref={boxRef} style={{ height: `${height}px` }}>
      <Chart ref={chartRef} type="bar" data={data} options={options} plugins={plugins} role="img" aria-label={label} data-testid="score-chart" data-rows={rows.length} />
    </div>
  );
}
