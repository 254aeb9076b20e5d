import { AppError } from '@nullpath/core';
import { integrationBaseUrl } from '../../shared/http-url';
import type { OutboundFetch } from '../../shared/ports';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** An OpenAI-compatible chat-completions endpoint (POST {baseUrl}/chat/completions). */
export interface LlmClient {
  complete(messages: ChatMessage[], opts?: { maxTokens?: number }): Promise<string>;
}

const TIMEOUT_MS = 60_000;

export const llmBaseUrl = (raw: string): string => integrationBaseUrl('baseUrl', raw);

export function createLlmClient(conn: { baseUrl: string; model: string; apiKey: string | null }, fetchImpl: OutboundFetch): LlmClient {
  const url = `${llmBaseUrl(conn.baseUrl)}/chat/completions`;
  return {
    async complete(messages, opts = {}) {
      for (let attempt = 0; ; attempt++) {
        const ctl = new AbortController();
        const timer = setTimeout(() => ctl.abort(), TIMEOUT_MS);
        let res;
        try {
          res = await fetchImpl(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(conn.apiKey ? { authorization: `Bearer ${conn.apiKey}` } : {}) },
            body: JSON.stringify({ model: conn.model, messages, temperature: 0, max_tokens: opts.maxTokens ?? 600 }),
            signal: ctl.signal,
          });
        } catch (err) {
          if (err instanceof AppError) throw err;
          throw new AppError('VALIDATION_FAILED', `The LLM provider at ${new URL(url).host} could not be reached`, { details: { integration: 'llm' } });
        } finally {
          clearTimeout(timer);
        }
        if (res.status === 429 && attempt < 2) {
          const after = Number(res.headers.get('retry-after'));
          await new Promise((r) => setTimeout(r, Math.min(5000, Number.isFinite(after) && after > 0 ? after * 1000 : 1000)));
          continue;
        }
        const text = await res.text();
        if (res.status === 401 || res.status === 403) throw new AppError('VALIDATION_FAILED', `The LLM provider refused the API key (HTTP ${res.status})`, { details: { integration: 'llm', status: res.status } });
        if (res.status < 200 || res.status >= 300) throw new AppError('VALIDATION_FAILED', `The LLM provider answered HTTP ${res.status}`, { details: { integration: 'llm', status: res.status } });
        let content: unknown;
        try {
          content = (JSON.parse(text) as { choices?: Array<{ message?: { content?: unknown } }> }).choices?.[0]?.message?.content;
        } catch {
          content = undefined;
        }
        if (typeof content !== 'string') throw new AppError('VALIDATION_FAILED', 'The LLM provider answered without a chat completion (is baseUrl an OpenAI-compatible /v1 endpoint?)', { details: { integration: 'llm' } });
        return content;
      }
    },
  };
}
