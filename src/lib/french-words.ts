/** French grammar the French strings tables share (the strings modules import it; no other code does). */

/** Vowels (with their accented forms) before which `de` elides. A leading `h` is left alone: brand names with an h (Honda, Hyundai) take `de`. */
const ELIDING = /^[aeiouàâäéèêëîïôöùûüœæ]/i;

/** "de" before a name, elided before a vowel: `de Free`, `d’Orange`, `d’IndexNPS`, `d’Apple, Orange et Free`. */
export function de(name: string): string {
  return ELIDING.test(name.trim()) ? `d’${name.trim()}` : `de ${name}`;
}
