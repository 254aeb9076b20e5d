import { useSyncExternalStore } from 'react';

/**
 * A minimal path router: the server answers every non-API GET with index.html, so the
 * dashboard routes on `location.pathname` and moves with the History API.
 */
const NAVIGATE_EVENT = 'nullpath:navigate';

export interface Location {
  pathname: string;
  search: string;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const q = href.indexOf('?');
  return q === -1 ? { pathname: href, search: '' } : { pathname: href.slice(0, q), search: href.slice(q) };
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Only same-site paths are followed after login (`/x`, never `//host` or `https://…`), so a crafted
 * `?next=` cannot send a user elsewhere.
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** The single path segment after `prefix` (`/issues/abc` with `/issues/` → `abc`), decoded; null for any other path. */
export function pathParam(pathname: string, prefix: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/**
 * Replaces the query string of the current path (filters, paging): a filter change is no new history
 * entry, so Back leaves the page instead of stepping through every keystroke.
 */
export function replaceSearch(params: URLSearchParams): void {
  const query = params.toString();
  navigate(`${window.location.pathname}${query === '' ? '' : `?${query}`}`, { replace: true });
}
