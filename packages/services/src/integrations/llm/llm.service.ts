import { type Actor, AppError } from '@nullpath/core';
import { type Db, integrationsRepo, withTx } from '@nullpath/db';
import { type AccessResolver, requireSettingsManager as requireManager } from '../../access/access';
import { writeAudit } from '../../audit/audit.service';
import type { Logger } from '../../shared/deps';
import type { EnqueueJob, OutboundFetch } from '../../shared/ports';
import type { SecretBox } from '../../shared/secret-box';
import { createLlmClient, llmBaseUrl } from './llm.client';
import { parseVerdict, validationPrompt } from './llm-validation';

export const LLM_VALIDATE_JOB = 'llm-validate';
/** Findings reviewed per scan: bounds the cost of one scan on a paid provider. */
export const LLM_VALIDATE_MAX = 50;

export interface LlmSettingsView {
  configured: boolean;
  baseUrl: string | null;
  model: string | null;
  hasApiKey: boolean;
  validationEnabled: boolean;
  updatedAt: string | null;
}

/** The organization's OpenAI-compatible provider: settings, a connection test, and the validation stage. */
export function createLlmService(deps: { db: Db; access: AccessResolver; secrets: SecretBox; fetch: OutboundFetch; logger: Logger }) {
  const { db, access, secrets } = deps;

  const requireSettingsManager = (actor: Actor, orgId?: string) => requireManager(access, actor, 'LLM provider settings', orgId);

  async function clientFor(orgId: string) {
    const s = await integrationsRepo.findLlmSettings(db, orgId);
    if (!s) return null;
    return { settings: s, client: createLlmClient({ baseUrl: s.base_url, model: s.model, apiKey: s.api_key_enc ? secrets.open(s.api_key_enc) : null }, deps.fetch) };
  }

  return {
    async getSettings(actor: Actor, input: { organizationId?: string }): Promise<LlmSettingsView> {
      const acc = await requireSettingsManager(actor, input.organizationId);
      const s = await integrationsRepo.findLlmSettings(db, acc.orgId);
      return { configured: !!s, baseUrl: s?.base_url ?? null, model: s?.model ?? null, hasApiKey: !!s?.api_key_enc, validationEnabled: s?.validation_enabled === 1, updatedAt: s?.updated_at ?? null };
    },

    async updateSettings(actor: Actor, input: { organizationId?: string; baseUrl: string; model: string; apiKey?: string | null; validationEnabled?: boolean; ip?: string | null }): Promise<LlmSettingsView> {
      const acc = await requireSettingsManager(actor, input.organizationId);
      const baseUrl = llmBaseUrl(input.baseUrl);
      const model = input.model.trim();
      if (!model) throw new AppError('VALIDATION_FAILED', 'model: must not be empty', { details: { field: 'model' } });
      const cur = await integrationsRepo.findLlmSettings(db, acc.orgId);
      await withTx(db, async (tx) => {
        await integrationsRepo.upsertLlmSettings(tx, {
          org_id: acc.orgId, base_url: baseUrl, model,
          api_key_enc: input.apiKey === undefined ? (cur?.api_key_enc ?? null) : input.apiKey === null ? null : secrets.seal(input.apiKey),
          validation_enabled: (input.validationEnabled ?? (cur ? cur.validation_enabled === 1 : true)) ? 1 : 0,
        });
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'integration.llm.updated', targetType: 'integration', targetId: 'llm', ip: input.ip ?? null, details: { baseUrl, model, apiKeyChanged: input.apiKey !== undefined } });
      });
      return this.getSettings(actor, { organizationId: acc.orgId });
    },

    async testConnection(actor: Actor, input: { organizationId?: string }): Promise<{ ok: true; model: string }> {
      const acc = await requireSettingsManager(actor, input.organizationId);
      const c = await clientFor(acc.orgId);
      if (!c) throw new AppError('CONFLICT', 'No LLM provider is configured for this organization (integrations/llm/updateSettings)', { details: { reason: 'LLM_NOT_CONFIGURED' } });
      await c.client.complete([{ role: 'user', content: 'Reply with the word ok.' }], { maxTokens: 5 });
      return { ok: true, model: c.settings.model };
    },

    /** Inside the scan's completing transaction: queue the validation stage when a provider is enabled. */
    async enqueueValidation(tx: Db, enqueue: EnqueueJob, orgId: string, scanId: string): Promise<boolean> {
      const s = await integrationsRepo.findLlmSettings(tx, orgId);
      if (!s || s.validation_enabled !== 1) return false;
      await enqueue(tx, LLM_VALIDATE_JOB, { scanId, orgId }, { maxAttempts: 2, jobKey: `llm-validate:${scanId}` });
      return true;
    },

    /**
     * The job: asks the model about the scan's UNKNOWN SAST findings. It may move UNKNOWN to CONFIRMED or
     * DISCONFIRMED, recording its reasoning; it never overrules a static verdict. A provider failure
     * leaves every verdict as it was and fails the job with the reason.
     */
    async validateScan(input: { orgId: string; scanId: string; guidance?: string | null }): Promise<{ reviewed: number; changed: number }> {
      const c = await clientFor(input.orgId);
      if (!c || c.settings.validation_enabled !== 1) return { reviewed: 0, changed: 0 };
      const rows = await integrationsRepo.unknownFindingsOfScan(db, input.scanId, LLM_VALIDATE_MAX);
      let changed = 0;
      for (const r of rows.filter((x) => x.org_id === input.orgId)) {
        const answer = await c.client.complete(validationPrompt({ ruleId: r.rule_id, vulnClass: r.vuln_class, title: r.title, description: r.description, file: r.file, line: r.start_line, snippet: r.snippet, trace: r.trace }, input.guidance ?? null));
        const v = parseVerdict(answer);
        if (!v || v.verdict === 'UNKNOWN') continue;
        if (await integrationsRepo.setLlmVerdict(db, r.id, v.verdict, `LLM review (${c.settings.model}): ${v.reasoning}`)) changed++;
      }
      deps.logger.info({ scanId: input.scanId, reviewed: rows.length, changed }, 'llm validation finished');
      return { reviewed: rows.length, changed };
    },
  };
}

export type LlmService = ReturnType<typeof createLlmService>;
