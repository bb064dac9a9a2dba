import type { VendorModule } from './vendor';

/** Ideogram answers every refusal as `{"error": "<sentence>"}`. */
export const ideogram: VendorModule = {
  serialiseError: (e, status) => ({ status, headers: e.headers, body: { error: e.message } }),
};
