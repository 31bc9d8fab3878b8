/**
 * When the reading pages' charts draw. The page's eager script is this file and a few lines; Chart.js and the
 * chart's own module load with `import()`:
 * - in idle time after the load event (prefetch: the code is there when the reader scrolls or prints), and
 * - the chart draws when its box enters the viewport (IntersectionObserver), in steps that yield to the page.
 * Before printing, a chart not drawn yet draws at once if its code is loaded; if it is not, the printed page
 * leaves out the empty box (global.css: `.chart-box:not([data-drawn])`) and keeps the caption and the table.
 * A drawn chart's box carries `data-drawn` (tests wait for it).
 */

/** A chart module: `mount` draws, yielding between steps unless `sync` (printing) asks for one go. */
export interface ChartModule<T> {
  mount(root: HTMLElement, data: T, options: { sync: boolean }): Promise<void>;
}

/** Wait for the browser to be idle (or `timeout` ms at most); a timer where requestIdleCallback is missing. */
export function idle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
}

/** Give the main thread back between two steps of work (scheduler.yield where there is one). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Mark the chart drawn: its box shows in print, tests and the sweep can tell. */
export function markDrawn(root: HTMLElement): void {
  root.querySelector('.chart-box')?.setAttribute('data-drawn', '');
}

/** Load `load()` when idle after load, draw the chart when it enters the viewport (or before printing). */
export function drawWhenVisible<T>(root: HTMLElement, data: T, load: () => Promise<ChartModule<T>>): void {
  let loaded: ChartModule<T> | undefined;
  let loading: Promise<ChartModule<T>> | undefined;
  let started = false;
  const code = () =>
    (loading ??= load().then((module) => {
      loaded = module;
      return module;
    }));
  const start = (sync: boolean) => {
    if (started) return;
    started = true;
    observer?.disconnect();
    window.removeEventListener('beforeprint', beforePrint);
    if (sync && loaded) void loaded.mount(root, data, { sync: true });
    else
      void code().then(async (module) => {
        await idle();
        await module.mount(root, data, { sync: false });
      });
  };
  const beforePrint = () => {
    if (loaded) start(true);
  };
  const box = root.querySelector('.chart-box') ?? root;
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting)) start(false);
        })
      : undefined;
  if (observer) observer.observe(box);
  else start(false);
  window.addEventListener('beforeprint', beforePrint);
  const prefetch = () => void idle(3000).then(() => (started ? undefined : code()));
  if (document.readyState === 'complete') prefetch();
  else window.addEventListener('load', prefetch, { once: true });
}
