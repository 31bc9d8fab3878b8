/**
 * Words and two-word phrases of a free-text comment, for "what detractors say" (keyness.ts).
 *
 * - Case folding (`toLowerCase`) after Unicode NFC, so `É` typed as E + combining accent matches `é`;
 *   accents are kept (`très` and `tres` stay two words, as a reader sees them).
 * - Typographic apostrophes (’ ‘ ʼ ′) read as `'`. French elision is split off: `l'appli`, `d'attente`,
 *   `qu'il`, `jusqu'au` give `appli`, `attente`, `il`, `au` (the elided word is a stop word and, like one,
 *   ends a phrase: "temps d'attente" gives no "temps attente", as "temps de l'attente" gives none).
 *   English `'s` (possessive, "it's") is dropped; other contractions stay whole (`don't`, `can't`).
 * - Hyphenated words stay one word (`après-vente`, `e-mail`); a hyphen at either end is not part of the word.
 * - Numbers alone (`3`, `24,99`, `2024`) are not words; letters with digits are (`4g`, `24h`).
 * - Emoji, symbols and punctuation separate words and are never words themselves.
 * - Two-word phrases are two adjacent words of the same clause (punctuation ends a clause), neither a stop
 *   word nor a number: "customer service" in "the customer service, slow" but not "service slow".
 */

/** Letters (any script, with their combining marks) and digits, joined by inner hyphens or apostrophes. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;
/** Clause breaks: a phrase never spans these. */
const CLAUSE = /[.!?;:,()[\]{}"«»“”…|/\\\n\r\t–—•]+/u;
const APOSTROPHES = /[’‘ʼ′`]/g;
/** French elided words before an apostrophe: le/la, de, que, je, me, te, se, ne, ce, jusque, lorsque, puisque, quoique. */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])/u;
const NUMBER = /^\p{N}+(?:['-]\p{N}+)*$/u;

/** Fold a comment's text: NFC, lower case, straight apostrophes. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
}

/** An elided article or pronoun (`l'`, `d'`, `qu'`): a stop word, so it ends a phrase like one. */
const ELIDED = '';

/** Every word of a text in order, numbers included, folded; ELIDED where an elided word stood. */
function* allWords(text: string): Generator<string> {
  for (const match of foldText(text).matchAll(WORD)) {
    let word = match[0];
    // `l'appli` → `appli`; repeated for the rare chain `qu'l'…`.
    for (let elided = ELISION.exec(word); elided; elided = ELISION.exec(word)) {
      word = word.slice(elided[0].length);
      yield ELIDED;
    }
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (word !== '') yield word;
  }
}

const isNumber = (word: string) => NUMBER.test(word);

/** The words of a text in order (numbers left out), folded. */
export function tokenize(text: string): string[] {
  return [...allWords(text)].filter((word) => word !== ELIDED && !isNumber(word));
}

/** Words and phrases of one comment: unigrams and bigrams with stop words left out, in order, repeats kept. */
export interface CommentTerms {
  words: string[];
  phrases: string[];
}

export function commentTerms(text: string, stopWords: ReadonlySet<string>): CommentTerms {
  const words: string[] = [];
  const phrases: string[] = [];
  for (const clause of text.split(CLAUSE)) {
    let previous: string | undefined;
    for (const word of allWords(clause)) {
      // A stop word or a number is left out and ends a phrase: "waited 3 hours" gives no "waited hours".
      if (word === ELIDED || stopWords.has(word) || isNumber(word)) {
        previous = undefined;
        continue;
      }
      words.push(word);
      if (previous !== undefined) phrases.push(`${previous} ${word}`);
      previous = word;
    }
  }
  return { words, phrases };
}
