/**
 * UI strings of the score tool in every language, for pages and tests. Islands import one language's module
 * instead (score-tool-strings-en.ts, score-tool-strings-fr.ts), so a page ships only its own words.
 */
import type { Locale } from './i18n.ts';
import { type ScoreToolStrings, scoreToolStringsEn } from './score-tool-strings-en.ts';
import { scoreToolStringsFr } from './score-tool-strings-fr.ts';

export type { ScoreToolStrings } from './score-tool-strings-en.ts';

export const scoreToolStrings: Record<Locale, ScoreToolStrings> = { en: scoreToolStringsEn, fr: scoreToolStringsFr };
