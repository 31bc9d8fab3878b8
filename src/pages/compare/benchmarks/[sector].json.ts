/** `/compare/benchmarks/<sector>.json`: the figures the score tool compares with, one small file per sector, fetched when the sector is chosen. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectorBenchmarks } from '../../../data/benchmark-views';
import { getData } from '../../../data/load-dataset';

export const getStaticPaths = (() => getData().sectors.map((sector) => ({ params: { sector: sector.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = getData();
  if (!data.sectors.some((s) => s.id === params.sector)) return new Response('Not found', { status: 404 });
  // Locale-neutral: the figures only (sector names come with the page).
  const { figures } = sectorBenchmarks(data, params.sector ?? '', 'en');
  return new Response(JSON.stringify({ sector: params.sector, figures }), { headers: { 'Content-Type': 'application/json' } });
};
