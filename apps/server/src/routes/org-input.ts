/** Passes `organizationId` on only when the caller sent it (exactOptionalPropertyTypes-friendly). */
export const orgOf = (body: { organizationId?: string | undefined }): { organizationId?: string } =>
  body.organizationId !== undefined ? { organizationId: body.organizationId } : {};
