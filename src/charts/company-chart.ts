/**
 * The company chart, drawn with Chart.js from a small script (no React): one point per figure (x = year,
 * undated figures in a column at the right), labelled with the figure and its source grade. Bounds are
 * triangles pointing the way the bound goes, never plain points; figures with the same year, value and
 * relation share a point. Offers the kit's PNG export and a CSV of the table's rows. Loaded with `import()` and
 * mounted in idle time once the chart is in view (src/charts/lazy.ts); laid out, then painted in a second step.
 */
import type { Scale, TooltipItem } from 'chart.js';
import type { CompanyChartData, CompanyPoint } from '../lib/chart-kit/chart-data.ts';
import { BACKGROUND, FONT, GRADE_COLOURS, GRID, MUTED } from '../lib/chart-kit/palette.ts';
import { paddedRange, steppedRange, yearTicks } from '../lib/ranking.ts';
import { GRADES as GRADE_ORDER } from '../lib/grades.ts';
import type { Relation } from '../lib/schema.ts';
import { downloadChartPng, downloadCsv } from './export.ts';
import { pointLabels, whiteBackground } from './plugins.ts';
import { registerScatterChart } from './register.ts';
import { markDrawn, yieldToPage } from './lazy.ts';
import { npsScale } from './nps-axis.ts';

const isBound = (r: Relation) => r !== 'exact' && r !== 'about';

/** Draw the company chart in `root` (its canvas and buttons) from `data`; `sync` draws in one go (before printing). */
export async function mount(root: HTMLElement, data: CompanyChartData, { sync }: { sync: boolean }): Promise<void> {
  const canvas = root.querySelector('canvas');
  if (!canvas) return;
  // Until laid out the chart computes but does not paint (a plugin's beforeDraw returning false).
  let holding = true;
  const hold = { id: 'holdUntilLaidOut', beforeDraw: () => !holding };
  const ChartJS = registerScatterChart();
  const { locale, points } = data;

  const years = points.map((p) => p.year).filter((y): y is number => y !== undefined);
  const hasUndated = points.some((p) => p.year === undefined);
  const firstYear = years.length > 0 ? Math.floor(Math.min(...years)) : 0;
  const lastYear = years.length > 0 ? Math.ceil(Math.max(...years)) : 0;
  const undatedX = years.length > 0 ? lastYear + 2 : 0;

  // Figures drawn at the same place share one mark.
  const merged = new Map<string, { x: number; members: CompanyPoint[] }>();
  for (const point of points) {
    const x = point.year ?? undatedX;
    const key = `${x}|${point.value}|${point.relation}`;
    const entry = merged.get(key) ?? { x, members: [] };
    entry.members.push(point);
    merged.set(key, entry);
  }
  const marks = [...merged.values()].map(({ x, members }) => {
    const first = members[0] as CompanyPoint;
    const grades = GRADE_ORDER.filter((g) => members.some((m) => m.grade === g));
    const segments = [...new Set(members.map((m) => m.segment ?? ''))];
    const times = members.length > 1 ? ` ×${members.length}` : '';
    const short = `${first.valueText} · ${grades.join('/')}${times}`;
    const full = segments.length === 1 && segments[0] ? `${first.valueText} (${segments[0]}) · ${grades.join('/')}${times}` : short;
    return { x, y: first.value, relation: first.relation, grade: grades[0] ?? first.grade, label: { full, short }, details: members.flatMap((m) => m.details) };
  });
  const padded = paddedRange(marks.map((m) => m.y));
  const axis = steppedRange(padded.min, padded.max);

  const chart = new ChartJS(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        {
          data: marks.map((m) => ({ x: m.x, y: m.y })),
          pointStyle: marks.map((m) => (isBound(m.relation) ? 'triangle' : 'circle')),
          rotation: marks.map((m) => (m.relation === 'below' || m.relation === 'at-most' ? 180 : 0)),
          pointRadius: marks.map((m) => (isBound(m.relation) ? 7 : 5)),
          pointHoverRadius: marks.map((m) => (isBound(m.relation) ? 8 : 6)),
          backgroundColor: marks.map((m) => (isBound(m.relation) || m.relation === 'about' ? BACKGROUND : GRADE_COLOURS[m.grade])),
          borderColor: marks.map((m) => GRADE_COLOURS[m.grade]),
          borderWidth: 2,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: 12, right: 28, left: 4 } },
      scales: {
        x: {
          type: 'linear',
          min: years.length > 0 ? firstYear - 1 : -1,
          max: hasUndated ? undatedX + 1 : lastYear + 1,
          // Explicit ticks: the years that fit (always the last), plus the "undated" column, never skipped.
          afterBuildTicks: (scale: Scale) => {
            const slots = Math.max(2, Math.floor(scale.width / 48) - (hasUndated ? 1 : 0));
            const ticks = years.length > 0 ? yearTicks(firstYear, lastYear, slots) : [];
            scale.ticks = [...ticks, ...(hasUndated ? [undatedX] : [])].map((value) => ({ value }));
          },
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            color: MUTED,
            font: { family: FONT, size: 11 },
            callback: (value) => (hasUndated && Number(value) === undatedX ? data.undatedLabel : String(value)),
          },
          grid: { color: GRID },
        },
        y: npsScale(axis, data.axisLabels),
      },
      plugins: {
        pointLabels: { labels: marks.map((m) => m.label) },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'scatter'>[]) => marks[items[0]?.dataIndex ?? 0]?.label.full ?? '',
            label: (item: TooltipItem<'scatter'>) => marks[item.dataIndex]?.details ?? [],
          },
        },
      },
    },
    plugins: [hold, whiteBackground(), pointLabels()],
  });
  if (!sync) await yieldToPage();
  holding = false;
  chart.draw();
  markDrawn(root);
  canvas.setAttribute('aria-label', data.alt);
  canvas.dataset.points = String(points.length);

  root.querySelector('[data-chart-png]')?.addEventListener('click', () => {
    const meta = {
      title: data.exportWords.title,
      settings: [],
      legend: data.exportWords.legend,
      sources: points.map((p) => p.source),
      address: window.location.href,
      date: new Date(),
    };
    void downloadChartPng(chart, meta, locale, data.exportWords.fileName);
  });
  root.querySelector('[data-chart-csv]')?.addEventListener('click', () => {
    downloadCsv([data.csv.header, ...data.csv.rows.map((row) => row.cells)], locale, data.csv.fileName);
  });
  for (const actions of root.querySelectorAll<HTMLElement>('[data-chart-actions]')) actions.hidden = false;
}
