import type { VendorModule } from './vendor';

/** The relay's OpenAI-style error object. */
export const yutoai: VendorModule = {
  serialiseError: (e, status) => ({ status, headers: e.headers, body: { error: { message: e.message, type: e.kind, code: e.field ?? null } } }),
};
