import type { Scan } from '@nullpath/api-client';
import { describe, expect, it } from 'vitest';
import { EMPTY_LIVE_SCAN, type LiveScan, applyScanEvent, mergeLiveScan, progressPercent } from './scan-stream.state';

const fold = (events: Array<[string, unknown]>): LiveScan => events.reduce((s, [t, d]) => applyScanEvent(s, t, d), EMPTY_LIVE_SCAN);
const COUNTS = { critical: 1, high: 2, medium: 0, low: 0, info: 0, total: 3, resolved: 0 };

describe('applyScanEvent', () => {
  it('follows a scan from queued through progress to completed', () => {
    const queued = fold([['phase', { phase: 'queued', status: 'QUEUED' }]]);
    expect(queued).toMatchObject({ status: 'QUEUED', phase: 'queued', finished: false });

    const running = applyScanEvent(queued, 'progress', { phase: 'sast:parse', done: 1, total: 4 });
    expect(running).toMatchObject({ status: 'RUNNING', phase: 'sast:parse', progress: { done: 1, total: 4 } });

    const done = applyScanEvent(running, 'finished', { status: 'COMPLETED', counts: COUNTS });
    expect(done).toMatchObject({ status: 'COMPLETED', finished: true, counts: COUNTS, progress: { done: 1, total: 4 } });
  });

  it('keeps the error of a failed scan', () => {
    expect(fold([['finished', { status: 'FAILED', error: 'git clone failed' }]])).toMatchObject({ status: 'FAILED', error: 'git clone failed' });
  });

  it('notes a cancel request reported on a phase event', () => {
    expect(fold([['phase', { phase: 'sast', status: 'RUNNING', cancelRequested: true }]]).cancelRequested).toBe(true);
  });

  it('ignores events after finished, unknown types and malformed data', () => {
    const done = fold([['finished', { status: 'CANCELLED' }]]);
    expect(applyScanEvent(done, 'progress', { phase: 'x', done: 1, total: 2 })).toBe(done);
    expect(applyScanEvent(EMPTY_LIVE_SCAN, 'heartbeat', {})).toBe(EMPTY_LIVE_SCAN);
    expect(applyScanEvent(EMPTY_LIVE_SCAN, 'phase', 'not an object')).toBe(EMPTY_LIVE_SCAN);
    expect(applyScanEvent(EMPTY_LIVE_SCAN, 'finished', { status: 'RUNNING' })).toBe(EMPTY_LIVE_SCAN);
    expect(applyScanEvent(EMPTY_LIVE_SCAN, 'progress', { done: 'x', total: 2 }).progress).toBeNull();
  });
});

describe('mergeLiveScan', () => {
  const scan = {
    id: 's1',
    status: 'QUEUED',
    phase: 'queued',
    progress: { done: 0, total: 0 },
    counts: { ...COUNTS, critical: 0, high: 0, total: 0 },
    errorMessage: null,
    cancelRequested: false,
  } as Scan;

  it('returns the server answer while nothing streamed', () => {
    expect(mergeLiveScan(scan, null)).toBe(scan);
  });

  it('overlays streamed status, phase, progress and counts', () => {
    const live = fold([
      ['progress', { phase: 'ingesting', done: 3, total: 3 }],
      ['finished', { status: 'COMPLETED', counts: COUNTS }],
    ]);
    expect(mergeLiveScan(scan, live)).toMatchObject({ status: 'COMPLETED', phase: 'ingesting', progress: { done: 3, total: 3 }, counts: COUNTS });
  });

  it('lets a finished server answer win over the stream', () => {
    const done = { ...scan, status: 'COMPLETED', phase: 'completed', counts: COUNTS } as Scan;
    const live = fold([['progress', { phase: 'ingesting', done: 0, total: 3 }], ['finished', { status: 'COMPLETED', counts: COUNTS }]]);
    expect(mergeLiveScan(done, live)).toBe(done);
  });
});

describe('progressPercent', () => {
  it('is null while the total is unknown', () => {
    expect(progressPercent({ done: 0, total: 0 })).toBeNull();
  });

  it('rounds and clamps', () => {
    expect(progressPercent({ done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ done: 5, total: 4 })).toBe(100);
  });
});
