import type { JsonObject } from '../../core/model/load';

/** The documented sentence for a refused key (https://runware.ai/docs/platform/errors). */
export const INVALID_API_KEY = 'Invalid API key. Get one at https://my.runware.ai/signup';

/** The key's error, as the errors page shows it, over HTTP and WebSocket alike. */
export function invalidApiKey(message = INVALID_API_KEY): JsonObject {
  return { code: 'invalidApiKey', message, parameter: 'apiKey', taskType: 'authentication' };
}
