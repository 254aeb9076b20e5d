/** Human vulnerability classes (V2 `vulnerabilityClasses` filter values) by CWE number. */
const CLASSES: Record<string, string> = {
  '22': 'Path Traversal',
  '78': 'Command Injection',
  '79': 'Cross-Site Scripting',
  '89': 'SQL Injection',
  '90': 'LDAP Injection',
  '94': 'Code Injection',
  '95': 'Code Injection',
  '113': 'Header Injection',
  '117': 'Log Injection',
  '295': 'Improper Certificate Validation',
  '327': 'Weak Cryptography',
  '328': 'Weak Hash',
  '330': 'Insecure Randomness',
  '338': 'Insecure Randomness',
  '347': 'Improper Signature Verification',
  '502': 'Unsafe Deserialization',
  '601': 'Open Redirect',
  '611': 'XML External Entity',
  '614': 'Insecure Cookie',
  '643': 'XPath Injection',
  '798': 'Hard-coded Credentials',
  '918': 'Server-Side Request Forgery',
  '942': 'Permissive CORS',
  '943': 'NoSQL Injection',
  '1004': 'Insecure Cookie',
  '1321': 'Prototype Pollution',
  '1333': 'Regular Expression Denial of Service',
  '1336': 'Server-Side Template Injection',
};

/** `CWE-89`, `89` → "SQL Injection"; unknown CWEs keep their id so nothing is mislabelled. */
export function vulnClassOf(cwe: string | undefined): string {
  const n = (cwe ?? '').replace(/^CWE-/i, '');
  return CLASSES[n] ?? (n ? `CWE-${n}` : 'Other');
}

export const normaliseCwe = (cwe: string): string => `CWE-${cwe.replace(/^CWE-/i, '')}`;
