/**
 * English and French stop words for "what detractors say", from the `stopword` package (npm, MIT; its `eng`
 * and `fra` lists: 108 and 168 function words such as "the", "and", "de", "les", "être" and its forms).
 * Only these two lists are imported, so the other 60 languages never reach the bundle (about 0.7 KB gzip).
 *
 * Why not `stopwords-iso`: its English list (1,298 words) also removes "problem", "good", "great", "help",
 * "not", "never", "nothing", "value" and "work", the very words that tell detractors from promoters.
 * Both lists are used on every file (a comment column may mix the two languages).
 */
import { eng, fra } from 'stopword';

export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...fra].map((word) => word.normalize('NFC').toLowerCase()));
