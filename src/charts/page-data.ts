/** Helpers the reading pages' chart scripts share: the chart's JSON, and the page's filters in words. */
import type { FilterWords } from '../lib/chart-kit/chart-data.ts';

/** The JSON a chart's root carries in `<script type="application/json" data-chart-data>`. */
export function readChartData<T>(root: HTMLElement): T | undefined {
  const text = root.querySelector('script[data-chart-data]')?.textContent;
  return text ? (JSON.parse(text) as T) : undefined;
}

/** A template's `{name}` slots filled (a slot's text is taken as it is, `$` included). */
const fill = (template: string, slots: Record<string, string>) => template.replace(/\{(\w+)\}/g, (slot, name: string) => slots[name] ?? slot);

/**
 * The sector filters as they stand, in the page's words ("Market: France"), read from the filter form's
 * selected options so the export says exactly what the reader chose; one line.
 */
export function filterSettings(k: FilterWords): string[] {
  const form = document.querySelector<HTMLFormElement>('[data-filters] form');
  const chosen = [...(form?.querySelectorAll('select') ?? [])]
    .filter((select) => select.value !== '')
    .map((select) =>
      fill(k.pair, {
        label: select.closest('label')?.querySelector('span')?.textContent?.trim() ?? select.name,
        value: select.selectedOptions[0]?.textContent?.trim() ?? select.value,
      }),
    );
  return [chosen.length === 0 ? k.noFilter : fill(k.filters, { list: chosen.join(' · ') })];
}
