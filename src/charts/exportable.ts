/**
 * Charts drawn inside React islands register their PNG export on their canvas, so an export button elsewhere in
 * the island (the score tool's actions) can export the chart it finds without importing Chart.js or the export
 * code into the island's first download (they come with the lazily loaded chart). The exporter is kept on the
 * canvas element itself, so this module shares no state between chunks.
 */
type Exporter = (fileName: string) => Promise<void>;
const KEY = '__npsAtlasExport';

export function setExporter(canvas: HTMLCanvasElement, exporter: Exporter): void {
  (canvas as HTMLCanvasElement & { [KEY]?: Exporter })[KEY] = exporter;
}

/** Export the chart on `canvas` as a PNG download; false when no chart registered an export there. */
export async function exportCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<boolean> {
  const exporter = (canvas as HTMLCanvasElement & { [KEY]?: Exporter })[KEY];
  if (!exporter) return false;
  await exporter(fileName);
  return true;
}
