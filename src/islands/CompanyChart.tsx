/**
 * A company's figures over time: one point per figure (x = year, undated figures in a column at the
 * right), labelled with the figure and its source grade. Bounds are hollow triangles pointing the
 * way the bound goes, never plain points. Figures with the same year, value and relation share a point.
 */
import { useEffect, useMemo, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import type { ChartOptions, Scale, TooltipItem } from 'chart.js';
import { paddedRange, yearTicks } from '../lib/ranking.ts';
import type { Grade, Relation } from '../lib/schema.ts';
import { formatNps } from '../lib/format.ts';
import type { Locale } from '../lib/i18n.ts';
import { registerCompanyChart } from './chart-setup.ts';
import { type PointLabel, pointLabels, whiteBackground } from './chart-plugins.ts';
import { FONT, GRADE_COLOURS, GRID, MUTED } from './chart-theme.ts';

registerCompanyChart();

/** One figure: `year` is the middle of its period in years (2013.5 for 2013/2014), undefined when undated. */
export interface CompanyPoint {
  id: string;
  year?: number | undefined;
  value: number;
  relation: Relation;
  grade: Grade;
  /** The figure as published, with its relation: `+70`, `below +50`. */
  valueText: string;
  segment?: string | undefined;
  /** Tooltip lines. */
  details: string[];
}

export interface CompanyChartProps {
  locale: Locale;
  points: CompanyPoint[];
  alt: string;
  undatedLabel: string;
}

const GRADE_ORDER: Grade[] = ['A', 'B', 'C', 'D'];
const isBound = (r: Relation) => r !== 'exact' && r !== 'about';

export default function CompanyChart({ locale, points, alt, undatedLabel }: CompanyChartProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const plugins = useMemo(() => [whiteBackground<'scatter'>(), pointLabels<'scatter'>()], []);

  const years = points.map((p) => p.year).filter((y): y is number => y !== undefined);
  const hasUndated = points.some((p) => p.year === undefined);
  const firstYear = years.length > 0 ? Math.floor(Math.min(...years)) : 0;
  const lastYear = years.length > 0 ? Math.ceil(Math.max(...years)) : 0;
  const undatedX = years.length > 0 ? lastYear + 2 : 0;
  const xMin = years.length > 0 ? firstYear - 1 : -1;
  const xMax = hasUndated ? undatedX + 1 : lastYear + 1;

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
    return { x, y: first.value, relation: first.relation, grade: grades[0] ?? first.grade, label: { full, short } as PointLabel, details: members.flatMap((m) => m.details) };
  });
  const { min, max } = paddedRange(marks.map((m) => m.y));

  const data = {
    datasets: [
      {
        data: marks.map((m) => ({ x: m.x, y: m.y })),
        pointStyle: marks.map((m) => (isBound(m.relation) ? 'triangle' : 'circle')) as ('triangle' | 'circle')[],
        rotation: marks.map((m) => (m.relation === 'below' || m.relation === 'at-most' ? 180 : 0)),
        pointRadius: marks.map((m) => (isBound(m.relation) ? 7 : 5)),
        pointHoverRadius: marks.map((m) => (isBound(m.relation) ? 8 : 6)),
        backgroundColor: marks.map((m) => (isBound(m.relation) || m.relation === 'about' ? '#ffffff' : GRADE_COLOURS[m.grade])),
        borderColor: marks.map((m) => GRADE_COLOURS[m.grade]),
        borderWidth: 2,
      },
    ],
  };

  const options: ChartOptions<'scatter'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    layout: { padding: { top: 12, right: 28, left: 4 } },
    scales: {
      x: {
        type: 'linear',
        min: xMin,
        max: xMax,
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
          callback: (value) => (hasUndated && Number(value) === undatedX ? undatedLabel : String(value)),
        },
        grid: { color: GRID },
      },
      y: {
        type: 'linear',
        min,
        max,
        ticks: { color: MUTED, font: { family: FONT, size: 11 }, callback: (value) => formatNps(Number(value), locale) },
        grid: { color: (ctx) => (ctx.tick?.value === 0 ? MUTED : GRID) },
      },
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
  };

  return (
    // Rendered empty on the server (reserving the chart's height, and giving client:visible something to observe); hidden without scripting.
    <div className="chart-box chart-box--company">
      {mounted && (
        <Chart
          type="scatter"
          data={data}
          options={options}
          plugins={plugins}
          role="img"
          aria-label={alt}
          data-testid="company-chart"
          data-points={points.length}
        />
      )}
    </div>
  );
}
