/**
 * `client:interaction`: hydrate an island on the first sign the reader means to use it (the pointer over it,
 * focus inside it, a touch or a key), not when it scrolls into view. A reading page then loads no island code
 * until it is wanted; `test/support/js-weight.ts` counts such an island as on demand (lazy), not eager.
 * When the address already carries one of the island's parameters (the directive's value, comma-separated:
 * a shared link), it hydrates at once, so the link's view appears without a click.
 */
import type { ClientDirective } from 'astro';

const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

const onInteraction: ClientDirective = (load, options, el) => {
  const keys = typeof options.value === 'string' ? options.value.split(',').filter(Boolean) : [];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const name of EVENTS) el.removeEventListener(name, start);
    void load().then((hydrate) => hydrate());
  };
  const query = new URLSearchParams(window.location.search);
  if (keys.some((key) => query.has(key))) {
    start();
    return;
  }
  for (const name of EVENTS) el.addEventListener(name, start, { passive: true });
};

export default onInteraction;
