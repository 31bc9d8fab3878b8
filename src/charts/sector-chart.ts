/**
 * The sector chart, drawn with Chart.js from a small script (no React): company figures as ranked horizontal
 * bars (bounds hatched; those graded B or better first, then a labelled divider and the lower grades), sector
 * averages as labelled dashed lines, 95% intervals as whiskers where published.
 * It follows the page's filters (read from the address, then from the filter script's event), and offers the
 * kit's PNG export and a CSV of exactly the rows the filtered table shows. Loaded with `import()` and mounted
 * when the chart nears the viewport (src/charts/lazy.ts); the text alternative follows the filters from the
 * page's eager script (src/charts/sector-text.ts). The mount lays the chart out before its first draw (row
 * heights, the rows of average labels), so the large canvas is sized and painted once, and yields between steps.
 */
import type { Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import type { SectorBar, SectorChartData } from '../lib/chart-kit/chart-data.ts';
import type { ExportMeta } from '../lib/chart-kit/export-layout.ts';
import { GRADE_COLOURS, withAlpha } from '../lib/chart-kit/palette.ts';
import { FILTER_EVENT, type FigureFilters, matchesFilters, parseFilters } from '../lib/filters.ts';
import { withGroupDivider } from '../lib/rank-order.ts';
import { axisRange, steppedRange } from '../lib/ranking.ts';
import { downloadChartPng, downloadCsv } from './export.ts';
import { hatch } from './hatch.ts';
import {
  LABEL_LINE,
  REFERENCE_FONT,
  REFERENCE_LINE,
  barLabels,
  intervals,
  referenceLabelLayout,
  referenceLines,
  stackReferenceLabels,
  whiteBackground,
  wrapLabels,
} from './plugins.ts';
import { rankDivider } from './rank-divider.ts';
import { registerBarChart } from './register.ts';
import { filterSettings } from './page-data.ts';
import { axisLabel, npsScale } from './nps-axis.ts';
import { markDrawn, yieldToPage } from './lazy.ts';
import { shownFigures } from './sector-text.ts';

const AXIS = 34;
const PADDING_X = 16;

/** Draw the sector chart in `root` (its canvas and buttons) from `data`; `sync` draws in one go (before printing). */
export async function mount(root: HTMLElement, data: SectorChartData, { sync }: { sync: boolean }): Promise<void> {
  const canvas = root.querySelector('canvas');
  const parent = canvas?.parentElement;
  if (!canvas || !parent) return;
  const box: HTMLElement = parent;
  const step = () => (sync ? Promise.resolve() : yieldToPage());
  const ChartJS = registerBarChart();
  const { locale } = data;
  let filters: FigureFilters = parseFilters(window.location.search).filters;
  const shownBars = () => shownFigures(data, filters).bars;
  const shownLines = () => shownFigures(data, filters).lines;
  // A row per bar, and the labelled divider before the first lower-grade bar when both groups are shown.
  const shownRows = () => withGroupDivider(shownBars(), data.belowDivider);
  // Until the layout is final the chart computes but does not paint (a plugin's beforeDraw returning false).
  let holding = true;
  const hold = { id: 'holdUntilLaidOut', beforeDraw: () => !holding };

  /** The NPS axis for the shown figures: whole steps, as many as the box' width has room for at 56 px a label. */
  const shownAxis = () => {
    const range = axisRange([...shownBars().flatMap((b) => [b.value, b.low ?? b.value, b.high ?? b.value]), ...shownLines().map((l) => l.value)]);
    return steppedRange(range.min, range.max, Math.max(3, Math.floor((box.clientWidth - PADDING_X) / 56)));
  };

  const config = (): ChartConfiguration<'bar'> => {
    const rows = shownRows();
    // Per row: the bar's, or nothing for the divider's row (a null value draws no bar).
    const perRow = <V>(of: (bar: SectorBar) => V, empty: V) => rows.map((row) => ('item' in row ? of(row.item) : empty));
    const barAt = (index: number) => {
      const row = rows[index];
      return row && 'item' in row ? row.item : undefined;
    };
    const dividerIndex = rows.findIndex((row) => 'divider' in row);
    const lines = shownLines();
    const axis = shownAxis();
    return {
      type: 'bar',
      data: {
        labels: rows.map((row) => ('item' in row ? row.item.id : 'divider')),
        datasets: [
          {
            data: perRow<number | null>((b) => b.value, null),
            // A bar with an interval is drawn lighter so its whisker stays visible.
            backgroundColor: perRow<string | CanvasPattern>(
              (b) => (b.bound ? hatch(GRADE_COLOURS[b.grade]) : b.low !== undefined ? withAlpha(GRADE_COLOURS[b.grade], 0.6) : GRADE_COLOURS[b.grade]),
              'transparent',
            ),
            borderColor: perRow((b) => GRADE_COLOURS[b.grade], 'transparent'),
            borderWidth: perRow((b) => (b.bound ? 2 : 0), 0),
            barThickness: 14,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { top: topPadding(), right: 12, left: 4 } },
        scales: {
          y: { type: 'category', ticks: { display: false }, grid: { display: false }, border: { display: false } },
          x: npsScale(axis, data.axisLabels),
        },
        plugins: {
          barLabels: { labels: perRow((b) => b.label, '') },
          referenceLines: { lines: lines.map((l) => ({ value: l.value, text: l.text, bound: l.bound })) },
          intervals: { intervals: perRow((b) => (b.low !== undefined && b.high !== undefined ? { low: b.low, high: b.high } : undefined), undefined), whisker: 12 },
          rankDivider: { divider: dividerIndex >= 0 ? { index: dividerIndex, text: data.belowDivider } : undefined },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'bar'>[]) => barAt(items[0]?.dataIndex ?? -1)?.label ?? '',
              label: (item: TooltipItem<'bar'>) => barAt(item.dataIndex)?.details ?? [],
            },
          },
        },
        onClick: (_event, elements) => {
          const bar = barAt(elements[0]?.index ?? -1);
          if (bar) window.location.href = bar.href;
        },
        // The mount's own steps lay the chart out; afterwards a resize (a turned phone) fits it again.
        onResize: () => {
          if (!holding) queueMicrotask(() => fit(true));
        },
      },
      plugins: [hold, whiteBackground(), referenceLines(), barLabels(), intervals(), rankDivider()],
    };
  };

  let referenceRows = 0;
  const ctx = canvas.getContext('2d');

  /** The lines the longest bar label (or the divider's text) wraps into at the box's width (measured on the canvas before any chart). */
  const labelLines = () => {
    if (!ctx) return 1;
    const width = box.clientWidth - PADDING_X - 4;
    return Math.max(
      1,
      ...wrapLabels(
        ctx,
        shownRows().map((row) => ('item' in row ? row.item.label : row.divider)),
        width,
      ).map((l) => l.length),
    );
  };
  let lines = labelLines();

  function estimatedReferenceRows(context: CanvasRenderingContext2D): number {
    const axis = shownAxis();
    context.save();
    context.font = REFERENCE_FONT; // also the ticks' font (nps-axis.ts: 11 px)
    const halfLabel = (value: number) => context.measureText(axisLabel(data.axisLabels, value)).width / 2;
    // As Chart.js lays it out: the layout padding (4 left, the hidden y axis' 8 px of tick length; 12 right) or half
    // the end tick's label plus the ticks' 3 px of padding, whichever is wider.
    const left = Math.max(4 + 8, halfLabel(axis.min) + 3);
    const right = box.clientWidth - Math.max(12, halfLabel(axis.max) + 3);
    context.restore();
    const pixelFor = (value: number) => left + ((value - axis.min) / (axis.max - axis.min)) * (right - left);
    return stackReferenceLabels(context, shownLines(), { left, right }, pixelFor).rows;
  }
  const topPadding = () => (referenceRows > 0 ? referenceRows * REFERENCE_LINE + 6 : 8) + (lines - 1) * (LABEL_LINE / 2);
  const boxHeight = () => Math.max(1, shownRows().length) * (24 + LABEL_LINE * lines) + AXIS + topPadding();

  /**
   * Size the rows for the wrapped labels and the top for the stacked average labels; lay out again if that
   * changed. `draw`: repaint when it did (a resize or a filter change after the first paint).
   */
  function fit(draw: boolean): boolean {
    lines = labelLines();
    referenceRows = shownLines().length > 0 ? referenceLabelLayout(chart, shownLines()).rows : 0;
    const top = topPadding();
    const height = boxHeight();
    const padding = chart.options.layout?.padding as { top: number };
    if (padding.top === top && box.style.height === `${height}px`) return false;
    padding.top = top;
    box.style.height = `${height}px`;
    chart.resize();
    if (draw) chart.update('none');
    return true;
  }

  /** Draw the figures the filters now leave (the eager script has already updated the words). */
  const redraw = () => {
    const next = config();
    chart.data = next.data;
    chart.options = next.options ?? {};
    chart.update('none');
    fit(true);
    fit(true);
  };
  // Listening from the start: a change while the chart is being laid out is drawn once it is.
  let changedWhileLaidOut = false;
  document.addEventListener(FILTER_EVENT, (event) => {
    filters = (event as CustomEvent<FigureFilters>).detail ?? {};
    if (holding) changedWhileLaidOut = true;
    else redraw();
  });

  // Step 1: the box at its final height before the canvas gets its pixels, the rows of average labels reckoned
  // from the axis before the chart exists (the chart area's edges: the layout's padding and half the end ticks'
  // labels), so that laying the chart out once is, nearly always, enough (step 3 corrects a miss).
  referenceRows = shownLines().length > 0 && ctx ? estimatedReferenceRows(ctx) : 0;
  box.style.height = `${boxHeight()}px`;
  await step();
  // Step 2: lay the chart out without painting.
  // Declared here, used by fit and redraw above: neither runs before this line (onResize is queued after construction).
  const chart: Chart<'bar'> = new ChartJS(canvas, config());
  await step();
  // Step 3: the stacked average labels are measured against the laid-out scale; their rows set the top.
  const laidOutAgain = fit(false);
  if (laidOutAgain) chart.update('none');
  await step();
  // Step 4: paint once.
  holding = false;
  if (changedWhileLaidOut) redraw();
  else chart.draw();
  markDrawn(root);
  // How many layouts the first paint took (tests check the estimate of step 1 made it one).
  box.dataset.layouts = laidOutAgain ? '2' : '1';

  const exportMeta = (): ExportMeta => ({
    title: data.exportWords.title,
    settings: filterSettings(data.filterWords),
    legend: data.exportWords.legend,
    sources: [...shownBars(), ...shownLines()].map((f) => f.source),
    address: window.location.href,
    date: new Date(),
  });
  const png = root.querySelector<HTMLButtonElement>('[data-chart-png]');
  const csv = root.querySelector<HTMLButtonElement>('[data-chart-csv]');
  png?.addEventListener('click', () => {
    void downloadChartPng(chart, exportMeta(), locale, data.exportWords.fileName);
  });
  csv?.addEventListener('click', () => {
    const rows = data.csv.rows.filter((row) => matchesFilters(row.facts, filters)).map((row) => row.cells);
    downloadCsv([data.csv.header, ...rows], locale, data.csv.fileName);
  });
  for (const actions of root.querySelectorAll<HTMLElement>('[data-chart-actions]')) actions.hidden = false;
}
