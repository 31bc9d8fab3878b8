/**
 * The sector chart, drawn with Chart.js from a small script (no React): company figures as ranked horizontal
 * bars (bounds hatched), sector averages as labelled dashed lines, 95% intervals as whiskers where published.
 * It follows the page's filters (read from the address, then from the filter script's event), and offers the
 * kit's PNG export and a CSV of exactly the rows the filtered table shows.
 */
import type { Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import type { SectorChartData } from '../lib/chart-kit/chart-data.ts';
import type { ExportMeta } from '../lib/chart-kit/export-layout.ts';
import { FONT, GRADE_COLOURS, GRID, MUTED, withAlpha } from '../lib/chart-kit/palette.ts';
import { chartKitStrings } from '../lib/chart-kit/strings.ts';
import { FILTER_EVENT, type FigureFilters, matchesFilters, parseFilters } from '../lib/filters.ts';
import { formatNps } from '../lib/format.ts';
import { axisRange } from '../lib/ranking.ts';
import { downloadChartPng, downloadCsv } from './export.ts';
import { hatch } from './hatch.ts';
import { LABEL_LINE, REFERENCE_LINE, barLabels, intervals, referenceLabelLayout, referenceLines, whiteBackground, wrapLabels } from './plugins.ts';
import { registerBarChart } from './register.ts';
import { filterSettings, readChartData } from './page-data.ts';

const AXIS = 34;
const PADDING_X = 16;

export function mountSectorChart(root: HTMLElement): void {
  const data = readChartData<SectorChartData>(root);
  const canvas = root.querySelector('canvas');
  const box = canvas?.parentElement;
  if (!data || !canvas || !box) return;
  const ChartJS = registerBarChart();
  const { locale } = data;
  const k = chartKitStrings[locale];
  let filters: FigureFilters = parseFilters(window.location.search).filters;
  const shownBars = () => data.bars.filter((b) => matchesFilters(b, filters));
  const shownLines = () => data.lines.filter((l) => matchesFilters(l, filters));

  const config = (): ChartConfiguration<'bar'> => {
    const bars = shownBars();
    const lines = shownLines();
    const { min, max } = axisRange([...bars.flatMap((b) => [b.value, b.low ?? b.value, b.high ?? b.value]), ...lines.map((l) => l.value)]);
    return {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.id),
        datasets: [
          {
            data: bars.map((b) => b.value),
            // A bar with an interval is drawn lighter so its whisker stays visible.
            backgroundColor: bars.map((b) => (b.bound ? hatch(GRADE_COLOURS[b.grade]) : b.low !== undefined ? withAlpha(GRADE_COLOURS[b.grade], 0.6) : GRADE_COLOURS[b.grade])),
            borderColor: bars.map((b) => GRADE_COLOURS[b.grade]),
            borderWidth: bars.map((b) => (b.bound ? 2 : 0)),
            barThickness: 14,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { top: 8, right: 12, left: 4 } },
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
          barLabels: { labels: bars.map((b) => b.label) },
          referenceLines: { lines: lines.map((l) => ({ value: l.value, text: l.text, bound: l.bound })) },
          intervals: { intervals: bars.map((b) => (b.low !== undefined && b.high !== undefined ? { low: b.low, high: b.high } : undefined)), whisker: 12 },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'bar'>[]) => bars[items[0]?.dataIndex ?? 0]?.label ?? '',
              label: (item: TooltipItem<'bar'>) => bars[item.dataIndex]?.details ?? [],
            },
          },
        },
        onClick: (_event, elements) => {
          const bar = bars[elements[0]?.index ?? -1];
          if (bar) window.location.href = bar.href;
        },
        onResize: () => queueMicrotask(fit),
      },
      plugins: [whiteBackground(), referenceLines(), barLabels(), intervals()],
    };
  };

  let chart: Chart<'bar'> | undefined;

  /** Size the rows for the wrapped labels and the top for the stacked average labels; redraw if that changed. */
  function fit(): void {
    if (!chart || !box) return;
    const bars = shownBars();
    const lines = shownLines();
    const width = box.clientWidth - PADDING_X - 4;
    const labelLines = Math.max(
      1,
      ...wrapLabels(
        chart.ctx,
        bars.map((b) => b.label),
        width,
      ).map((l) => l.length),
    );
    const referenceRows = lines.length > 0 ? referenceLabelLayout(chart, lines).rows : 0;
    const top = (referenceRows > 0 ? referenceRows * REFERENCE_LINE + 6 : 8) + (labelLines - 1) * (LABEL_LINE / 2);
    const row = 24 + LABEL_LINE * labelLines;
    const height = Math.max(1, bars.length) * row + AXIS + top;
    const padding = chart.options.layout?.padding as { top: number };
    if (padding.top === top && box.style.height === `${height}px`) return;
    padding.top = top;
    box.style.height = `${height}px`;
    chart.resize();
    chart.update('none');
  }

  const describe = () => {
    const bars = shownBars();
    const ranked = bars.filter((b) => !b.bound);
    const alt =
      bars.length === 0
        ? data.alt.empty
        : data.alt.template
            .replace('{count}', String(bars.length))
            .replace('{top}', (ranked[0] ?? bars[0])?.label ?? '')
            .replace('{bottom}', (ranked.at(-1) ?? bars.at(-1))?.label ?? '') + (shownLines().length > 0 ? ` ${data.alt.averages}` : '');
    canvas.setAttribute('aria-label', alt);
    canvas.dataset.bars = String(bars.length);
    canvas.dataset.lines = String(shownLines().length);
  };

  const draw = () => {
    const next = config();
    if (!chart) chart = new ChartJS(canvas, next);
    else {
      chart.data = next.data;
      chart.options = next.options ?? {};
      chart.update('none');
    }
    describe();
    fit();
    // The stacked average labels are measured against the scale laid out by the first pass.
    fit();
  };
  draw();
  document.addEventListener(FILTER_EVENT, (event) => {
    filters = (event as CustomEvent<FigureFilters>).detail ?? {};
    draw();
  });

  const exportMeta = (): ExportMeta => ({
    title: data.exportWords.title,
    settings: filterSettings(k),
    legend: data.exportWords.legend,
    sources: [...shownBars(), ...shownLines()].map((f) => f.source),
    address: window.location.href,
    date: new Date(),
  });
  const png = root.querySelector<HTMLButtonElement>('[data-chart-png]');
  const csv = root.querySelector<HTMLButtonElement>('[data-chart-csv]');
  png?.addEventListener('click', () => {
    if (chart) void downloadChartPng(chart, exportMeta(), locale, data.exportWords.fileName);
  });
  csv?.addEventListener('click', () => {
    const rows = data.csv.rows.filter((row) => matchesFilters(row.facts, filters)).map((row) => row.cells);
    downloadCsv([data.csv.header, ...rows], locale, data.csv.fileName);
  });
  for (const actions of root.querySelectorAll<HTMLElement>('[data-chart-actions]')) actions.hidden = false;
}
