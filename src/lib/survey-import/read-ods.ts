/**
 * OpenDocument spreadsheets for read-workbook.ts: every sheet is in one part (content.xml), so one pass reads
 * the sheet names and each sheet's first rows (the sample), and reading a sheet scans the part again,
 * passing over the other sheets' rows. Loaded with `import()` only for an .ods file.
 */
import { OdsHandler, type OdsSheetInfo } from './ods.ts';
import type { ImportErrorCode } from './types.ts';
import type { RowSink } from './xlsx.ts';
import type { ZipEntry } from './zip.ts';
import { type OpenedWorkbook, SAMPLE_RECORDS, scanEntry } from './read-workbook.ts';

export async function openOds(file: Blob, entries: Map<string, ZipEntry>, sliceBytes: number | undefined): Promise<OpenedWorkbook | ImportErrorCode> {
  const content = entries.get('content.xml');
  if (!content) return 'not-a-workbook';
  const infos: OdsSheetInfo[] = [];
  const samples: string[][][] = [];
  await scanEntry(
    file,
    content,
    new OdsHandler(
      (info) => {
        infos.push(info);
        samples.push([]);
      },
      (sheet): RowSink => ({
        row(cells) {
          const sample = samples[sheet] as string[][];
          if (sample.length < SAMPLE_RECORDS) sample.push(cells);
        },
        empty() {},
      }),
    ),
    sliceBytes,
  );
  return {
    format: 'ods',
    date1904: false,
    sheets: infos.map((info, index) => ({
      name: info.name,
      hidden: info.hidden,
      sample: samples[index] as string[][],
      async stream(sink, afterSlice) {
        await scanEntry(
          file,
          content,
          new OdsHandler(
            () => {},
            (sheet) => (sheet === index ? sink : undefined),
          ),
          sliceBytes,
          afterSlice,
        );
      },
    })),
  };
}
