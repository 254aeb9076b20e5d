export const DAY_MS = 86_400_000;
export const addMs = (d: Date, ms: number): Date => new Date(d.getTime() + ms);
export const iso = (d: Date): string => d.toISOString();
