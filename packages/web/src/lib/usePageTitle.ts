import { useEffect } from 'react';

/** Sets the browser tab title, the first thing a screen reader announces after navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Vigil`;
  }, [title]);
}
