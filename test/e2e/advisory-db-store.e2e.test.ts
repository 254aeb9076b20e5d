import { describeAdvisoryStoreContract } from '@nullpath/sca/testing';
import { TEST_DIALECTS } from '@nullpath/testing';
import { createDbAdvisoryStore } from '@nullpath/worker';
import { afterAll } from 'vitest';
import { type Harness, createHarness } from '../../apps/server/test/harness';

/** The platform database passes the same AdvisoryStore contract as sca's own file and memory stores. */
const open: Harness[] = [];
afterAll(async () => {
  await Promise.all(open.map((h) => h.close()));
});

for (const dialect of TEST_DIALECTS) {
  describeAdvisoryStoreContract(`platform database on ${dialect}`, async () => {
    const h = await createHarness(dialect);
    open.push(h);
    return createDbAdvisoryStore(h.services.advisories);
  });
}
