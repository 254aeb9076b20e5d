import { Code, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
// The guide is docs/clients.md itself, bundled at build time, so the dashboard and the repository never disagree.
import guide from '../../../../docs/clients.md?raw';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'para'; text: string };

/** Just enough Markdown for docs/clients.md: headings, fenced code, tables, bullet lists, paragraphs. */
export function parseGuide(md: string): Block[] {
  const lines = md.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const h = /^(#{1,3}) (.*)$/.exec(line);
    if (h) {
      out.push({ kind: 'heading', level: h[1]!.length, text: h[2]! });
      i++;
    } else if (line.startsWith('```')) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
      const stop = end === -1 ? lines.length : end;
      out.push({ kind: 'code', text: lines.slice(i + 1, stop).join('\n') });
      i = stop + 1;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
        if (/^\|[-| ]+\|$/.test(lines[i]!)) continue;
        rows.push(lines[i]!.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|')));
      }
      out.push({ kind: 'table', rows });
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      for (; i < lines.length && (lines[i]!.startsWith('- ') || lines[i]!.startsWith('  ')); i++) {
        if (lines[i]!.startsWith('- ')) items.push(lines[i]!.slice(2));
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
      }
      out.push({ kind: 'list', items });
    } else if (line.trim() === '' || line.startsWith('<!--')) {
      i++;
    } else {
      const para: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^(#|```|\||- |<!--)/.test(lines[i]!); i++) para.push(lines[i]!);
      out.push({ kind: 'para', text: para.join(' ') });
    }
  }
  return out;
}

/** Inline `code` and **bold**; everything else is plain text (React escapes it). */
function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part, k) =>
    part.startsWith('`') ? <Code key={k}>{part.slice(1, -1)}</Code> : part.startsWith('**') ? <strong key={k}>{part.slice(2, -2)}</strong> : part,
  );
}

export function ClientSetupPage() {
  return (
    <Stack gap="sm" maw={1000} data-testid="client-setup-page">
      {parseGuide(guide).map((b, k) => {
        if (b.kind === 'heading') return <Title key={k} order={(b.level + 1) as 2 | 3 | 4}>{inline(b.text)}</Title>;
        if (b.kind === 'code') return <Code key={k} block>{b.text}</Code>;
        if (b.kind === 'list') return <List key={k} size="sm">{b.items.map((it, j) => <List.Item key={j}>{inline(it)}</List.Item>)}</List>;
        if (b.kind === 'para') return <Text key={k} size="sm">{inline(b.text)}</Text>;
        const [head, ...body] = b.rows;
        return (
          <Table key={k} striped withTableBorder>
            <Table.Thead><Table.Tr>{head?.map((c, j) => <Table.Th key={j}>{inline(c)}</Table.Th>)}</Table.Tr></Table.Thead>
            <Table.Tbody>{body.map((r, j) => <Table.Tr key={j}>{r.map((c, m) => <Table.Td key={m}>{inline(c)}</Table.Td>)}</Table.Tr>)}</Table.Tbody>
          </Table>
        );
      })}
    </Stack>
  );
}
