import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False in the server render and during hydration, true from then on: for what only the browser can draw (a canvas).
 * React re-renders with the client value right after hydrating, with no effect setting state.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
