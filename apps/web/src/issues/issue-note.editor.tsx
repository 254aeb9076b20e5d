import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { Issue } from '@nullpath/api-client';
import { useState } from 'react';
import { ApiErrorAlert } from '../display/api-error.alert';
import { useTriage } from './triage.queries';

const NOTE_MAX = 5000;

/** The org-shared note: saved as typed; saving it empty clears it. */
export function IssueNoteEditor({ orgId, issue }: { orgId: string; issue: Issue }) {
  const triage = useTriage(orgId);
  const [note, setNote] = useState(issue.note ?? '');
  const over = note.length > NOTE_MAX;
  return (
    <Stack gap={6} data-testid="note-editor">
      <Textarea
        autosize
        minRows={3}
        placeholder="Notes for everyone in the organization"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={over ? `At most ${NOTE_MAX} characters` : undefined}
        data-testid="note-input"
      />
      <Group justify="space-between">
        <Text size="xs" c={over ? 'red' : 'dimmed'} data-testid="note-counter">
          {note.length} / {NOTE_MAX}
        </Text>
        <Button size="xs" disabled={over || note === (issue.note ?? '')} loading={triage.isPending} onClick={() => triage.mutate({ kind: 'updateNote', body: { issueId: issue.id, note } })} data-testid="note-save">
          {note.trim() === '' && issue.note ? 'Clear note' : 'Save note'}
        </Button>
      </Group>
      <ApiErrorAlert error={triage.error} title="The note was not saved" />
    </Stack>
  );
}
