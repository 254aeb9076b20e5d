import { Code, List, Stack, Text } from '@mantine/core';
import type { TraceStep } from '@nullpath/api-client';

const stepLocation = (s: TraceStep): string => `${s.file}:${s.line}${s.column !== undefined ? `:${s.column}` : ''}`;

/** The data flow from source to sink, in the order the analysis followed it. */
export function IssueTraceView({ trace }: { trace: readonly TraceStep[] }) {
  return (
    <List type="ordered" spacing="sm" data-testid="issue-trace">
      {trace.map((step, i) => (
        <List.Item key={i} data-testid="trace-step" data-file={step.file} data-line={step.line}>
          <Stack gap={2}>
            <Text size="sm" ff="monospace" fw={500} data-testid="trace-step-location">
              {stepLocation(step)}
            </Text>
            <Text size="sm" data-testid="trace-step-label">
              {step.label}
            </Text>
            {step.code !== undefined && <Code block>{step.code}</Code>}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
