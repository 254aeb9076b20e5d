const FORMAT = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A server timestamp in the viewer's locale and time zone; `fallback` for null. */
export function formatDateTime(iso: string | null, fallback = '—'): string {
  if (iso === null) return fallback;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : FORMAT.format(d);
}

const DATE_ONLY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** The day only, for dense tables (pair it with formatDateTime in a title). */
export function formatDate(iso: string | null, fallback = '—'): string {
  if (iso === null) return fallback;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_ONLY.format(d);
}
