/** The chart kit's words (download buttons, export settings, CSV headings), per language. */
import type { Locale } from '../i18n.ts';

export interface ChartKitStrings {
  downloadPng: string;
  downloadCsv: string;
  /** Export setting line when no filter narrows the figures. */
  noFilter: string;
  /** Export setting line with the filters in words: `Filters: Market: France · Grade: B or better`. */
  filters: (list: string) => string;
  /** `label: value` with the language's typography. */
  pair: (label: string, value: string) => string;
  /** Import charts: the settings line (answers read from the file, interval level) and the legend. */
  fromFile: (answers: string, level: string) => string;
  barNps: string;
  whisker: (level: string) => string;
  /** CSV headings of the import tables' interval ends. */
  low: string;
  high: string;
  /** Placement chart (score tool): legend and settings. */
  placement: {
    you: string;
    band: (level: string) => string;
    peer: string;
    peerInterval: (level: string) => string;
    /** The interval level the band and whiskers show. */
    intervals: (level: string) => string;
  };
  /** Company chart legend: the kinds of point. */
  pointValue: string;
  pointAbout: string;
  pointBound: string;
  csv: {
    company: string;
    scope: string;
    published: string;
    nps: string;
    low: string;
    high: string;
    period: string;
    market: string;
    n: string;
    surveyType: string;
    grade: string;
    source: string;
    sourceUrl: string;
    notes: string;
  };
}

export const chartKitStrings: Record<Locale, ChartKitStrings> = {
  en: {
    downloadPng: 'Download the chart (PNG)',
    downloadCsv: 'Download the figures shown (CSV)',
    noFilter: 'Every figure (no filter)',
    filters: (list) => `Filters: ${list}`,
    pair: (label, value) => `${label}: ${value}`,
    fromFile: (answers, level) => `Your survey file: ${answers} answers scored; whiskers show the ${level}% interval`,
    barNps: 'Bar: NPS',
    whisker: (level) => `Whisker: ${level}% interval`,
    low: 'Interval, low',
    high: 'Interval, high',
    placement: {
      you: 'Your score',
      band: (level) => `Shaded band: your ${level}% interval, across the companies`,
      peer: 'Bar: a company’s published figure, coloured by source grade',
      peerInterval: (level) => `Whisker: that company’s own ${level}% interval, where its sample size is published`,
      intervals: (level) => `Intervals at ${level}% (adjusted Wald)`,
    },
    pointValue: 'Filled circle: a figure, coloured by source grade',
    pointAbout: 'Hollow circle: an approximate figure (“about”)',
    pointBound: 'Triangle: a bound, pointing the way it goes',
    csv: {
      company: 'Company',
      scope: 'Scope',
      published: 'Figure as published',
      nps: 'NPS',
      low: '95% interval, low',
      high: '95% interval, high',
      period: 'Period',
      market: 'Market',
      n: 'n',
      surveyType: 'Survey type',
      grade: 'Grade',
      source: 'Source',
      sourceUrl: 'Source address',
      notes: 'Notes',
    },
  },
  fr: {
    downloadPng: 'Télécharger le graphique (PNG)',
    downloadCsv: 'Télécharger les chiffres affichés (CSV)',
    noFilter: 'Tous les chiffres (aucun filtre)',
    filters: (list) => `Filtres\u00a0: ${list}`,
    pair: (label, value) => `${label}\u00a0: ${value}`,
    fromFile: (answers, level) => `Votre fichier d’enquête\u00a0: ${answers}\u00a0réponses notées\u00a0; les moustaches montrent l’intervalle à ${level}\u00a0%`,
    barNps: 'Barre\u00a0: NPS',
    whisker: (level) => `Moustache\u00a0: intervalle à ${level}\u00a0%`,
    low: 'Intervalle, borne basse',
    high: 'Intervalle, borne haute',
    placement: {
      you: 'Votre score',
      band: (level) => `Bande ombrée\u00a0: votre intervalle à ${level}\u00a0%, sur toutes les entreprises`,
      peer: 'Barre\u00a0: le chiffre publié d’une entreprise, coloré selon la note de la source',
      peerInterval: (level) => `Moustache\u00a0: l’intervalle à ${level}\u00a0% de cette entreprise, quand sa taille d’échantillon est publiée`,
      intervals: (level) => `Intervalles à ${level}\u00a0% (Wald ajusté)`,
    },
    pointValue: 'Rond plein\u00a0: un chiffre, coloré selon la note de la source',
    pointAbout: 'Rond vide\u00a0: un chiffre approximatif («\u00a0environ\u00a0»)',
    pointBound: 'Triangle\u00a0: une borne, pointée dans son sens',
    csv: {
      company: 'Entreprise',
      scope: 'Périmètre',
      published: 'Chiffre publié',
      nps: 'NPS',
      low: 'Intervalle à 95\u00a0%, borne basse',
      high: 'Intervalle à 95\u00a0%, borne haute',
      period: 'Période',
      market: 'Marché',
      n: 'n',
      surveyType: 'Type d’enquête',
      grade: 'Note',
      source: 'Source',
      sourceUrl: 'Adresse de la source',
      notes: 'Remarques',
    },
  },
};
