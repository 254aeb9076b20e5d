import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from './osv.schema.json';
import type { OsvRecord } from './osv.types';

export type OsvValidation = { ok: true; record: OsvRecord } | { ok: false; error: string };

let compiled: ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null } | undefined;

function validator() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Validates one decoded record against the vendored OSV schema; the error names the failing JSON pointer. */
export function validateOsv(data: unknown): OsvValidation {
  const v = validator();
  if (v(data)) return { ok: true, record: data as OsvRecord };
  const e = v.errors?.[0];
  return { ok: false, error: e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'invalid OSV record' };
}
