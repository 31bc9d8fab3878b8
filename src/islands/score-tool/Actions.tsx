/** Share and export: copy the link, download the chart as PNG and the results as CSV, print. */
import { type RefObject, useState } from 'react';
import { downloadBlob } from '../../charts/download.ts';
import { CSV_MEDIA_TYPE } from '../../lib/csv-write.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';

export interface ActionsProps {
  t: ScoreToolStrings;
  /** Element holding the chart's canvas (the PNG button is hidden until there is one). */
  chartContainer: RefObject<HTMLElement | null>;
  hasChart: boolean;
  /** Builds the CSV text at click time. */
  /** The results CSV, built on click (its module loads then, not with the page). */
  csv: () => Promise<string>;
  fileBase: string;
  /** The link "Copy link" copies (the address, or after a file import the link with its 0–10 counts). */
  link?: (() => string) | undefined;
  /** Said beside the button when the link can't carry everything shown (a file's rows). */
  linkNote?: string | undefined;
}

export function Actions({ t, chartContainer, hasChart, csv, fileBase, link, linkNote }: ActionsProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link ? link() : window.location.href);
      setStatus(t.linkCopied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  // The chart kit's PNG export (2×, with title, settings, legend and sources), registered by the lazily loaded chart.
  const png = () => {
    const canvas = chartContainer.current?.querySelector('canvas');
    // The event's name is written out here (it is EXPORT_EVENT of src/charts/exportable.ts) so the tool's first
    // download carries no chart module.
    canvas?.dispatchEvent(new CustomEvent('nps-atlas:export-png', { detail: `${fileBase}.png` }));
  };
  const downloadCsv = async () => {
    // csv() already starts with the byte-order mark spreadsheets need to read accents (csv-write.ts).
    downloadBlob(new Blob([await csv()], { type: CSV_MEDIA_TYPE }), `${fileBase}.csv`);
  };
  return (
    <div className="st-actions no-print">
      <h3 className="visually-hidden">{t.actionsTitle}</h3>
      <button type="button" onClick={() => void copy()} data-testid="copy-link">
        {t.copyLink}
      </button>
      {hasChart && (
        <button type="button" onClick={png} data-testid="download-png">
          {t.downloadPng}
        </button>
      )}
      <button type="button" onClick={() => void downloadCsv()} data-testid="download-csv">
        {t.downloadCsv}
      </button>
      <button type="button" onClick={() => window.print()} data-testid="print">
        {t.print}
      </button>
      <p className="st-status" role="status">
        {status}
      </p>
      {linkNote && (
        <p className="st-hint st-link-note" data-testid="link-note">
          {linkNote}
        </p>
      )}
    </div>
  );
}
