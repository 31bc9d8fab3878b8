/** Company search as you type: case- and accent-insensitive, matching the start of any word of the name. */

/** Lower case, accents removed, punctuation turned to spaces: `Crédit Mutuel` → `credit mutuel`, `BB&T` → `bb t`. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when every word typed starts a word of the name, or the whole query (spaces ignored) occurs
 * in the name: `cred mut` and `mutuel` find Crédit Mutuel, `bbt` finds BB&T. An empty query matches everything.
 */
export function matchesSearch(name: string, query: string): boolean {
  const q = normalizeForSearch(query);
  if (!q) return true;
  const n = normalizeForSearch(name);
  const words = n.split(' ');
  if (q.split(' ').every((part) => words.some((word) => word.startsWith(part)))) return true;
  return n.replaceAll(' ', '').includes(q.replaceAll(' ', ''));
}

/** True when the query matches any of the names (a company's name and its aliases, `BoA` for Bank of America). */
export function matchesAnyName(names: readonly string[], query: string): boolean {
  return names.some((name) => name.trim() !== '' && matchesSearch(name, query));
}
