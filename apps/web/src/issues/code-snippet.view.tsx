import { Box, Text } from '@mantine/core';

const GUTTER = { userSelect: 'none', textAlign: 'right', paddingRight: 12, opacity: 0.55 } as const;

/** The finding's source lines, numbered from `startLine` so they match the file. */
export function CodeSnippetView({ code, startLine, file, highlight }: { code: string; startLine: number | null; file: string | null; highlight?: { from: number; to: number } }) {
  const lines = code.replace(/\n$/, '').split('\n');
  const first = startLine ?? 1;
  return (
    <Box data-testid="code-snippet">
      {file !== null && (
        <Text size="xs" c="dimmed" ff="monospace" mb={4}>
          {file}
        </Text>
      )}
      <Box
        component="pre"
        m={0}
        p="sm"
        bg="var(--mantine-color-gray-0)"
        style={{ overflowX: 'auto', borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Box component="table" style={{ borderCollapse: 'collapse', fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 }}>
          <tbody>
            {lines.map((line, i) => (
              <tr
                key={i}
                data-testid={highlight && first + i >= highlight.from && first + i <= highlight.to ? 'code-line-highlighted' : 'code-line'}
                style={highlight && first + i >= highlight.from && first + i <= highlight.to ? { background: 'var(--mantine-color-red-1)' } : undefined}
              >
                <td style={GUTTER}>{startLine !== null ? first + i : ''}</td>
                <td style={{ whiteSpace: 'pre' }}>{line}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      </Box>
    </Box>
  );
}
