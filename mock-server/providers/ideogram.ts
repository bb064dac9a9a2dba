import type { operations } from '../../specs/ideogram/types';
import { generateAsync, generationFlow, getGeneration, webhookKeys } from './ideogram-generations';
import type { HandlersFor, VendorModule } from './vendor';

const handlers: HandlersFor<operations> = {
  v4GenerateAsync: generateAsync,
  getGeneration,
  getWebhookKeys: webhookKeys,
};

/** Ideogram answers every refusal as `{"error": "<sentence>"}`; its limits add why (`reject_reason: "inflight_limit"`). */
export const ideogram: VendorModule = {
  serialiseError: (e, status) => ({
    status,
    headers: e.headers,
    body: e.kind === 'limit_exceeded' ? { error: e.message, reject_reason: e.type ?? 'inflight_limit' } : { error: e.message },
  }),
  handlers,
  flow: generationFlow,
};
