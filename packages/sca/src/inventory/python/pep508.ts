import { normaliseName } from '../../model/ecosystem';

/** Distribution name of a PEP 508 requirement string (`requests[socks]>=2; python_version>"3"` → `requests`). */
export function requirementName(spec: string): string | undefined {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec);
  return m ? m[1] : undefined;
}

export const pyKey = (name: string): string => normaliseName('PyPI', name);
