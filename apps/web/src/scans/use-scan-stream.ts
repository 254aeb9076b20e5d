import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSession } from '../session/session.context';
import { EMPTY_LIVE_SCAN, type LiveScan, applyScanEvent } from './scan-stream.state';

const EVENT_TYPES = ['phase', 'progress', 'finished'] as const;

/**
 * Follows one scan's Server-Sent Events while `enabled`. The stream is closed on `finished` (the server
 * ends it then, and EventSource would otherwise reconnect), on unmount, and when `enabled` turns off.
 * A finished scan changes lists, counts and issues, so every cached answer about them is refetched.
 */
export function useScanStream(orgId: string, scanId: string, enabled: boolean): LiveScan | null {
  const { client } = useSession();
  const queryClient = useQueryClient();
  const [live, setLive] = useState<LiveScan | null>(null);

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(client.scans.streamUrl({ scanId, organizationId: orgId }));
    // The first connection replays the event log from the start; a reconnect sends Last-Event-ID and
    // resumes after it, so one fold over the whole lifetime of the source stays exact.
    let state = EMPTY_LIVE_SCAN;
    const onEvent = (type: string) => (e: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(e.data);
      } catch {
        return;
      }
      state = applyScanEvent(state, type, data);
      setLive(state);
      if (state.finished) {
        source.close();
        void queryClient.invalidateQueries({ queryKey: ['scans', orgId] });
        void queryClient.invalidateQueries({ queryKey: ['repositories', orgId] });
        void queryClient.invalidateQueries({ queryKey: ['issues', orgId] });
      }
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent(type));
    return () => source.close();
  }, [client, queryClient, orgId, scanId, enabled]);

  return live;
}
