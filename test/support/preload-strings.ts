/**
 * Unit tests that render island parts on their own: in the browser a part loads together with its words
 * (src/islands/lazy-part.ts) and reads them with `stringsOf`, which throws when they are not loaded. Importing this
 * file first loads every language's words modules (src/lib/lazy-strings.ts), as the part's loader would.
 */
import { LOCALES } from '../../src/lib/i18n.ts';
import { ALL_STRINGS_LOADERS, loadStrings } from '../../src/lib/lazy-strings.ts';

await Promise.all(LOCALES.flatMap((locale) => ALL_STRINGS_LOADERS.map((loaders) => loadStrings(loaders, locale))));
