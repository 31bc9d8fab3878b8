/**
 * The user's score (with its interval as an error bar) among the sector's company figures, as horizontal bars.
 * Loaded lazily, so Chart.js stays out of the tool's first download. Registers only the Chart.js parts it uses.
 * The same numbers are in the table under the chart.
 */
import { BarElement, CategoryScale, Chart as ChartJS, type ChartData, type ChartOptions, LinearScale, type Plugin, SubTitle, Title, Tooltip } from 'chart.js';
import { BarWithErrorBar, BarWithErrorBarsController } from 'chartjs-chart-error-bars';
import { Chart } from 'react-chartjs-2';
import { formatNps } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';

ChartJS.register(BarWithErrorBarsController, BarWithErrorBar, BarElement, CategoryScale, LinearScale, Tooltip, Title, SubTitle);

export interface ChartRow {
  label: string;
  value: number;
  /** The user's row: highlighted, with its interval. */
  isYou: boolean;
  low?: number | undefined;
  high?: number | undefined;
}

export interface ScoreChartProps {
  locale: Locale;
  rows: ChartRow[];
  title: string;
  subtitle: string;
  /** Text alternative of the canvas. */
  label: string;
  axisLabel: string;
}

const YOU = '#c2410c';
const OTHERS = '#0b5cad';
const INK = '#1b1f24';
const GRID = '#e3e7eb';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/** Paints the canvas white first, so the PNG download has a background. */
const whiteBackground: Plugin<'barWithErrorBars'> = {
  id: 'stWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Writes each bar's value at its end, so the picture carries its numbers. */
function valueLabels(locale: Locale): Plugin<'barWithErrorBars'> {
  return {
    id: 'stValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      const data = chart.data.datasets[0]?.data as { x: number; xMin?: number; xMax?: number }[] | undefined;
      const scale = chart.scales.x;
      if (!data || !scale) return;
      ctx.save();
      ctx.font = `600 12px ${FONT}`;
      ctx.fillStyle = INK;
      ctx.textBaseline = 'middle';
      meta.data.forEach((element, i) => {
        const point = data[i];
        if (!point) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        const negative = point.x < 0;
        // Past the end of the bar, or of its error bar when it has one.
        let edge = x;
        if (point.xMin !== undefined && point.xMax !== undefined) edge = negative ? Math.min(x, scale.getPixelForValue(point.xMin)) : Math.max(x, scale.getPixelForValue(point.xMax));
        ctx.textAlign = negative ? 'right' : 'left';
        ctx.fillText(formatNps(point.x, locale), negative ? edge - 6 : edge + 6, y);
      });
      ctx.restore();
    },
  };
}

function axisRange(values: number[]): { min: number; max: number } {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return { min: Math.max(-100, Math.floor(low / 10) * 10 - 10), max: Math.min(100, Math.ceil(high / 10) * 10 + 10) };
}

export default function ScoreChart({ locale, rows, title, subtitle, label, axisLabel }: ScoreChartProps) {
  const values = rows.flatMap((r) => [r.value, r.low ?? r.value, r.high ?? r.value]);
  const { min, max } = axisRange(values);
  const data = {
    labels: rows.map((r) => r.label),
    datasets: [
      {
        label: axisLabel,
        data: rows.map((r) => (r.isYou && r.low !== undefined && r.high !== undefined ? { x: r.value, xMin: r.low, xMax: r.high } : { x: r.value })),
        backgroundColor: rows.map((r) => (r.isYou ? YOU : OTHERS)),
        borderColor: rows.map((r) => (r.isYou ? YOU : OTHERS)),
        errorBarColor: INK,
        errorBarWhiskerColor: INK,
        errorBarLineWidth: 2,
        errorBarWhiskerLineWidth: 2,
        errorBarWhiskerSize: 12,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
      },
    ],
  } as unknown as ChartData<'barWithErrorBars'>;
  const options: ChartOptions<'barWithErrorBars'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    layout: { padding: { right: 40, left: 4 } },
    scales: {
      x: { min, max, title: { display: true, text: axisLabel, color: INK, font: { family: FONT } }, grid: { color: GRID }, ticks: { color: INK, font: { family: FONT }, callback: (value) => formatNps(Number(value), locale) } },
      y: { ticks: { color: INK, font: { family: FONT, size: 12 }, autoSkip: false }, grid: { display: false } },
    },
    plugins: {
      legend: { display: false },
      title: { display: true, text: title, color: INK, font: { family: FONT, size: 15, weight: 'bold' }, align: 'start' },
      subtitle: { display: true, text: subtitle, color: '#59636e', font: { family: FONT, size: 11 }, align: 'start', padding: { bottom: 8 } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const row = rows[item.dataIndex];
            if (!row) return '';
            return row.low !== undefined && row.high !== undefined ? `${formatNps(row.value, locale)} [${formatNps(row.low, locale)}; ${formatNps(row.high, locale)}]` : formatNps(row.value, locale);
          },
        },
      },
    },
  };
  const height = Math.max(180, rows.length * 30 + 110);
  return (
    <div className="st-chart" style={{ height: `${height}px` }}>
      <Chart type="barWithErrorBars" data={data} options={options} plugins={[whiteBackground, valueLabels(locale)]} role="img" aria-label={label} data-testid="score-chart" />
    </div>
  );
}
