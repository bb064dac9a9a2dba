import type { operations } from '../../specs/ideogram/types';
import { generateAsync, generationFlow, getGeneration, webhookKeys } from './ideogram-generations';
import type { HandlersFor, VendorModule } from './vendor';

const handlers: HandlersFor<operations> = {
  v4GenerateAsync: generateAsync,
  getGeneration,
  getWebhookKeys: webhookKeys,
};

/** Ideogram answers every refusal as `{"error": "<sentence>"}`. */
export const ideogram: VendorModule = {
  serialiseError: (e, status) => ({ status, headers: e.headers, body: { error: e.message } }),
  handlers,
  flow: generationFlow,
};
