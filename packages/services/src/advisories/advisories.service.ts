import { type AdvisoryInput, advisoriesRepo, type Db, withTx } from '@nullpath/db';

/**
 * OSV records in the platform database. Records are opaque JSON here: the scan worker computes their
 * package keys with @nullpath/sca and adapts this service to sca's AdvisoryStore contract.
 */
export function createAdvisoriesService(deps: { db: Db }) {
  const { db } = deps;
  return {
    upsert: (items: readonly AdvisoryInput[]) => withTx(db, (tx) => advisoriesRepo.upsertAdvisories(tx, items)),
    findByPackage: (ecosystem: string, name: string) => advisoriesRepo.findAdvisoriesByPackage(db, ecosystem, name),
    getById: (id: string) => advisoriesRepo.findAdvisoryById(db, id),
    recordImport: (finishedAt: string, run: object) => advisoriesRepo.insertImportRun(db, finishedAt, run),
    stats: () => advisoriesRepo.advisoryStats(db),
  };
}

export type AdvisoriesService = ReturnType<typeof createAdvisoriesService>;
