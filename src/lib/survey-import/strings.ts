/** UI strings of the survey import (panel and details), English and French. */
import { type Locale, plural } from '../i18n.ts';
import type { DateOrder, Delimiter, ImportErrorCode, SurveyEncoding, SurveyLayout, UnreadableRecord, WorkbookInfo } from './types.ts';

export interface ImportStrings {
  fileLabel: string;
  dropHint: string;
  dropActive: string;
  privacy: string;
  supported: string;
  progressLabel: string;
  reading: (percent: string, rows: string) => string;
  cancel: string;
  cancelled: string;
  layouts: Record<SurveyLayout, string>;
  encodings: Record<SurveyEncoding, string>;
  delimiters: Record<Delimiter, string>;
  detected: string;
  headerRows: (count: number) => string;
  fileSummary: (name: string, size: string) => string;
  /** File size units, bytes to GB (1024-based). */
  byteUnits: readonly [string, string, string, string];
  rowsSummary: (rows: string, counted: string) => string;
  skippedNone: string;
  skippedTotal: (count: string) => string;
  skippedBlank: (count: string) => string;
  skippedNotANumber: (count: string) => string;
  skippedOutOfRange: (count: string) => string;
  noAnswers: string;
  columnLabel: string;
  columnGuessed: string;
  columnValues: string;
  dateLabel: string;
  segmentLabel: string;
  commentLabel: string;
  none: string;
  columnN: (position: number) => string;
  dateOrder: Record<Exclude<DateOrder, 'ymd'>, string>;
  undated: (count: string) => string;
  unreadableTotal: (total: number, count: string) => string;
  unreadableRecord: (line: string, reason: UnreadableRecord['reason'], chars: string, lineBreaks: string) => string;
  unreadableMore: (count: string) => string;
  partial: (percent: string, line: string, detail: string) => string;
  unclosedQuoteAt: (line: string) => string;
  errors: Record<ImportErrorCode, string>;
  workerFailed: string;
  // Workbooks
  workbookFormats: Record<WorkbookInfo['format'], string>;
  sheetLabel: string;
  /** Why this sheet was read, for the line beside the sheet picker. */
  sheetChosen: (name: string, chosenBy: WorkbookInfo['chosenBy']) => string;
  sheetHidden: string;
  sheetEmpty: string;
  sheetSurvey: string;
  date1904: string;
  // Details
  byMonthTitle: string;
  bySegmentTitle: string;
  colMonth: string;
  colSegment: string;
  colN: string;
  colNps: string;
  colInterval: (level: string) => string;
  /** An interval's two ends: `+11 to +47`. */
  intervalRange: (low: string, high: string) => string;
  blankSegment: string;
  otherSegments: string;
  chartSegmentAlt: (count: number, level: string) => string;
  intervalNote: (level: string) => string;
  detractorsTitle: string;
  detractorsCount: (count: string) => string;
  detractorsCapped: (shown: string, total: string) => string;
  detractorsNone: string;
  downloadDetractors: string;
  downloadFailed: (detail: string) => string;
  commentsCut: (total: number, count: string, max: string) => string;
  /** Appended to a cut comment in the download. */
  commentCutNote: (total: string, kept: string) => string;
  detractorsFile: string;
  csvHeaders: { line: string; answer: string; comment: string; segment: string; date: string; respondent: string };
}

