import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** After client-side navigation, move focus to <main> so screen readers start at the new content. */
export function useFocusMainOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of the path
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname, main]);
}
