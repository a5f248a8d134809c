'use client';

import { useEffect } from 'react';

/**
 * Marks the page once React has taken it over. Until then, controls that need JavaScript
 * (`data-needs-js`, set by the Button kit) ignore the pointer (see globals.css), so an early
 * click is not lost; one flag for the page instead of a re-render of every list that has buttons.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
