import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False during server rendering and until React takes over the page. Forms keep their submit
 * button disabled until then, so an early click cannot fall back to a native GET with the
 * password in the URL.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
