import type { APIRoute, GetStaticPaths } from 'astro';
import { getData } from '../../data/load-dataset';
import { downloads } from '../../data/publish';

export const getStaticPaths = (() => Object.keys(downloads(getData())).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const download = downloads(getData())[params.file ?? ''];
  if (!download) return new Response('Not found', { status: 404 });
  return new Response(download.body, { headers: { 'Content-Type': download.type } });
};
