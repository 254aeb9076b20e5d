import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeAdvisoryStoreContract } from '../../test/advisory-store.contract';
import { FileAdvisoryStore } from './file-advisory.store';
import { MemoryAdvisoryStore } from './memory-advisory.store';

const parent = mkdtempSync(path.join(tmpdir(), 'np-sca-contract-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describeAdvisoryStoreContract('MemoryAdvisoryStore', async () => new MemoryAdvisoryStore());
describeAdvisoryStoreContract('FileAdvisoryStore', async () => FileAdvisoryStore.open(mkdtempSync(path.join(parent, 's-'))));
