/** The English words of the survey import (panel and details) (what each one is: strings.ts). */
import { plural } from '../i18n.ts';
import type { ImportStrings } from './strings.ts';

export const importStringsEn: ImportStrings = {
  fileLabel: 'Survey export (CSV, TSV or Excel workbook)',
  dropHint: 'Choose the file, or drop it on this box.',
  dropActive: 'Drop the file to read it',
  privacy: 'Your file stays on this device: it is read by your browser and never uploaded.',
  supported: 'Reads exports from SurveyMonkey, Qualtrics, Typeform and Google Forms, and any CSV or TSV file or Excel (.xlsx) or OpenDocument (.ods) workbook with a 0–10 column.',
  progressLabel: 'Reading the file',
  reading: (percent, rows) => `${percent}, ${rows} rows so far`,
  cancel: 'Cancel',
  cancelled: 'Import cancelled. Choose a file to start again.',
  layouts: { surveymonkey: 'SurveyMonkey export', qualtrics: 'Qualtrics export', typeform: 'Typeform export', 'google-forms': 'Google Forms responses', plain: 'Plain table' },
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 with BOM',
    'windows-1252': 'Windows-1252 (older Excel)',
    'utf-16le': 'UTF-16 (Excel Unicode text)',
    'utf-16be': 'UTF-16 big-endian',
  },
  delimiters: { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated' },
  detected: 'Detected:',
  headerRows: (count) => (count === 0 ? 'no header row' : plural('en', count, { one: '1 header row', other: `${count} header rows` })),
  fileSummary: (name, size) => `${name} (${size})`,
  byteUnits: ['B', 'KB', 'MB', 'GB'],
  rowsSummary: (rows, counted) => `${rows} rows read, ${counted} answers counted.`,
  skippedNone: 'No row skipped.',
  skippedTotal: (count) => `${count} rows skipped, not counted in the score:`,
  skippedBlank: (count) => `${count} with no answer`,
  skippedNotANumber: (count) => `${count} not a number`,
  skippedOutOfRange: (count) => `${count} outside 0–10 or not a whole number`,
  noAnswers: 'No row of this column holds an answer from 0 to 10. Choose the column with the recommendation question.',
  columnLabel: 'Recommendation question (0–10)',
  columnGuessed: 'No column header mentions recommending, so this column was chosen from its values. Check it.',
  columnValues: '0–10 values',
  dateLabel: 'Date column (monthly trend)',
  segmentLabel: 'Segment column',
  commentLabel: 'Comment column',
  none: 'None',
  columnN: (position) => `Column ${position}`,
  dateOrder: { dmy: 'Dates read as day/month/year.', mdy: 'Dates read as month/day/year.' },
  undated: (count) => `${count} counted rows have no readable date: they are in the score but not in the monthly trend.`,
  unreadableTotal: (total, count) =>
    plural('en', total, { one: '1 row could not be read: it is neither counted nor skipped.', other: `${count} rows could not be read: they are neither counted nor skipped.` }),
  unreadableRecord: (line, reason, chars, lineBreaks) =>
    reason === 'unclosed-quote'
      ? `Row ${line}: a quote (") opens there and is never closed, so the rest of the file (${chars} characters, ${lineBreaks} more lines of text) is one cell and no row in it could be counted. Check the file around that row.`
      : `Row ${line} is ${chars} characters long (${lineBreaks} more lines of text), longer than a row can be: it was not read. A quote (") that closes much later does this. Check the file around that row.`,
  unreadableMore: (count) => `And ${count} more.`,
  partial: (percent, line) => [
    `Partial result: reading stopped at ${percent} of the file, after row ${line}, on an error (`,
    '). The figures cover only the rows before that point. Choose the file again to retry.',
  ],
  unclosedQuoteAt: (line) => `Row ${line} opens a quote (") that is never closed, so the rest of the file is one cell and no response can be read. Check the file around that row.`,
  errors: {
    empty: 'This file is empty.',
    xlsx: 'This workbook could not be read. In Excel, use File › Save as › CSV UTF-8, then choose the CSV file.',
    xls: 'This is an old Excel workbook (.xls), which can’t be read here. In Excel, use File › Save as › Excel Workbook (.xlsx) or CSV UTF-8, then choose that file.',
    pdf: 'This is a PDF document. Export the responses as CSV from your survey tool instead.',
    binary: 'This file is not text (it looks like binary data), so it can’t be read as CSV.',
    'no-data-rows': 'This file has a header but no responses.',
    'no-answer-column': 'No column holds answers from 0 to 10, so there is no recommendation question to score.',
    'bad-column': 'The chosen column does not exist in this file.',
    'unclosed-quote': 'A quote (") near the start of the file is never closed, so no response can be read.',
    'first-rows-too-long':
      'The first rows of this file are longer than 16 MB together, so its columns can’t be worked out. A quote (") that is never closed near the start does this too: check the first rows.',
    'read-failed': 'The browser could not read this file.',
    'workbook-encrypted':
      'This workbook is protected by a password, so it can’t be read. In Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, empty the box), save, and choose the file again; or save it as CSV.',
    'workbook-corrupt':
      'This workbook is damaged: its contents can’t be unpacked (a download cut short does this). Download or save it again, or save it as CSV (File › Save as › CSV UTF-8).',
    'not-a-workbook': 'This is a ZIP archive, not a spreadsheet workbook. Unpack it and choose the CSV or .xlsx file inside.',
    'sheet-empty': 'This sheet is empty: no cell holds a value. Choose another sheet.',
    'sheet-header-only': 'This sheet has a header but no responses. Choose another sheet.',
    'bad-sheet': 'The chosen sheet does not exist in this workbook.',
    'workbook-browser': 'This browser can’t unpack workbooks (it lacks DecompressionStream). Update it, or save the workbook as CSV (File › Save as › CSV UTF-8).',
  },
  workerFailed: 'The file reader could not start in this browser.',
  workbookFormats: { xlsx: 'Excel workbook (.xlsx)', ods: 'OpenDocument spreadsheet (.ods)' },
  sheetLabel: 'Sheet',
  sheetChosen: (name, chosenBy) =>
    chosenBy === 'only'
      ? `Read the only sheet, “${name}”.`
      : chosenBy === 'user'
        ? `Read the sheet “${name}”, as chosen.`
        : chosenBy === 'survey'
          ? `Read “${name}”: the first sheet with a recommendation question. Choose another sheet if needed.`
          : `No sheet has a column whose header mentions recommending, so the first sheet with data, “${name}”, was read. Check it, or choose another sheet.`,
  sheetHidden: 'hidden',
  sheetEmpty: 'empty',
  sheetSurvey: 'recommendation question',
  date1904: 'Dates use the 1904 date system (older Mac Excel).',
  byMonthTitle: 'NPS by month',
  bySegmentTitle: 'NPS by segment',
  colMonth: 'Month',
  colSegment: 'Segment',
  colN: 'Answers (n)',
  colNps: 'NPS',
  colInterval: (level) => `${level}% interval`,
  intervalRange: (low, high) => `${low} to ${high}`,
  blankSegment: '(no segment)',
  otherSegments: '(other segments)',
  chartSegmentAlt: (count, level) => `Bar chart of the NPS for ${count} segments, each with its ${level}% interval. The table below gives the figures.`,
  intervalNote: (level) =>
    `${level}% intervals by the adjusted Wald method. Small groups have wide intervals: to know whether two months or segments really differ, compare them under “Is the change real?” below.`,
  detractorsTitle: 'Detractors to contact',
  detractorsCount: (count) => `${count} detractors (answers 0 to 6).`,
  detractorsCapped: (shown, total) => `${total} detractors; the download holds the first ${shown}.`,
  detractorsNone: 'No detractor in this file.',
  downloadDetractors: 'Download detractors with comments (CSV)',
  downloadFailed: (detail) => `The download could not be made: ${detail}.`,
  commentsCut: (total, count, max) =>
    `${plural('en', total, { one: '1 comment is', other: `${count} comments are` })} longer than ${max} characters: the download keeps their first ${max} characters and says so in each.`,
  commentCutNote: (total, kept) => ` […] (cut: ${total} characters in the file, the first ${kept} kept)`,
  detractorsFile: 'detractors.csv',
  csvHeaders: { line: 'row', answer: 'answer', comment: 'comment', segment: 'segment', date: 'date', respondent: 'respondent' },
};
