/**
 * Unit tests that render island parts on their own: the parts read their words through `useStrings`, which
 * suspends until the language's module has loaded (src/lib/lazy-strings.ts). Importing this file first loads every
 * language's modules, so a part renders its words at once (outside Suspense), as in the browser once they are in.
 */
import { LOCALES } from '../../src/lib/i18n.ts';
import { ALL_STRINGS_LOADERS, loadStrings } from '../../src/lib/lazy-strings.ts';

await Promise.all(LOCALES.flatMap((locale) => ALL_STRINGS_LOADERS.map((loaders) => loadStrings(loaders, locale))));
