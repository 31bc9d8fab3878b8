import { describe, expect, test } from 'vitest';
import { scoreToolStrings } from '../src/lib/score-tool-strings.ts';

/** Every text a strings object can produce: plain strings, and functions called with sample arguments. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    // Error messages take a FieldError; every other function takes strings (or numbers).
    const result = path.endsWith('.error') ? fn({ field: 'grade', code: 'unknown-value' }) : fn('A', 'B', 'C', 'D', 'E', 'F');
    texts(result, `${path}()`, out);
  } else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) texts(item, `${path}.${key}`, out);
  return out;
}

describe('score tool strings', () => {
  test('French typography: a no-break space, never an ordinary one, before : ; ! ? and % and inside « »', () => {
    const bad = texts(scoreToolStrings.fr, 'fr').filter(([, text]) => / [:;!?%]|« | »/.test(text));
    expect(bad).toEqual([]);
  });
  test('the French strings are a complete translation: the same keys, no English sentence left', () => {
    const en = new Map(texts(scoreToolStrings.en, 'x'));
    const fr = new Map(texts(scoreToolStrings.fr, 'x'));
    expect([...fr.keys()]).toEqual([...en.keys()]);
    const same = [...fr].filter(([key, text]) => text.length > 30 && en.get(key) === text).map(([key]) => key);
    expect(same).toEqual([]);
  });
});
