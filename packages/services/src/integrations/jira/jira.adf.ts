/**
 * The Jira issue description in Atlassian Document Format: what was found, where, the code, how to fix it
 * and a link back. Finding text is data: it goes into text nodes only, never into marks or links.
 */
export interface AdfFinding {
  title: string;
  description: string;
  vulnClass: string;
  cwes: string[];
  score: number;
  repositoryName: string;
  location: string | null;
  snippet: string | null;
  remediation: string | null;
  url: string;
}

type Node = Record<string, unknown>;
const text = (t: string): Node => ({ type: 'text', text: t.slice(0, 30_000) });
const para = (...parts: Node[]): Node => ({ type: 'paragraph', content: parts });
const heading = (t: string): Node => ({ type: 'heading', attrs: { level: 3 }, content: [text(t)] });

export function findingToAdf(f: AdfFinding): Node {
  const content: Node[] = [
    para(text(`${f.vulnClass} (${f.cwes.join(', ') || 'no CWE'}), score ${f.score}/100, in ${f.repositoryName}${f.location ? ` at ${f.location}` : ''}.`)),
  ];
  if (f.description) content.push(heading('Description'), para(text(f.description)));
  if (f.snippet) content.push(heading('Code'), { type: 'codeBlock', content: [text(f.snippet)] });
  if (f.remediation) content.push(heading('How to fix'), para(text(f.remediation)));
  content.push(para({ type: 'text', text: 'View in Nullpath', marks: [{ type: 'link', attrs: { href: f.url } }] }));
  return { type: 'doc', version: 1, content };
}
