/** The French words of the survey import (panel and details) (what each one is: strings.ts). */
import { plural } from '../i18n.ts';
import type { ImportStrings } from './strings.ts';

export const importStringsFr: ImportStrings = {
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
  partial: (percent, line) => [
    `Résultat partiel : la lecture s’est arrêtée à ${percent} du fichier, après la ligne ${line}, sur une erreur (`,
    '). Les chiffres ne portent que sur les lignes lues avant. Choisissez à nouveau le fichier pour réessayer.',
  ],
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
