/**
 * Charts drawn inside React islands export on request: an export button elsewhere in the island (the score tool's
 * actions) dispatches EXPORT_EVENT on the chart's canvas and the chart, which holds Chart.js and the export code
 * (both lazily loaded), answers it. A DOM event keeps the button's code free of any chart module.
 */
export const EXPORT_EVENT = 'nps-atlas:export-png';

/** Answer export requests on `canvas`; returns the function that stops answering. */
export function onExportRequest(canvas: HTMLCanvasElement, exporter: (fileName: string) => void): () => void {
  const listener = (event: Event) => exporter((event as CustomEvent<string>).detail);
  canvas.addEventListener(EXPORT_EVENT, listener);
  return () => canvas.removeEventListener(EXPORT_EVENT, listener);
}