const en: ImportStrings = {
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
  partial: (percent, line, detail) =>
    `Partial result: reading stopped at ${percent} of the file, after row ${line}, on an error (${detail}). The figures cover only the rows before that point. Choose the file again to retry.`,
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

const fr: ImportStrings = {
  fileLabel: 'Export d’enquête (CSV, TSV ou classeur Excel)',
  dropHint: 'Choisissez le fichier, ou déposez-le sur ce cadre.',
  dropActive: 'Déposez le fichier pour le lire',
  privacy: 'Votre fichier reste sur cet appareil : il est lu par votre navigateur et n’est jamais envoyé.',
  supported:
    'Lit les exports SurveyMonkey, Qualtrics, Typeform et Google Forms, et tout fichier CSV ou TSV ou classeur Excel (.xlsx) ou OpenDocument (.ods) avec une colonne de 0 à 10.',
  progressLabel: 'Lecture du fichier',
  reading: (percent, rows) => `${percent}, ${rows} lignes lues`,
  cancel: 'Annuler',
  cancelled: 'Import annulé. Choisissez un fichier pour recommencer.',
  layouts: { surveymonkey: 'Export SurveyMonkey', qualtrics: 'Export Qualtrics', typeform: 'Export Typeform', 'google-forms': 'Réponses Google Forms', plain: 'Tableau simple' },
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 avec BOM',
    'windows-1252': 'Windows-1252 (Excel ancien)',
    'utf-16le': 'UTF-16 (texte Unicode Excel)',
    'utf-16be': 'UTF-16 gros-boutiste',
  },
  delimiters: { ',': 'séparé par des virgules', ';': 'séparé par des points-virgules', '\t': 'séparé par des tabulations' },
  detected: 'Détecté\u00a0:',
  headerRows: (count) => (count === 0 ? 'pas de ligne d’en-tête' : plural('fr', count, { one: `${count} ligne d’en-tête`, other: `${count} lignes d’en-tête` })),
  fileSummary: (name, size) => `${name} (${size})`,
  byteUnits: ['o', 'Ko', 'Mo', 'Go'],
  rowsSummary: (rows, counted) => `${rows} lignes lues, ${counted} réponses comptées.`,
  skippedNone: 'Aucune ligne écartée.',
  skippedTotal: (count) => `${count} lignes écartées, non comptées dans le score :`,
  skippedBlank: (count) => `${count} sans réponse`,
  skippedNotANumber: (count) => `${count} qui ne sont pas des nombres`,
  skippedOutOfRange: (count) => `${count} hors de 0–10 ou non entières`,
  noAnswers: 'Aucune ligne de cette colonne ne contient une réponse de 0 à 10. Choisissez la colonne de la question de recommandation.',
  columnLabel: 'Question de recommandation (0–10)',
  columnGuessed: 'Aucun en-tête ne parle de recommandation : cette colonne a été choisie d’après ses valeurs. Vérifiez-la.',
  columnValues: 'valeurs 0–10',
  dateLabel: 'Colonne de date (tendance mensuelle)',
  segmentLabel: 'Colonne de segment',
  commentLabel: 'Colonne de commentaire',
  none: 'Aucune',
  columnN: (position) => `Colonne ${position}`,
  dateOrder: { dmy: 'Dates lues au format jour/mois/année.', mdy: 'Dates lues au format mois/jour/année.' },
  undated: (count) => `${count} lignes comptées n’ont pas de date lisible : elles sont dans le score mais pas dans la tendance mensuelle.`,
  unreadableTotal: (total, count) =>
    plural('fr', total, {
      one: `${count} ligne n’a pas pu être lue : elle n’est ni comptée ni écartée.`,
      other: `${count} lignes n’ont pas pu être lues : elles ne sont ni comptées ni écartées.`,
    }),
  unreadableRecord: (line, reason, chars, lineBreaks) =>
    reason === 'unclosed-quote'
      ? `Ligne ${line} : un guillemet (") s’y ouvre et n’est jamais fermé ; le reste du fichier (${chars} caractères, ${lineBreaks} lignes de texte de plus) forme une seule cellule, et aucune ligne n’a pu y être comptée. Vérifiez le fichier autour de cette ligne.`
      : `La ligne ${line} fait ${chars} caractères (${lineBreaks} lignes de texte de plus), plus qu’une ligne ne peut en faire : elle n’a pas été lue. Un guillemet (") fermé bien plus loin produit cela. Vérifiez le fichier autour de cette ligne.`,
  unreadableMore: (count) => `Et ${count} de plus.`,
  partial: (percent, line, detail) =>
    `Résultat partiel : la lecture s’est arrêtée à ${percent} du fichier, après la ligne ${line}, sur une erreur (${detail}). Les chiffres ne portent que sur les lignes lues avant. Choisissez à nouveau le fichier pour réessayer.`,
  unclosedQuoteAt: (line) =>
    `La ligne ${line} ouvre un guillemet (") qui n’est jamais fermé : le reste du fichier forme une seule cellule et aucune réponse ne peut être lue. Vérifiez le fichier autour de cette ligne.`,
  errors: {
    empty: 'Ce fichier est vide.',
    xlsx: 'Ce classeur n’a pas pu être lu. Dans Excel : Fichier › Enregistrer sous › CSV UTF-8, puis choisissez le fichier CSV.',
    xls: 'C’est un ancien classeur Excel (.xls), qui ne peut pas être lu ici. Dans Excel : Fichier › Enregistrer sous › Classeur Excel (.xlsx) ou CSV UTF-8, puis choisissez ce fichier.',
    pdf: 'C’est un document PDF. Exportez plutôt les réponses en CSV depuis votre outil d’enquête.',
    binary: 'Ce fichier n’est pas du texte (il ressemble à des données binaires) : il ne peut pas être lu comme un CSV.',
    'no-data-rows': 'Ce fichier a un en-tête mais aucune réponse.',
    'no-answer-column': 'Aucune colonne ne contient de réponses de 0 à 10 : pas de question de recommandation à calculer.',
    'bad-column': 'La colonne choisie n’existe pas dans ce fichier.',
    'unclosed-quote': 'Un guillemet (") proche du début du fichier n’est jamais fermé : aucune réponse ne peut être lue.',
    'first-rows-too-long':
      'Les premières lignes de ce fichier dépassent ensemble 16 Mo : ses colonnes ne peuvent pas être déterminées. Un guillemet (") jamais fermé près du début produit aussi cela : vérifiez les premières lignes.',
    'read-failed': 'Le navigateur n’a pas pu lire ce fichier.',
    'workbook-encrypted':
      'Ce classeur est protégé par un mot de passe : il ne peut pas être lu. Dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, videz le champ), enregistrez, puis choisissez à nouveau le fichier ; ou enregistrez-le en CSV.',
    'workbook-corrupt':
      'Ce classeur est endommagé : son contenu ne peut pas être décompressé (un téléchargement interrompu produit cela). Téléchargez-le ou enregistrez-le à nouveau, ou enregistrez-le en CSV (Fichier › Enregistrer sous › CSV UTF-8).',
    'not-a-workbook': 'C’est une archive ZIP, pas un classeur de tableur. Décompressez-la et choisissez le fichier CSV ou .xlsx qu’elle contient.',
    'sheet-empty': 'Cette feuille est vide : aucune cellule ne contient de valeur. Choisissez une autre feuille.',
    'sheet-header-only': 'Cette feuille a un en-tête mais aucune réponse. Choisissez une autre feuille.',
    'bad-sheet': 'La feuille choisie n’existe pas dans ce classeur.',
    'workbook-browser':
      'Ce navigateur ne sait pas décompresser les classeurs (DecompressionStream lui manque). Mettez-le à jour, ou enregistrez le classeur en CSV (Fichier › Enregistrer sous › CSV UTF-8).',
  },
  workerFailed: 'Le lecteur de fichier n’a pas pu démarrer dans ce navigateur.',
  workbookFormats: { xlsx: 'Classeur Excel (.xlsx)', ods: 'Classeur OpenDocument (.ods)' },
  sheetLabel: 'Feuille',
  sheetChosen: (name, chosenBy) =>
    chosenBy === 'only'
      ? `Lecture de la seule feuille, « ${name} ».`
      : chosenBy === 'user'
        ? `Lecture de la feuille « ${name} », comme choisi.`
        : chosenBy === 'survey'
          ? `Lecture de « ${name} » : la première feuille avec une question de recommandation. Choisissez une autre feuille si besoin.`
          : `Aucune feuille n’a de colonne dont l’en-tête parle de recommandation : la première feuille avec des données, « ${name} », a été lue. Vérifiez-la, ou choisissez une autre feuille.`,
  sheetHidden: 'masquée',
  sheetEmpty: 'vide',
  sheetSurvey: 'question de recommandation',
  date1904: 'Les dates suivent le calendrier 1904 (ancien Excel pour Mac).',
  byMonthTitle: 'TNR (NPS) par mois',
  bySegmentTitle: 'TNR (NPS) par segment',
  colMonth: 'Mois',
  colSegment: 'Segment',
  colN: 'Réponses (n)',
  colNps: 'NPS',
  colInterval: (level) => `Intervalle à ${level}\u00a0%`,
  intervalRange: (low, high) => `${low} à ${high}`,
  blankSegment: '(sans segment)',
  otherSegments: '(autres segments)',
  chartSegmentAlt: (count, level) => `Graphique en barres du NPS de ${count} segments, chacun avec son intervalle à ${level}\u00a0%. Le tableau ci-dessous donne les chiffres.`,
  intervalNote: (level) =>
    `Intervalles à ${level}\u00a0% par la méthode de Wald ajustée. Les petits groupes ont des intervalles larges\u00a0: pour savoir si deux mois ou segments diffèrent vraiment, comparez-les sous «\u00a0L’écart est-il réel\u00a0?\u00a0» ci-dessous.`,
  detractorsTitle: 'Détracteurs à recontacter',
  detractorsCount: (count) => `${count} détracteurs (réponses de 0 à 6).`,
  detractorsCapped: (shown, total) => `${total} détracteurs ; le téléchargement contient les ${shown} premiers.`,
  detractorsNone: 'Aucun détracteur dans ce fichier.',
  downloadDetractors: 'Télécharger les détracteurs et leurs commentaires (CSV)',
  downloadFailed: (detail) => `Le téléchargement n’a pas pu être créé : ${detail}.`,
  commentsCut: (total, count, max) =>
    `${plural('fr', total, { one: `${count} commentaire dépasse`, other: `${count} commentaires dépassent` })} ${max} caractères : le téléchargement en garde les ${max} premiers caractères et le signale dans chacun.`,
  commentCutNote: (total, kept) => ` […] (coupé : ${total} caractères dans le fichier, les ${kept} premiers gardés)`,
  detractorsFile: 'detracteurs.csv',
  csvHeaders: { line: 'ligne', answer: 'note', comment: 'commentaire', segment: 'segment', date: 'date', respondent: 'répondant' },
};

export const importStrings: Record<Locale, ImportStrings> = { en, fr };
