/** One query-merging rule for the score tool and the sector filters, so neither rewrites the other's parameters. Imports nothing. */

/**
 * Merge the tool's query into the page's current one: every parameter the tool owns is replaced by `mine`
 * (`writeParams` output), every other parameter of the page (a sector page's filters, say) is kept as it is.
 * Returns the query without `?` (empty when nothing is left).
 */
export function mergeQuery(current: string, mine: string, owned: readonly string[]): string {
  const others = (current.startsWith('?') ? current.slice(1) : current)
    .split('&')
    .filter((pair) => pair !== '')
    .filter((pair) => {
      const key = decodeURIComponent(pair.split('=')[0]!.replaceAll('+', ' '));
      return !owned.includes(key);
    });
  const ownedPairs = mine.split('&').filter((pair) => pair !== '' && owned.includes(decodeURIComponent(pair.split('=')[0]!)));
  return [...others, ...ownedPairs].join('&');
}
