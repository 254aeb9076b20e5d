import { z } from 'zod';

/**
 * Some clients send a JSON-encoded string where an array is expected (the MCP server's start_scan,
 * api-compat.md §5): accept both, validate the same.
 */
export function lenientArray<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    const t = v.trim();
    if (t.startsWith('[')) {
      try {
        return JSON.parse(t);
      } catch {
        return v;
      }
    }
    return t === '' ? [] : [t];
  }, z.array(item).max(500));
}

export const PageV2Schema = {
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).optional().describe('Default 25, at most 100'),
};
