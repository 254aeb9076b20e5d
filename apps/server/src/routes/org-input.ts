/** Passes `organizationId` on only when the caller sent it (exactOptionalPropertyTypes-friendly). */
export const orgOf = (body: { organizationId?: string | undefined }): { organizationId?: string } =>
  body.organizationId !== undefined ? { organizationId: body.organizationId } : {};

/** `{ key: v }` when v is defined, else `{}`: optional inputs pass through without `undefined` values. */
export const opt = <K extends string, V>(key: K, v: V | undefined): Partial<Record<K, V>> =>
  v === undefined ? {} : ({ [key]: v } as Record<K, V>);
